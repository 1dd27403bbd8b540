/**
 * Checks of request fields and query parameters. A request field of the wrong type answers 400 with the error code
 * of the endpoint family (4396 for import tasks, 4384 for export tasks, 0101 elsewhere), as the service does.
 */
import { ErrorCode, apiError } from "../errors";
import { Json, JsonObject } from "./state";

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy of `object` without `key`. */
export function omitKey(object: JsonObject, key: string): JsonObject {
    return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/**
 * A data source without `source_info.user_password`: the response tables echo SourceInfo with the password
 * ("Querying Details About a Dataset Import Task", "Querying Details About a Dataset"); the emulator never keeps one.
 */
export function withoutPassword(dataSource: JsonObject): JsonObject {
    const info = dataSource.source_info;
    return isObject(info) ? { ...dataSource, source_info: omitKey(info, "user_password") } : dataSource;
}

// The description rule of the processor-task pages: 0-256 characters, none of ^!<>=&"'
const DESCRIPTION = /^[^^!<>=&"']{0,256}$/;

/** The fields of one JSON object; a field of the wrong type answers 400 with the endpoint family's code. */
export class Fields {
    private constructor(
        readonly values: JsonObject,
        private readonly code: ErrorCode,
    ) {}

    /** Reads `value`, which must be a JSON object. */
    static of(value: unknown, code: ErrorCode): Fields {
        if (!isObject(value)) throw apiError(code);
        return new Fields(value, code);
    }

    /** Throws the family's error unless `condition` holds. */
    require(condition: boolean): void {
        if (!condition) throw apiError(this.code);
    }

    /** The field when it is a string (undefined when absent). */
    string(field: string): string | undefined {
        return this.optional(field, (v): v is string => typeof v === "string");
    }

    /** The field when it is a finite number. */
    number(field: string): number | undefined {
        return this.optional(field, (v): v is number => typeof v === "number" && Number.isFinite(v));
    }

    /** The field when it is a boolean. */
    boolean(field: string): boolean | undefined {
        return this.optional(field, (v): v is boolean => typeof v === "boolean");
    }

    /** The field when it is a JSON object. */
    object(field: string): JsonObject | undefined {
        return this.optional(field, isObject);
    }

    /** The field when it is an array. */
    array(field: string): Json[] | undefined {
        return this.optional(field, Array.isArray);
    }

    /** The field when it is one of `allowed`. */
    choice<T extends Json>(field: string, allowed: readonly T[]): T | undefined {
        return this.optional(field, (v): v is T => allowed.includes(v as T));
    }

    /** `description`: 0-256 characters without `^!<>=&"'` (processor-task and dataset pages). */
    description(): string | undefined {
        const description = this.string("description");
        this.require(description === undefined || DESCRIPTION.test(description));
        return description;
    }

    /** The nested object `field` (empty when absent). */
    nested(field: string): Fields {
        return new Fields(this.object(field) ?? {}, this.code);
    }

    private optional<T>(field: string, accepts: (v: unknown) => v is T): T | undefined {
        const value = this.values[field];
        if (value === undefined) return undefined;
        this.require(accepts(value));
        return value as T;
    }
}

/** Paging of a list call. */
export interface Page {
    readonly limit: number;
    /** The page number: the docs define `offset` as the "start page of the paging list". */
    readonly offset: number;
}

/** Reads `limit` (1 … `maxLimit`) and `offset` (≥ 0) from a query; ModelArts.0101 when out of range. */
export function pageOf(query: URLSearchParams, defaultLimit: number, maxLimit: number): Page {
    const limit = integerParam(query, "limit") ?? defaultLimit;
    const offset = integerParam(query, "offset") ?? 0;
    if (limit < 1 || limit > maxLimit || offset < 0) throw apiError("ModelArts.0101");
    return { limit, offset };
}

/** The items of one page. */
export function pageItems<T>(items: readonly T[], page: Page): T[] {
    const start = page.offset * page.limit;
    return items.slice(start, start + page.limit);
}

/** An integer query parameter, undefined when absent; ModelArts.0101 when not an integer. */
export function integerParam(query: URLSearchParams, name: string): number | undefined {
    const text = query.get(name);
    if (text === null) return undefined;
    if (!/^-?\d{1,9}$/.test(text)) throw apiError("ModelArts.0101");
    return Number(text);
}

/** A boolean query parameter (`true` / `false`), undefined when absent; ModelArts.0101 otherwise. */
export function booleanParam(query: URLSearchParams, name: string): boolean | undefined {
    const text = query.get(name);
    if (text === null) return undefined;
    if (text !== "true" && text !== "false") throw apiError("ModelArts.0101");
    return text === "true";
}

/**
 * Turns Ajv errors into Pulumi `check` failures: the property path as Pulumi shows it, and a reason that names
 * the rule and the allowed values but never repeats the value (it could be a password).
 */
import type { ErrorObject } from "ajv";
import { nearestName } from "../nearest-name";
import { UNKNOWN_INPUT } from "./common";
import { inputFormats } from "./formats";
import type { FormatName } from "./formats";

/** A `check` failure, as the Pulumi engine shows it. */
export interface CheckFailure {
    readonly property: string;
    readonly reason: string;
}

/** The JSON Pointer segments of an Ajv `instancePath` (`/a/0/b~1c` → `a`, `0`, `b/c`). */
function segmentsOf(instancePath: string): string[] {
    if (instancePath === "") return [];
    return instancePath
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** True when the value at `instancePath`, or one of its containers, is still unknown (preview). */
export function isAtOrUnderUnknown(data: unknown, instancePath: string): boolean {
    let value = data;
    for (const segment of segmentsOf(instancePath)) {
        if (value === UNKNOWN_INPUT || value === null || typeof value !== "object") break;
        value = (value as Record<string, unknown>)[segment];
    }
    return value === UNKNOWN_INPUT;
}

/** `dataSource.sourceInfo.port`, `includedLabels[0].name`, `property["@modelarts:color"]`. */
function propertyPath(data: unknown, segments: readonly string[]): string {
    let path = "";
    let value = data;
    for (const segment of segments) {
        if (Array.isArray(value)) path += `[${segment}]`;
        else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) path += path === "" ? segment : `.${segment}`;
        else path += `[${JSON.stringify(segment)}]`;
        value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
    }
    return path;
}

const ARTICLE_TYPES: Readonly<Record<string, string>> = {
    string: "a string",
    number: "a number",
    integer: "an integer",
    boolean: "a boolean",
    object: "an object",
    array: "an array",
    null: "null",
};

function typeReason(type: unknown): string {
    const types = Array.isArray(type) ? type : String(type).split(",");
    return `must be ${types.map((t) => ARTICLE_TYPES[String(t)] ?? String(t)).join(" or ")}`;
}

function lengthReason(error: ErrorObject, limit: number): string {
    const bound = error.keyword === "maxLength" ? `at most ${limit}` : `at least ${limit}`;
    const characters = `${bound} character${limit === 1 ? "" : "s"}`;
    // Errors of `propertyNames` carry the offending key in `propertyName`: they are about a key, not the value.
    return error.propertyName !== undefined ? `must have keys of ${characters}` : `must be ${characters}`;
}

/** `must be one of 0 (labeled), 1 (unlabeled), …`: each allowed value, with its meaning where the schema gives one. */
function oneOf(schema: object): string {
    const { enum: values, meanings } = schema as { readonly enum?: unknown; readonly meanings?: unknown };
    const allowed = Array.isArray(values) ? (values as unknown[]) : [];
    const named = allowed.map((v, i) => {
        const meaning: unknown = Array.isArray(meanings) ? meanings[i] : undefined;
        return `${JSON.stringify(v)}${typeof meaning === "string" ? ` (${meaning})` : ""}`;
    });
    return `must be one of ${named.join(", ")}`;
}

/** The reason for one Ajv error, or undefined for errors whose nested errors already say what is wrong. */
function reasonOf(error: ErrorObject): string | undefined {
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
        case "required":
            return "is required";
        case "additionalProperties": {
            const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
            const typed = String(params.additionalProperty);
            const nearest = nearestName(typed, known, Math.max(1, Math.floor(typed.length / 3)));
            const guess = nearest === undefined ? "" : `: did you mean "${nearest}"?`;
            return `is not a known property${guess} (known: ${known.join(", ")})`;
        }
        case "type":
            // A value of the wrong type for a list of values: the list says more than the type does.
            return error.parentSchema?.enum === undefined ? typeReason(params.type) : oneOf(error.parentSchema);
        case "enum":
            return oneOf(error.parentSchema ?? { enum: params.allowedValues });
        case "maxLength":
        case "minLength":
            return lengthReason(error, Number(params.limit));
        case "maxItems":
            return `must have at most ${String(params.limit)} items`;
        case "maxProperties":
            return `must have at most ${String(params.limit)} entries`;
        case "minimum":
            return `must be at least ${String(params.limit)}`;
        case "maximum":
            return `must be at most ${String(params.limit)}`;
        case "format":
            return inputFormats[params.format as FormatName].reason;
        case "alternatives":
        case "finiteJson":
            return String(params.reason);
        case "maxJsonLength":
            return `must be at most ${String(params.limit)} characters when written as JSON`;
        case "if":
        case "propertyNames":
        case "anyOf":
            return undefined;
        default:
            return `is invalid (${error.keyword})`;
    }
}

/** The failure one Ajv error stands for, or undefined when it adds nothing to the others. */
export function toFailure(
    data: unknown,
    error: ErrorObject,
): (CheckFailure & { readonly keyword: string }) | undefined {
    const reason = reasonOf(error);
    if (reason === undefined) return undefined;
    const params = error.params as Record<string, unknown>;
    const segments = segmentsOf(error.instancePath);
    if (error.keyword === "required") segments.push(String(params.missingProperty));
    if (error.keyword === "additionalProperties") segments.push(String(params.additionalProperty));
    return { property: propertyPath(data, segments), reason, keyword: error.keyword };
}

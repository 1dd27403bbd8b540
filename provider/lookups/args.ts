/**
 * A lookup's arguments, checked before any request: unknown names (a typo such as `datasetID`) and values outside
 * what the API page allows fail with a message naming the argument and the allowed values. The query sent is the
 * documented query parameters in snake_case, each named once, in the rules of its lookup.
 */
import { camelName } from "./camel-case";
import { LookupError } from "./errors";

/** What one argument may be. */
export type ArgRule =
    | { readonly kind: "string"; readonly maxLength: number }
    | { readonly kind: "strings"; readonly maxItems: number; readonly maxLength: number }
    | { readonly kind: "integer"; readonly min: number; readonly max: number }
    | { readonly kind: "boolean" }
    | { readonly kind: "oneOf"; readonly values: readonly (string | number)[] };

/** A rule for every documented query parameter of `Query` (by its API name). */
export type QueryRules<Query> = { readonly [K in keyof Required<Query>]: ArgRule };

/** Ids (datasets, tasks, versions, workspaces) and free texts are bounded like the resources' inputs. */
export const ID = { kind: "string", maxLength: 64 } as const satisfies ArgRule;
export const TEXT = { kind: "string", maxLength: 1024 } as const satisfies ArgRule;
export const BOOLEAN = { kind: "boolean" } as const satisfies ArgRule;

/** `limit` and `offset` of every list API: 1 to 100 items a page, `offset` a page number from 0. */
export const PAGE_RULES = {
    limit: { kind: "integer", min: 1, max: 100 },
    offset: { kind: "integer", min: 0, max: 1_000_000 },
} as const satisfies QueryRules<{ limit?: number; offset?: number }>;

/** The order options of the dataset and processing-task lists. */
export const ORDER: ArgRule = { kind: "oneOf", values: ["asc", "desc"] };

/**
 * Checks `args` against the lookup's query `rules` and its required ids (`pathArgs`, non-empty strings); returns
 * the query in the API's names. Throws a {@link LookupError} naming every wrong argument.
 */
export function checkedQuery<Query>(
    lookup: string,
    args: unknown,
    rules: QueryRules<Query>,
    pathArgs: readonly string[] = [],
): Query {
    if (typeof args !== "object" || args === null || Array.isArray(args)) {
        throw new LookupError(lookup, "its arguments must be an object");
    }
    const given = args as Record<string, unknown>;
    const apiNames = Object.keys(rules);
    const known = [...pathArgs, ...apiNames.map(camelName)];
    const problems = Object.keys(given)
        .filter((name) => !known.includes(name))
        .map((name) => `unknown argument "${name}" (the arguments are ${known.join(", ")})`);
    for (const name of pathArgs) {
        if (!isText(given[name], ID)) problems.push(`"${name}" must be ${describe(ID)}`);
    }
    const query: Record<string, unknown> = {};
    for (const apiName of apiNames) {
        const name = camelName(apiName);
        const value = given[name];
        const rule = (rules as Readonly<Record<string, ArgRule>>)[apiName] as ArgRule;
        if (value === undefined) continue;
        if (matches(value, rule)) query[apiName] = value;
        else problems.push(`"${name}" must be ${describe(rule)}`);
    }
    if (problems.length > 0) throw new LookupError(lookup, problems.join("; "));
    return query as Query;
}

function matches(value: unknown, rule: ArgRule): boolean {
    switch (rule.kind) {
        case "string":
            return isText(value, rule);
        case "strings":
            return Array.isArray(value) && value.length <= rule.maxItems && value.every((v) => isText(v, rule));
        case "integer":
            return Number.isInteger(value) && (value as number) >= rule.min && (value as number) <= rule.max;
        case "boolean":
            return typeof value === "boolean";
        case "oneOf":
            return rule.values.includes(value as string | number);
    }
}

function isText(value: unknown, rule: { readonly maxLength: number }): boolean {
    return typeof value === "string" && value.length > 0 && value.length <= rule.maxLength;
}

/** What `rule` allows, in words; never the value given. */
function describe(rule: ArgRule): string {
    switch (rule.kind) {
        case "string":
            return `a non-empty string of at most ${rule.maxLength} characters`;
        case "strings":
            return `an array of at most ${rule.maxItems} non-empty strings of at most ${rule.maxLength} characters`;
        case "integer":
            return `an integer from ${rule.min} to ${rule.max}`;
        case "boolean":
            return "true or false";
        case "oneOf":
            return `one of ${rule.values.map((v) => JSON.stringify(v)).join(", ")}`;
    }
}

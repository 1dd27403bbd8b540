/**
 * A create request's JSON body, derived from the resource's input schema: the schema is the one declaration of
 * each field's API name. Each property a schema declares is sent under its snake_case name (every documented body
 * field is the snake_case of its camelCase input: `importPath` → `import_path`); a user map (a schema with open
 * `additionalProperties`: label `property`, operator `params`, search `props`) is sent verbatim, keys such as
 * `@modelarts:color` or `simlarity_threshold` untouched; a field the docs type as a string that users may write
 * as a number (`trainSampleRatio`) is sent as a string. No defaults are added.
 */

/** The parts of a JSON Schema (`json-schema.ts`) the body is derived from. */
interface BodySchema {
    readonly type?: unknown;
    readonly properties?: Readonly<Record<string, BodySchema>>;
    readonly additionalProperties?: unknown;
    readonly items?: BodySchema;
}

/** `importPath` → `import_path`: the API name of a declared input field. */
export function apiNameOf(inputName: string): string {
    return inputName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The body for `inputs` under `schema`, leaving out the top-level inputs in `notSent` (path parameters such as
 * `datasetId`, and the provider-side options).
 */
export function requestBody(schema: object, inputs: object, notSent: readonly string[]): Record<string, unknown> {
    const kept = Object.fromEntries(Object.entries(inputs).filter(([name]) => !notSent.includes(name)));
    return toApi(schema, kept) as Record<string, unknown>;
}

function toApi(schema: BodySchema, value: unknown): unknown {
    const items = schema.items;
    if (Array.isArray(value)) return items ? value.map((item: unknown) => toApi(items, item)) : value;
    if (Array.isArray(schema.type) && schema.type.includes("string") && typeof value === "number") return String(value);
    const isUserMap = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
    if (value === null || typeof value !== "object" || schema.properties === undefined || isUserMap) return value;
    const body: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) {
        const fieldSchema = schema.properties[name];
        if (field !== undefined && fieldSchema !== undefined) body[apiNameOf(name)] = toApi(fieldSchema, field);
    }
    return body;
}

/**
 * Everything about the passwords a resource's inputs may hold, derived from where its input table says they are
 * (`InputField.secretPath`: a data source's `sourceInfo.userPassword`, "Creating a Dataset" and "Creating an Import
 * Task", SourceInfo `user_password`): whether a value holds one (to store the input as a secret), the passwords
 * themselves (to redact them from what the service echoes), and a request body without them (to compare with a
 * listing that may mask them).
 */
import type { InputFields, InputTable } from "./input-table";
import { apiNameOf } from "./request-body";

/** The values found at `path` below `value`, arrays traversed at every step. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
    if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
    if (path.length === 0) return [value];
    if (value === null || typeof value !== "object") return [];
    const [head, ...rest] = path as [string, ...string[]];
    return valuesAt((value as Record<string, unknown>)[head], rest);
}

/** Whether `value`, the input `field`, holds a password (an empty one is none). */
export function holdsSecret(table: InputTable<InputFields>, field: string, value: unknown): boolean {
    const path = table.secretPaths[field];
    return path !== undefined && valuesAt(value, path).some((v) => v !== undefined && v !== null && v !== "");
}

/** Every password the inputs hold, to redact wherever an answer or an error echoes it. */
export function secretsOf(table: InputTable<InputFields>, inputs: object): string[] {
    return Object.entries(table.secretPaths).flatMap(([field, path]) =>
        valuesAt((inputs as Record<string, unknown>)[field], path).filter(
            (v): v is string => typeof v === "string" && v !== "",
        ),
    );
}

/** A request body (API names) without the passwords the table locates. */
export function withoutSecrets(table: InputTable<InputFields>, body: Record<string, unknown>): Record<string, unknown> {
    let result = body;
    for (const [field, path] of Object.entries(table.secretPaths)) {
        const apiField = apiNameOf(field);
        if (result[apiField] !== undefined) {
            result = { ...result, [apiField]: without(result[apiField], path.map(apiNameOf)) };
        }
    }
    return result;
}

function without(value: unknown, path: readonly string[]): unknown {
    if (Array.isArray(value)) return value.map((item) => without(item, path));
    if (value === null || typeof value !== "object" || path.length === 0) return value;
    const [head, ...rest] = path as [string, ...string[]];
    const { [head]: inner, ...others } = value as Record<string, unknown>;
    if (rest.length === 0 || inner === undefined) return others;
    return { ...others, [head]: without(inner, rest) };
}

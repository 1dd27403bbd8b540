/**
 * `triggers` must be JSON: the engine stores the inputs as JSON-like values, so anything else is stored as
 * something else (a `Date` as `{}`), and a change of it is never seen: every later preview says `same`. A value
 * that does not survive JSON unchanged is refused when the resource is constructed, saying what to pass instead;
 * the TypeScript type refuses it at compile time too, but plain-JS programs have only this check.
 */
import { isPlain } from "./plain-value";

/**
 * `value` itself, once checked when it is known at construction; an `Output` or a promise cannot be looked into yet
 * (its TypeScript type is checked instead).
 */
export function checkedTriggers(kind: string, name: string, value: unknown): unknown {
    if (value !== undefined && isPlain(value)) assertJson(kind, name, value);
    return value;
}

function assertJson(kind: string, name: string, value: unknown): void {
    const found = notJsonAt(value, "triggers");
    if (found === undefined) return;
    const [path, what] = found;
    const instead =
        what === "a Date"
            ? "its text, such as date.toISOString()"
            : "strings, numbers, booleans, arrays or plain objects";
    throw new Error(
        `${kind} "${name}": ${path} is ${what}, which is not JSON and would be stored as something else, so a change ` +
            `of it would never be seen: pass ${instead}`,
    );
}

/** Where in `value` the first part that does not survive JSON unchanged is, and what it is. */
function notJsonAt(value: unknown, path: string): [string, string] | undefined {
    if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
    if (typeof value === "number") return Number.isFinite(value) ? undefined : [path, `the number ${value}`];
    if (value instanceof Date) return [path, "a Date"];
    if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) {
            const found = notJsonAt(item, `${path}[${i}]`);
            if (found) return found;
        }
        return undefined;
    }
    if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
            if (item === undefined) continue; // an absent property, as the engine stores it
            const found = notJsonAt(item, `${path}.${key}`);
            if (found) return found;
        }
        return undefined;
    }
    const kindOf =
        value === undefined
            ? "undefined"
            : typeof value === "object"
              ? `a ${value.constructor.name}`
              : `a ${typeof value}`;
    return [path, kindOf];
}

/**
 * Whether an argument is known when a resource is constructed: plain data all through, with no `Output` and no
 * promise at any depth (a value still unknown can only be looked into once it resolves).
 */
import * as pulumi from "@pulumi/pulumi";

/** True when `value` holds no `Output` and no promise, at any depth. */
export function isPlain(value: unknown): boolean {
    if (pulumi.Output.isInstance(value) || value instanceof Promise) return false;
    if (Array.isArray(value)) return value.every(isPlain);
    if (value === null || typeof value !== "object") return true;
    return Object.values(value).every(isPlain);
}

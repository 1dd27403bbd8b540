/**
 * Conversion between plain objects and `google.protobuf.Struct`, the type of every property bag on the
 * provider protocol. `Struct.fromJavaScript` throws a bare "Unexpected struct type" on `undefined` (and on
 * functions or symbols); the host hits the same wall when a provider returns `undefined` in its outputs
 * (docs/architecture.md, fact 5). Here the offending path is named instead.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

/** A JSON-like object, the only shape a Struct can carry. */
export type PlainObject = Record<string, unknown>;

/** Converts `value` to a Struct, or throws an error naming `what` and the path of the first non-JSON value. */
export function toStruct(value: PlainObject, what: string): Struct {
    const problem = findNonJsonValue(value, "");
    if (problem !== undefined) {
        throw new Error(
            `${what}: ${problem.path || "(root)"} is ${problem.kind}; a protobuf Struct carries only JSON values ` +
                "(null, booleans, numbers, strings, arrays, objects): omit the key or use null",
        );
    }
    return Struct.fromJavaScript(value as Record<string, never>);
}

/** Converts a Struct (possibly absent on the wire) to a plain object. */
export function fromStruct(struct: Struct | undefined): PlainObject {
    return struct === undefined ? {} : struct.toJavaScript();
}

function findNonJsonValue(value: unknown, path: string): { path: string; kind: string } | undefined {
    if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") {
        return undefined;
    }
    if (typeof value !== "object") return { path, kind: typeof value };
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
        const childPath = Array.isArray(value) ? `${path}${key}` : path ? `${path}.${key}` : key;
        const problem = findNonJsonValue(child, childPath);
        if (problem !== undefined) return problem;
    }
    return undefined;
}

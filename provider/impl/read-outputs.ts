/**
 * The outputs of one observation, from its kind's output table (`schemas/output-table.ts`): what `create`, `update`
 * and `read` report.
 */
import { bound, MAX_SERVICE_TEXT } from "../client/service-text";
import type { OutputTable } from "../schemas/output-table";

/** The largest JSON text of one object output (16 service texts). */
const MAX_OBJECT_OUTPUT = 16 * MAX_SERVICE_TEXT;

/**
 * The outputs of one observation of a task. Absent and `null` values are dropped: outputs must be plain JSON,
 * and `undefined` anywhere fails the host (docs/architecture.md, fact 5). Each string is bounded, and an object
 * (a processing task's `result`) kept only while its JSON is: the client has already redacted every secret from
 * the answer, and the bounds keep a failed create's outputs, which the host sends in gRPC trailers (64 KiB in
 * all), small whatever the service says (`client/service-text.ts`).
 */
export function readOutputs<Raw>(table: OutputTable<Raw>, raw: Raw, taskId: string): Record<string, unknown> {
    const outputs: Record<string, unknown> = {};
    for (const [name, source] of Object.entries(table)) {
        if ("recordedBy" in source) continue;
        const value = "api" in source ? (raw as Record<string, unknown>)[source.api] : source.derive(raw, taskId);
        if (value !== undefined && value !== null) outputs[name] = fitted(value);
    }
    return outputs;
}

function fitted(value: unknown): unknown {
    if (typeof value === "string") return bound(value);
    if (typeof value !== "object" || value === null) return value;
    const size = JSON.stringify(value).length;
    return size <= MAX_OBJECT_OUTPUT ? value : `(a ${size}-character object, left out)`;
}

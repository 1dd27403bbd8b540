/**
 * Outputs declared once per resource kind: a table whose entries say where each output comes from (an API field
 * of the task's answer, or a value derived from it), with the output's documentation as the entry's TSDoc. From
 * it come the outputs `read`/`create` report (`readOutputs`), the resource class's typed fields and the seed that
 * registers them (`resources/outputs.ts`), and the reference pages' output tables (`scripts/reference-tables.ts`).
 */
import { bound, MAX_SERVICE_TEXT } from "../client/service-text";

/** The documented fields of an API answer type (its index signature for undocumented extras left out). */
export type ApiField<Raw> = keyof { [K in keyof Raw as string extends K ? never : number extends K ? never : K]: 0 } &
    string;

/**
 * Where one output comes from: an API field of the task's answer, a value computed from the answer, or a code
 * the lifecycle records itself (the not-found code of a task that vanished while waited on).
 */
export type OutputSource<Raw> =
    | { readonly api: ApiField<Raw> }
    | { readonly derive: (raw: Raw, taskId: string) => unknown }
    | { readonly recordedBy: "lifecycle" };

/** A kind's outputs: camelCase output name → its source. */
export type OutputTable<Raw> = Readonly<Record<string, OutputSource<Raw>>>;

/** The value type of each output of `Table` (absent values are left out of the outputs). */
export type OutputValues<Raw, Table extends OutputTable<Raw>> = {
    readonly [K in keyof Table]: Table[K] extends { readonly api: infer A extends keyof Raw }
        ? Exclude<Raw[A], undefined>
        : Table[K] extends { readonly derive: (raw: Raw, taskId: string) => infer V }
          ? Exclude<V, undefined>
          : string;
};

/**
 * The word for an integer status of a kind whose statuses are numbered (datasets, versions, processing tasks):
 * `names[status]`, or `UNKNOWN` for a value the docs do not list.
 */
export function statusWords(names: readonly string[]): (status: unknown) => string {
    return (status) => (typeof status === "number" ? (names[status] ?? "UNKNOWN") : "UNKNOWN");
}

/** Checks a table against its answer type while keeping its literal keys (and their TSDoc). */
export function outputTable<Raw>(): <Table extends OutputTable<Raw>>(table: Table) => Table {
    return (table) => table;
}

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

/**
 * Outputs declared once per resource kind: a table whose entries say where each output comes from (an API field
 * of the task's answer, or a value derived from it), with the output's documentation as the entry's TSDoc. From
 * it come the outputs `read`/`create` report (`impl/read-outputs.ts`), the resource class's typed fields and the seed that
 * registers them (`resources/outputs.ts`), and the reference pages' output tables (`scripts/reference-tables.ts`).
 */
import type { SourceRecord } from "./source-record";
import { type StatusTable, wordOf } from "./status-table";

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
    | { readonly recordedBy: "lifecycle" }
    /** What a tracked source held when the resource last ran (`impl/source-tracking.ts`). */
    | { readonly recordedBy: "source tracking" };

/** A kind's outputs: camelCase output name → its source. */
export type OutputTable<Raw> = Readonly<Record<string, OutputSource<Raw>>>;

/** The value type of each output of `Table` (absent values are left out of the outputs). */
export type OutputValues<Raw, Table extends OutputTable<Raw>> = {
    readonly [K in keyof Table]: Table[K] extends { readonly api: infer A extends keyof Raw }
        ? Exclude<Raw[A], undefined>
        : Table[K] extends { readonly derive: (raw: Raw, taskId: string) => infer V }
          ? Exclude<V, undefined>
          : Table[K] extends { readonly recordedBy: "source tracking" }
            ? SourceRecord
            : string;
};

/** Checks a table against its answer type while keeping its literal keys (and their TSDoc). */
export function outputTable<Raw>(): <Table extends OutputTable<Raw>>(table: Table) => Table {
    return (table) => table;
}

/** The source of the output that repeats the resource's id (the id the lifecycle read the answer under). */
export const RESOURCE_ID = { derive: (_raw: unknown, id: string): string => id } as const;

/** The source of a `statusName` output: the answer's `status` as its word in `table` (`UNKNOWN` if undocumented). */
export function statusWord(table: StatusTable): { readonly derive: (raw: { readonly status?: unknown }) => string } {
    return { derive: (raw) => wordOf(table, raw.status) };
}

/**
 * A resource class's output fields, derived from its kind's output table (`schemas/output-table.ts`): typed properties
 * (with the table's TSDoc), and the seed that registers them with the SDK.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { OutputTable, OutputValues } from "../schemas/output-table";

/**
 * The output properties of a resource class: `pulumi.Output` of each table entry's value; an API field may be
 * absent from the answer (`undefined`), a derived value never is.
 */
export type OutputProperties<Raw, Table extends OutputTable<Raw>> = {
    readonly [K in keyof Table]: Table[K] extends { readonly derive: unknown }
        ? pulumi.Output<OutputValues<Raw, Table>[K]>
        : pulumi.Output<OutputValues<Raw, Table>[K] | undefined>;
};

/** Every output name seeded `undefined`, so the SDK registers it as an output property of the resource. */
export function outputSeed(table: object): Record<string, undefined> {
    return Object.fromEntries(Object.keys(table).map((name) => [name, undefined]));
}

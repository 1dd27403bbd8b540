/**
 * The resource kinds of the package: the one list every layer names them from. Imports nothing, so any module may
 * import it; `registry.ts` says where each kind's modules are.
 */

/** Every resource kind, as its type token's last part (`pulumi-nodejs:dynamic/modelarts:<kind>`). */
export const RESOURCE_KINDS = ["Dataset", "DatasetVersion", "ImportTask", "ExportTask", "ProcessorTask"] as const;

/** One of {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The kinds that run a dataset-preparation task (the benchmarks' fleets are made of these). */
export const TASK_KINDS = ["ImportTask", "ExportTask", "ProcessorTask"] as const satisfies readonly ResourceKind[];

/** One of {@link TASK_KINDS}. */
export type TaskResourceKind = (typeof TASK_KINDS)[number];

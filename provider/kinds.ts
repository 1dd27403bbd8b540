/**
 * The resource kinds of the package: the one list every layer names them from. Imports nothing, so any module may
 * import it; `registry.ts` says where each kind's modules are.
 */

/**
 * Every resource kind, as its type token's last part (`pulumi-nodejs:dynamic/modelarts:<kind>`), with the folder
 * under `provider/` that holds its modules (and names its reference page, `docs/<folder>.md`).
 */
export const KIND_FOLDERS = {
    Dataset: "dataset",
    DatasetVersion: "dataset-version",
    ImportTask: "import-task",
    ExportTask: "export-task",
    ProcessorTask: "processor-task",
    DatasetSync: "dataset-sync",
} as const;

/** One of the resource kinds. */
export type ResourceKind = keyof typeof KIND_FOLDERS;

/** Every resource kind. */
export const RESOURCE_KINDS = Object.keys(KIND_FOLDERS) as readonly ResourceKind[];

/**
 * The kinds that run a dataset-preparation task (the benchmarks' fleets are made of these). `DatasetSync` runs one
 * too, but a dataset holds one synchronization at a time (ModelArts.4355), so it makes no fleet.
 */
export const TASK_KINDS = ["ImportTask", "ExportTask", "ProcessorTask"] as const satisfies readonly ResourceKind[];

/** One of {@link TASK_KINDS}. */
export type TaskResourceKind = (typeof TASK_KINDS)[number];

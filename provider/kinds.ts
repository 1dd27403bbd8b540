/**
 * The resource kinds of the package: the one list every layer names them from (the thin provider, the lifecycle,
 * the input tables), and the naming convention that finds a kind's modules. Imports nothing, so any module may
 * import it.
 */

/** Every resource kind, as its type token's last part (`pulumi-nodejs:dynamic/modelarts:<kind>`). */
export const RESOURCE_KINDS = ["Dataset", "DatasetVersion", "ImportTask", "ExportTask", "ProcessorTask"] as const;

/** One of {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The kinds that run a dataset-preparation task (the benchmarks' fleets are made of these). */
export const TASK_KINDS = ["ImportTask", "ExportTask", "ProcessorTask"] as const satisfies readonly ResourceKind[];

/** One of {@link TASK_KINDS}. */
export type TaskResourceKind = (typeof TASK_KINDS)[number];

/**
 * A kind's module in each layer is named after it (`ImportTask` → `schemas/import-task`, `impl/import-task`), and
 * exports its parts as `<kind><Part>` (`importTaskInputs`, `importTaskKind`, `importTaskOutputs`): each layer loads
 * a kind's module on first use by this name, so a host serving only ImportTasks never loads the others, and adding
 * a kind adds no entry to any loader.
 */
export function kindModule(kind: ResourceKind): string {
    return kind.replace(/[A-Z]/g, (letter, at: number) => `${at > 0 ? "-" : ""}${letter.toLowerCase()}`);
}

/** The name under which a kind's module exports one of its parts: `("ImportTask", "Inputs")` → `importTaskInputs`. */
export function kindExport(kind: ResourceKind, part: string): string {
    return `${kind.charAt(0).toLowerCase()}${kind.slice(1)}${part}`;
}

/**
 * The resource kinds of the package: the one list every layer names them from (the thin provider, the lifecycle,
 * the input schemas). Imports nothing, so any module may import it.
 */

/** Every resource kind, as its type token's last part (`pulumi-nodejs:dynamic/modelarts:<kind>`). */
export const RESOURCE_KINDS = ["ImportTask", "ExportTask", "ProcessorTask"] as const;

/** One of {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

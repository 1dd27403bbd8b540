/**
 * pulumi-modelarts-data: ModelArts dataset-preparation tasks as Pulumi resources.
 * See README.md for configuration (stack config namespace `modelarts`, or environment variables).
 */
export { ImportTask } from "./resources/import-task";
export type { ImportTaskArgs } from "./resources/import-task";
export { ExportTask } from "./resources/export-task";
export type { ExportTaskArgs } from "./resources/export-task";
export { ProcessorTask } from "./resources/processor-task";
export type { ProcessorTaskArgs } from "./resources/processor-task";
export type * from "./schemas/import-task";
export type * from "./schemas/export-task";
export type * from "./schemas/processor-task";

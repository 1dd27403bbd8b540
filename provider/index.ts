/**
 * pulumi-modelarts-data: ModelArts dataset-preparation tasks as Pulumi resources.
 * See README.md for configuration (stack config namespace `modelarts`, or environment variables).
 * @packageDocumentation
 */
export { ImportTask } from "./resources/import-task";
export type { ImportTaskArgs } from "./resources/import-task";
export { ExportTask } from "./resources/export-task";
export type { ExportTaskArgs } from "./resources/export-task";
export { ProcessorTask } from "./resources/processor-task";
export type { ProcessorTaskArgs } from "./resources/processor-task";
export type { DeepInput, DeepInputs } from "./resources/inputs";
export type { Json } from "./client/types";
export type { ProviderOptions } from "./schemas/common";
export type { AnnotationFormat, LabelType } from "./schemas/fields";
export type {
    ImportDataSource,
    ImportDataType,
    ImportOrigin,
    ImportSchemaMap,
    ImportSourceInfo,
    ImportTaskInputs,
    ImportType,
    Label,
    LabelAttribute,
    LabelAttributeValue,
    LabelFormat,
    LabelProperty,
} from "./schemas/import-task";
export type {
    ExportDatasetType,
    ExportFormat,
    ExportParams,
    ExportTaskInputs,
    ExportType,
    SampleState,
    SearchCondition,
    SearchLabel,
    SearchLabels,
    SearchOperator,
    SearchProp,
} from "./schemas/export-task";
export type {
    OperatorParam,
    ProcessorDataSource,
    ProcessorTaskInputs,
    ProcessorTemplate,
    ProcessorTemplateId,
    ProcessorWorkPath,
} from "./schemas/processor-task";

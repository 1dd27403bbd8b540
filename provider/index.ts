/**
 * pulumi-modelarts-data: ModelArts dataset-preparation tasks as Pulumi resources.
 * Lookups (`getDataset`, `getImportTasks`, …, each with its `…Output` form) read what exists: docs/lookups.md.
 * See README.md for configuration (stack config namespace `modelarts`, or environment variables).
 * @packageDocumentation
 */
export { Dataset } from "./resources/dataset";
export type { DatasetArgs } from "./resources/dataset";
export { DatasetVersion } from "./resources/dataset-version";
export type { DatasetVersionArgs } from "./resources/dataset-version";
export { ImportTask } from "./resources/import-task";
export type { ImportTaskArgs } from "./resources/import-task";
export { ExportTask } from "./resources/export-task";
export type { ExportTaskArgs } from "./resources/export-task";
export { ProcessorTask } from "./resources/processor-task";
export type { ProcessorTaskArgs } from "./resources/processor-task";
export type { DeepInput, DeepInputs } from "./resources/inputs";
export { getDataset, getDatasetOutput, getDatasets, getDatasetsOutput } from "./lookups/datasets";
export type {
    DatasetInfo,
    GetDatasetArgs,
    GetDatasetResult,
    GetDatasetsArgs,
    GetDatasetsResult,
} from "./lookups/datasets";
export { getImportTask, getImportTaskOutput, getImportTasks, getImportTasksOutput } from "./lookups/import-tasks";
export type {
    GetImportTaskArgs,
    GetImportTasksArgs,
    GetImportTasksResult,
    ImportTaskInfo,
} from "./lookups/import-tasks";
export { getExportTask, getExportTaskOutput, getExportTasks, getExportTasksOutput } from "./lookups/export-tasks";
export type {
    ExportTaskInfo,
    GetExportTaskArgs,
    GetExportTasksArgs,
    GetExportTasksResult,
} from "./lookups/export-tasks";
export {
    getProcessorTask,
    getProcessorTaskOutput,
    getProcessorTasks,
    getProcessorTasksOutput,
} from "./lookups/processor-tasks";
export type {
    GetProcessorTaskArgs,
    GetProcessorTasksArgs,
    GetProcessorTasksResult,
    ProcessorTaskInfo,
} from "./lookups/processor-tasks";
export { LookupError } from "./lookups/errors";
export type { LookupOutputOptions } from "./lookups/program";
export type { Camel, CamelFields, CamelName } from "./lookups/camel-case";
export type {
    AnnotationFileResponse,
    DatasetFields,
    DatasetListQuery,
    DatasetListResponse,
    DatasetResponse,
    DatasetVersionFields,
    LabelAttributeResponse,
    LabelAttributeValueResponse,
    LabelResponse,
    LabelStatsResponse,
    SchemaFieldResponse,
    WorkerResponse,
    WorkforceDescriptorResponse,
} from "./client/dataset-types";
export type {
    ExportParamsResponse,
    ExportTaskListQuery,
    ExportTaskListResponse,
    ExportTaskResponse,
    ImportDataSource as ImportDataSourceResponse,
    ImportTaskListResponse,
    ImportTaskResponse,
    PageQuery,
    ProcessorDataSourceResponse,
    ProcessorTaskListQuery,
    ProcessorTaskListResponse,
    ProcessorTaskResponse,
    SearchConditionResponse,
    SourceInfoResponse,
} from "./client/types";
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
    DatasetField,
    DatasetInputs,
    DatasetType,
    Worker,
    WorkforceConfig,
    WorkforceInformation,
    WorkforcesConfig,
} from "./schemas/dataset";
export type { DatasetVersionInputs } from "./schemas/dataset-version";
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

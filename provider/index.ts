/**
 * pulumi-modelarts-data: ModelArts dataset-preparation tasks as Pulumi resources.
 * Lookups (`getDataset`, `getImportTasks`, …, each with its `…Output` form) read what exists: docs/lookups.md.
 * See README.md for configuration (stack config namespace `modelarts`, or environment variables).
 * @packageDocumentation
 */
export { Dataset } from "./dataset/resource";
export type { DatasetArgs } from "./dataset/resource";
export { DatasetVersion } from "./dataset-version/resource";
export type { DatasetVersionArgs } from "./dataset-version/resource";
export { ImportTask } from "./import-task/resource";
export type { ImportTaskArgs } from "./import-task/resource";
export { ExportTask } from "./export-task/resource";
export type { ExportTaskArgs } from "./export-task/resource";
export { ProcessorTask } from "./processor-task/resource";
export type { ProcessorTaskArgs } from "./processor-task/resource";
export { DatasetSync } from "./dataset-sync/resource";
export type { DatasetSyncArgs } from "./dataset-sync/resource";
export type { DeepInput, DeepInputs } from "./resources/inputs";
export { getDataset, getDatasetOutput, getDatasets, getDatasetsOutput } from "./dataset/lookups";
export type {
    DatasetInfo,
    GetDatasetArgs,
    GetDatasetResult,
    GetDatasetsArgs,
    GetDatasetsResult,
} from "./dataset/lookups";
export {
    getDatasetVersion,
    getDatasetVersionOutput,
    getDatasetVersions,
    getDatasetVersionsOutput,
} from "./dataset-version/lookups";
export type {
    DatasetVersionInfo,
    GetDatasetVersionArgs,
    GetDatasetVersionsArgs,
    GetDatasetVersionsResult,
} from "./dataset-version/lookups";
export { getImportTask, getImportTaskOutput, getImportTasks, getImportTasksOutput } from "./import-task/lookups";
export type {
    GetImportTaskArgs,
    GetImportTasksArgs,
    GetImportTasksResult,
    ImportTaskInfo,
} from "./import-task/lookups";
export { getExportTask, getExportTaskOutput, getExportTasks, getExportTasksOutput } from "./export-task/lookups";
export type {
    ExportTaskInfo,
    GetExportTaskArgs,
    GetExportTasksArgs,
    GetExportTasksResult,
} from "./export-task/lookups";
export {
    getProcessorTask,
    getProcessorTaskOutput,
    getProcessorTasks,
    getProcessorTasksOutput,
} from "./processor-task/lookups";
export type {
    GetProcessorTaskArgs,
    GetProcessorTasksArgs,
    GetProcessorTasksResult,
    ProcessorTaskInfo,
} from "./processor-task/lookups";
export { getObsObjects, getObsObjectsOutput } from "./lookups/obs-objects";
export type { GetObsObjectsArgs, GetObsObjectsResult } from "./lookups/obs-objects";
export type { ObsObject, ObsPathListing, ObsPathSummary } from "./source/list-path";
export type { SourceRecord } from "./schemas/source-record";
export { LookupError } from "./lookups/errors";
export type { LookupOutputOptions } from "./lookups/program";
export type { Camel, CamelFields, CamelName } from "./lookups/camel-case";
export type {
    AnnotationFileResponse,
    DatasetFields,
    DatasetListQuery,
    DatasetListResponse,
    DatasetResponse,
    DatasetSyncResponse,
    DatasetVersionFields,
    DatasetVersionListQuery,
    DatasetVersionListResponse,
    DatasetVersionResponse,
    ExportParamsResponse,
    ExportTaskListQuery,
    ExportTaskListResponse,
    ExportTaskResponse,
    ImportDataSourceResponse,
    ImportTaskListResponse,
    ImportTaskResponse,
    LabelAttributeResponse,
    LabelAttributeValueResponse,
    LabelResponse,
    LabelStatsResponse,
    PageQuery,
    ProcessorDataSourceResponse,
    ProcessorTaskListQuery,
    ProcessorTaskListResponse,
    ProcessorTaskResponse,
    SchemaFieldResponse,
    SearchConditionResponse,
    SourceInfoResponse,
    WorkerResponse,
    WorkforceDescriptorResponse,
} from "./client/types";
export type { Json } from "./schemas/json-schema";
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
} from "./import-task/inputs";
export type {
    DatasetField,
    DatasetInputs,
    DatasetLabel,
    DatasetType,
    Worker,
    WorkforceConfig,
    WorkforceInformation,
    WorkforcesConfig,
} from "./dataset/inputs";
export type { DatasetVersionInputs } from "./dataset-version/inputs";
export type { DatasetSyncInputs } from "./dataset-sync/inputs";
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
} from "./export-task/inputs";
export type {
    OperatorParam,
    ProcessorDataSource,
    ProcessorTaskInputs,
    ProcessorTemplate,
    ProcessorTemplateId,
    ProcessorWorkPath,
} from "./processor-task/inputs";

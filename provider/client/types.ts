/**
 * The ModelArts API's answers and queries as the client types them, snake_case as documented: one import for the
 * layers above the client. Each is declared once, as a JSON Schema next to the other answers of its API in
 * `modelarts/` (the TSDoc on a schema property is the field's documentation), and its type derived from it.
 *
 * An answer's type says what every answer of that shape has, and the check of an answer (`answer-check.ts`) may
 * require more, never less (`api.ts` returns the checked type as the public one, so the compiler holds the two to
 * it): the task statuses and the lists a create's look pages through are checked but typed optional, since a task
 * listed and a task read are one type, and the callers of the lists guard them (`answer.import_tasks ?? []`).
 */
export type { CreateTaskResponse } from "./modelarts/creates";
export type { ImportDataSourceResponse, SourceInfoResponse } from "./modelarts/data-sources";
export type {
    CreateDatasetVersionResponse,
    DatasetVersionFields,
    DatasetVersionListQuery,
    DatasetVersionListResponse,
    DatasetVersionResponse,
    VersionFormat,
} from "./modelarts/dataset-versions";
export type { DatasetSyncResponse } from "./modelarts/dataset-sync";
export type {
    AnnotationFileResponse,
    CreateDatasetResponse,
    DatasetDetailQuery,
    DatasetFields,
    DatasetListQuery,
    DatasetListResponse,
    DatasetResponse,
    SchemaFieldResponse,
    UpdateDatasetRequest,
    UpdateDatasetResponse,
} from "./modelarts/datasets";
export type {
    ExportParamsResponse,
    ExportTaskListQuery,
    ExportTaskListResponse,
    ExportTaskResponse,
    SearchConditionResponse,
} from "./modelarts/export-tasks";
export type { ImportTaskListResponse, ImportTaskResponse } from "./modelarts/import-tasks";
export type {
    LabelAttributeResponse,
    LabelAttributeValueResponse,
    LabelBody,
    LabelResponse,
    LabelStatsResponse,
} from "./modelarts/labels";
export type {
    ProcessorDataSourceResponse,
    ProcessorTaskListQuery,
    ProcessorTaskListResponse,
    ProcessorTaskResponse,
} from "./modelarts/processor-tasks";
export type { PageQuery } from "./modelarts/queries";
export type { WorkerResponse, WorkforceDescriptorResponse } from "./modelarts/workforce";

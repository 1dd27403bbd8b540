/**
 * ExportTask outputs ("Querying the Status of a Dataset Export Task", response table): see `outputs.ts`. Each
 * entry's TSDoc is the output's documentation everywhere it appears.
 */
import type { ExportTaskResponse } from "../client/types";
import { outputTable, RESOURCE_ID } from "../schemas/output-table";

export const exportTaskOutputs = outputTable<ExportTaskResponse>()({
    /** The export task id, also the resource id. */
    taskId: RESOURCE_ID,
    /** The status, such as `RUNNING` or `SUCCESSED` (sic; the statuses: docs/export-task.md). */
    status: { api: "status" },
    /** Progress, in percent. */
    progress: { api: "progress" },
    /** Total number of samples. */
    totalSampleCount: { api: "total_sample_count" },
    /** Number of samples exported. */
    finishedSampleCount: { api: "finished_sample_count" },
    /** When the task was created (epoch milliseconds). */
    createTime: { api: "create_time" },
    /** When the task was last updated (epoch milliseconds). */
    updateTime: { api: "update_time" },
    /** Error code of a failed task, or the not-found code of a task that vanished. */
    errorCode: { api: "error_code" },
    /** Error message of a failed task. */
    errorMsg: { api: "error_msg" },
    /** Dataset version id (also an input: left out, the version the service exported). */
    versionId: { api: "version_id" },
    /** Format of the dataset version (`Default`, `CarbonData`, `CSV`; also an input). */
    versionFormat: { api: "version_format" },
    /** Layout of the exported directory: 1 tree, 2 tile (also an input: left out, the service's choice). */
    exportFormat: { api: "export_format" },
});

/**
 * ImportTask outputs ("Querying Details About a Dataset Import Task", response table): see `outputs.ts`. Each
 * entry's TSDoc is the output's documentation everywhere it appears.
 */
import type { ImportTaskResponse } from "../client/types";
import { outputTable, RESOURCE_ID } from "../schemas/output-table";

export const importTaskOutputs = outputTable<ImportTaskResponse>()({
    /** The import task id, also the resource id. */
    taskId: RESOURCE_ID,
    /** The status, such as `RUNNING` or `COMPLETED` (the statuses: docs/import-task.md). */
    status: { api: "status" },
    /** Total number of samples. */
    totalSampleCount: { api: "total_sample_count" },
    /** Number of imported samples. */
    importedSampleCount: { api: "imported_sample_count" },
    /** Number of labeled samples. */
    annotatedSampleCount: { api: "annotated_sample_count" },
    /** Number of samples to be confirmed. */
    unconfirmedSampleCount: { api: "unconfirmed_sample_count" },
    /** Total number of subsamples generated from the parent samples. */
    totalSubSampleCount: { api: "total_sub_sample_count" },
    /** Number of imported subsamples. */
    importedSubSampleCount: { api: "imported_sub_sample_count" },
    /** Total number of files. */
    totalFileCount: { api: "total_file_count" },
    /** Number of files transferred. */
    finishedFileCount: { api: "finished_file_count" },
    /** Total file size, in bytes. */
    totalFileSize: { api: "total_file_size" },
    /** Size transferred, in bytes. */
    finishedFileSize: { api: "finished_file_size" },
    /** When the task was created (epoch milliseconds). */
    createTime: { api: "create_time" },
    /** When the task was last updated (epoch milliseconds). */
    updateMs: { api: "update_ms" },
    /** Running time, in seconds. */
    elapsedTime: { api: "elapsed_time" },
    /** Error code of a failed task (`ModelArts.xxxx`), or the not-found code of a task that vanished. */
    errorCode: { api: "error_code" },
    /** Error message of a failed task. */
    errorMsg: { api: "error_msg" },
    /** Id of the preprocessing task the import started, if any. */
    processorTaskId: { api: "processor_task_id" },
    /** Status of that preprocessing task. */
    processorTaskStatus: { api: "processor_task_status" },
    /**
     * With `trackSource`: what the import path held when this import ran (objects, bytes, newest change, fingerprint).
     */
    source: { recordedBy: "source tracking" },
});

/**
 * DatasetSync outputs ("Querying the Status of a Dataset Synchronization Task", response table): see `outputs.ts`.
 * Each entry's TSDoc is the output's documentation everywhere it appears. The documented example answers only
 * `status` and `dataset_id`: any other output may be absent.
 */
import type { DatasetSyncResponse } from "../client/types";
import { outputTable } from "../schemas/output-table";

export const datasetSyncOutputs = outputTable<DatasetSyncResponse>()({
    /**
     * The resource id: the run's `task_id` when the status answer has one; otherwise one the provider made up,
     * `created-<create_time>` or `unnamed-<random>`, which the service does not know (docs/dataset-sync.md).
     */
    taskId: { derive: (_raw, taskId) => taskId },
    /** The status, such as `RUNNING` or `COMPLETED` (the statuses: docs/dataset-sync.md). */
    status: { api: "status" },
    /** Number of samples the synchronization added. */
    addedSampleCount: { api: "add_sample_count" },
    /** Number of samples the synchronization deleted. */
    deletedSampleCount: { api: "deleted_sample_count" },
    /** Total number of samples. */
    totalSampleCount: { api: "total_sample_count" },
    /** When the synchronization was created (epoch milliseconds). */
    createTime: { api: "create_time" },
    /** Running time, as the service gives it (the page names no unit). */
    durationTime: { api: "duration_time" },
    /** Error code of a failed synchronization (`ModelArts.xxxx`). */
    errorCode: { api: "error_code" },
    /** Error message of a failed synchronization. */
    errorMsg: { api: "error_msg" },
    /** With `trackSource`: what the dataset's input path held when this synchronization ran. */
    source: { recordedBy: "source tracking" },
});

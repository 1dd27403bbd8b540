/**
 * ProcessorTask outputs ("Querying Details About a Processing Task", response table): see `outputs.ts`. Each
 * entry's TSDoc is the output's documentation everywhere it appears.
 */
import type { ProcessorTaskResponse } from "../client/types";
import { outputTable, RESOURCE_ID, statusWord } from "../schemas/output-table";
import { processorTaskStatuses } from "./statuses";

export const processorTaskOutputs = outputTable<ProcessorTaskResponse>()({
    /** The processing task id, also the resource id. */
    taskId: RESOURCE_ID,
    /** The status, an integer; `statusName` says it in a word (the statuses: docs/processor-task.md). */
    status: { api: "status" },
    /** `status` as a word: `RUNNING`, `COMPLETED`, `FAILED`, … (`UNKNOWN` for an undocumented one). */
    statusName: statusWord(processorTaskStatuses),
    /** Running time, in seconds. */
    durationSeconds: { api: "duration_seconds" },
    /** Number of versions of the task. */
    versionCount: { api: "version_count" },
    /** Dataset version id the task worked on (also an input: left out, the version the service chose). */
    versionId: { api: "version_id" },
    /** Dataset version name the task worked on. */
    versionName: { api: "version_name" },
    /** Output of a feature-analysis task, as plain JSON. */
    result: { api: "result" },
    /** Error message of a failed task. */
    errorMsg: { api: "error_msg" },
    /** `ModelArts.4700` when the task vanished while `pulumi up` waited on it (the next `up` replaces it). */
    errorCode: { recordedBy: "lifecycle" },
    /** When the task was created (epoch milliseconds). */
    createTime: { api: "create_time" },
});

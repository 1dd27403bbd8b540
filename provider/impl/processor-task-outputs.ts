/**
 * ProcessorTask outputs ("Querying Details About a Processing Task", response table): see `outputs.ts`. Each
 * entry's TSDoc is the output's documentation everywhere it appears.
 */
import type { ProcessorTaskResponse } from "../client/types";
import { outputTable, statusWords } from "./outputs";

/** Integer statuses ("Querying Details About a Processing Task": no source defines more than these five). */
export const PROCESSOR_STATUS_NAMES = ["INITIALIZED", "RUNNING", "COMPLETED", "FAILED", "STOPPED"] as const;

/** A processing task's status as a word; `UNKNOWN` for a value the docs do not list. */
export const processorStatusName = statusWords(PROCESSOR_STATUS_NAMES);

export const processorTaskOutputs = outputTable<ProcessorTaskResponse>()({
    /** The processing task id, also the resource id. */
    taskId: { derive: (_raw, taskId) => taskId },
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped. */
    status: { api: "status" },
    /** `status` as a word: `INITIALIZED`, `RUNNING`, `COMPLETED`, `FAILED`, `STOPPED` (`UNKNOWN` otherwise). */
    statusName: { derive: (raw) => processorStatusName(raw.status) },
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

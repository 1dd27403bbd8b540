/**
 * The dataset synchronization answer: "Querying the Status of a Dataset Synchronization Task" (DatasetSync).
 * "Synchronizing a Dataset" documents no answer at all, so the client checks none.
 */
import type { TypeOf } from "../../schemas/json-schema";
import type { AnswerKindOf } from "../answer-check";

const datasetSyncSchema = {
    type: "object",
    properties: {
        /** Synchronization task ID. The documented example leaves it out. */
        task_id: { type: "string" },
        /** Dataset ID. */
        dataset_id: { type: "string" },
        /** QUEUING, STARTING, RUNNING, COMPLETED, FAILED, NOT_EXIST. */
        status: { type: "string" },
        /** Number of added samples. */
        add_sample_count: { type: "number" },
        /** Number of deleted samples. */
        deleted_sample_count: { type: "number" },
        /** Total number of samples. */
        total_sample_count: { type: "number" },
        /** Task creation time (epoch milliseconds). */
        create_time: { type: "number" },
        /** Task running time (the page gives no unit). */
        duration_time: { type: "number" },
        /** Error code. */
        error_code: { type: "string" },
        /** Error message. */
        error_msg: { type: "string" },
    },
} as const;

/**
 * The status answer: `status` always (checked: a wait decides on it); `task_id` and `create_time`, which tell one
 * run from another, have their type when present (the documented example has neither, docs/api-notes.md).
 */
export const datasetSyncAnswer = {
    schema: { ...datasetSyncSchema, required: ["status"] },
    readIfPresent: ["task_id", "create_time"],
} as const satisfies AnswerKindOf<typeof datasetSyncSchema>;

/**
 * `GET …/datasets/{dataset_id}/sync-data/status` ("Querying the Status of a Dataset Synchronization Task"): the
 * dataset's newest synchronization, whoever started it.
 */
export interface DatasetSyncResponse extends TypeOf<typeof datasetSyncAnswer.schema> {}

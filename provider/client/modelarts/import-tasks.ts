/**
 * The import-task answers: "Querying Details About a Dataset Import Task" and "Querying the Dataset Import Task List"
 * (ImportTaskStatusResp). The create's answer is `tasks.ts`'s.
 */
import type { Named, TypeOf } from "../../schemas/json-schema";
import type { AnswerKindOf } from "../answer-check";
import { dataSource } from "./data-sources";

const importTaskSchema = {
    type: "object",
    properties: {
        /** Task ID. */
        task_id: { type: "string" },
        /** Dataset ID. */
        dataset_id: { type: "string" },
        /** QUEUING, STARTING, RUNNING, COMPLETED, FAILED, NOT_EXIST. */
        status: { type: "string" },
        /** `obs://` echo of the path sent (docs/api-notes.md). */
        import_path: { type: "string" },
        /** 0/1 in answers, `"0"`/`"1"` in the request table, `"dir"`/`"manifest"` in the examples (docs/api-notes.md). */
        import_type: { type: ["string", "number"] },
        /** Data source. */
        data_source: dataSource,
        /** Total number of samples. */
        total_sample_count: { type: "number" },
        /** Number of imported samples. */
        imported_sample_count: { type: "number" },
        /** Number of labeled samples. */
        annotated_sample_count: { type: "number" },
        /** Number of samples to be confirmed. */
        unconfirmed_sample_count: { type: "number" },
        /** Total number of subsamples generated from the parent samples. */
        total_sub_sample_count: { type: "number" },
        /** Number of imported subsamples. */
        imported_sub_sample_count: { type: "number" },
        /** Total number of files. */
        total_file_count: { type: "number" },
        /** Number of files that have been transferred. */
        finished_file_count: { type: "number" },
        /** Total file size, in bytes. */
        total_file_size: { type: "number" },
        /** Size of the file that has been transferred, in bytes. */
        finished_file_size: { type: "number" },
        /** File replication progress */
        file_statistics: {
            type: "object",
            properties: {
                /** Number of files that have been transferred. */
                file_num_finished: { type: "number" },
                /** Total number of files. */
                file_num_total: { type: "number" },
                /** Size of the file that has been transferred, in bytes. */
                file_size_finished: { type: "number" },
                /** Total file size, in bytes. */
                file_size_total: { type: "number" },
            },
        },
        /** Epoch milliseconds. */
        create_time: { type: "number" },
        /** Epoch milliseconds. */
        update_ms: { type: "number" },
        /** Seconds. */
        elapsed_time: { type: "number" },
        /** Error code. */
        error_code: { type: "string" },
        /** Error message. */
        error_msg: { type: "string" },
        /** ID of a preprocessing task. */
        processor_task_id: { type: "string" },
        /** Status of a preprocessing task. */
        processor_task_status: { type: "number" },
    },
} as const;

/**
 * An import task: `GET …/datasets/{dataset_id}/import-tasks/{task_id}` ("Querying Details About a Dataset Import
 * Task") and each item of the list ("Querying the Dataset Import Task List", ImportTaskStatusResp).
 */
export interface ImportTaskResponse extends TypeOf<typeof importTaskSchema> {}

/** The detail answer: a wait decides on its `status`, and a failure quotes its error. */
export const importTaskAnswer = {
    schema: { ...importTaskSchema, required: ["status"] },
    readIfPresent: ["error_code", "error_msg"],
} as const satisfies AnswerKindOf<typeof importTaskSchema>;

const importTaskListSchema = {
    type: "object",
    properties: {
        /** List of import tasks. */
        import_tasks: {
            type: "array",
            items: importTaskSchema as Named<typeof importTaskSchema, ImportTaskResponse>,
        },
        /** Number of import tasks. */
        total_count: { type: "number" },
    },
} as const;

/** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
export interface ImportTaskListResponse extends TypeOf<typeof importTaskListSchema> {}

/** The list a create's look pages through: without `import_tasks` the look would miss a task and post again. */
export const importTaskListAnswer = {
    schema: { ...importTaskListSchema, required: ["import_tasks"] },
    readIfPresent: ["total_count"],
} as const satisfies AnswerKindOf<typeof importTaskListSchema>;

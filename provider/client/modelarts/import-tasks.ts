/**
 * The import-task answers: "Querying Details About a Dataset Import Task" and "Querying the Dataset Import Task List"
 * (ImportTaskStatusResp). The create's answer is `tasks.ts`'s.
 */
import type { Named, TypeOf } from "../../schemas/json-schema";
import { lookListKind, taskKind } from "../answer-check";
import { dataSource } from "./data-sources";
import { answerObject, arrayOf, ERROR_FIELDS, NUMBER, STRING } from "./answer-fields";

const importTaskSchema = answerObject({
    /** Task ID. */
    task_id: STRING,
    /** Dataset ID. */
    dataset_id: STRING,
    /** QUEUING, STARTING, RUNNING, COMPLETED, FAILED, NOT_EXIST. */
    status: STRING,
    /** `obs://` echo of the path sent (docs/api-notes.md). */
    import_path: STRING,
    /** 0/1 in answers, `"0"`/`"1"` in the request table, `"dir"`/`"manifest"` in the examples (docs/api-notes.md). */
    import_type: { type: ["string", "number"] },
    /** Data source. */
    data_source: dataSource,
    /** Total number of samples. */
    total_sample_count: NUMBER,
    /** Number of imported samples. */
    imported_sample_count: NUMBER,
    /** Number of labeled samples. */
    annotated_sample_count: NUMBER,
    /** Number of samples to be confirmed. */
    unconfirmed_sample_count: NUMBER,
    /** Total number of subsamples generated from the parent samples. */
    total_sub_sample_count: NUMBER,
    /** Number of imported subsamples. */
    imported_sub_sample_count: NUMBER,
    /** Total number of files. */
    total_file_count: NUMBER,
    /** Number of files that have been transferred. */
    finished_file_count: NUMBER,
    /** Total file size, in bytes. */
    total_file_size: NUMBER,
    /** Size of the file that has been transferred, in bytes. */
    finished_file_size: NUMBER,
    /** File replication progress */
    file_statistics: answerObject({
        /** Number of files that have been transferred. */
        file_num_finished: NUMBER,
        /** Total number of files. */
        file_num_total: NUMBER,
        /** Size of the file that has been transferred, in bytes. */
        file_size_finished: NUMBER,
        /** Total file size, in bytes. */
        file_size_total: NUMBER,
    }),
    /** Epoch milliseconds. */
    create_time: NUMBER,
    /** Epoch milliseconds. */
    update_ms: NUMBER,
    /** Seconds. */
    elapsed_time: NUMBER,
    ...ERROR_FIELDS,
    /** ID of a preprocessing task. */
    processor_task_id: STRING,
    /** Status of a preprocessing task. */
    processor_task_status: NUMBER,
});

/**
 * An import task: `GET …/datasets/{dataset_id}/import-tasks/{task_id}` ("Querying Details About a Dataset Import
 * Task") and each item of the list ("Querying the Dataset Import Task List", ImportTaskStatusResp).
 */
export interface ImportTaskResponse extends TypeOf<typeof importTaskSchema> {}

/** The detail answer: a wait decides on its `status`, and a failure quotes its error. */
export const importTaskAnswer = taskKind(importTaskSchema);

const importTaskListSchema = answerObject({
    /** List of import tasks. */
    import_tasks: arrayOf(importTaskSchema as Named<typeof importTaskSchema, ImportTaskResponse>),
    /** Number of import tasks. */
    total_count: NUMBER,
});

/** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
export interface ImportTaskListResponse extends TypeOf<typeof importTaskListSchema> {}

/** The list an import create's look pages through (see `lookListKind`). */
export const importTaskListAnswer = lookListKind(importTaskListSchema, "import_tasks", "total_count");

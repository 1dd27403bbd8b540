/**
 * ImportTask: `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks` (import-task-create.rst), then
 * `GET …/import-tasks/{task_id}` (reference/querying_details_about_a_dataset_import_task.txt) until `COMPLETED`.
 * The API has no delete or cancel: deleting the resource forgets the task (NOTES.md).
 */
import type { ModelArtsClient } from "../client/api";
import { ModelArtsError } from "../client/errors";
import type { ImportTaskResponse } from "../client/types";
import { providerOptionFields } from "../schemas/common";
import { importTaskApiFields, toImportTaskRequestBody } from "../schemas/import-task";
import type { ImportTaskInputs } from "../schemas/import-task";
import { apiReason, compact, listAll, matchingIds, samePath } from "./state";
import type { Inputs, MatchFilter, TaskKind } from "./task-kind";

const UNFINISHED = new Set(["QUEUING", "STARTING", "RUNNING"]);

const datasetOf = (inputs: Inputs) => String(inputs.datasetId);

/** `import_type` is sent as "dir"/"manifest" but read back as 0/1 or "0"/"1" (NOTES.md). */
function sameImportType(returned: unknown, given: unknown): boolean {
    const asWord = (v: unknown) => (v === 1 || v === "1" || v === "manifest" ? "manifest" : "dir");
    return asWord(returned) === asWord(given);
}

/** The data source password of the inputs (import-task-create.rst, SourceInfo `user_password`), if any. */
function passwordsOf(inputs: Inputs): string[] {
    const password = (inputs.dataSource as { sourceInfo?: { userPassword?: unknown } } | undefined)?.sourceInfo?.userPassword;
    return typeof password === "string" && password !== "" ? [password] : [];
}

export const importTaskKind: TaskKind<ImportTaskResponse> = {
    name: "ImportTask",
    replaceFields: ["datasetId", ...importTaskApiFields, "adoptTaskId"],
    inPlaceFields: providerOptionFields.filter((f) => f !== "adoptTaskId"),

    async submit(client: ModelArtsClient, inputs: Inputs) {
        const body = toImportTaskRequestBody(inputs as unknown as ImportTaskInputs);
        return (await client.createImportTask(datasetOf(inputs), body)).task_id;
    },

    // The view may echo the data source's password in `error_msg`: the client redacts it like a credential.
    fetch: (client, inputs, taskId, options) =>
        client.getImportTask(datasetOf(inputs), taskId, { ...options, secrets: passwordsOf(inputs) }),

    isGone: (raw) => raw.status === "NOT_EXIST",

    accept(raw) {
        if (raw.status === "COMPLETED") return { state: "succeeded" };
        if (raw.status === "FAILED") {
            return { state: "failed", reason: apiReason(raw.error_code, raw.error_msg, "the import task failed") };
        }
        return { state: "running" };
    },

    state: (raw, taskId) =>
        compact({
            taskId,
            status: raw.status,
            totalSampleCount: raw.total_sample_count,
            importedSampleCount: raw.imported_sample_count,
            annotatedSampleCount: raw.annotated_sample_count,
            unconfirmedSampleCount: raw.unconfirmed_sample_count,
            totalSubSampleCount: raw.total_sub_sample_count,
            importedSubSampleCount: raw.imported_sub_sample_count,
            totalFileCount: raw.total_file_count,
            finishedFileCount: raw.finished_file_count,
            totalFileSize: raw.total_file_size,
            finishedFileSize: raw.finished_file_size,
            createTime: raw.create_time,
            updateMs: raw.update_ms,
            elapsedTime: raw.elapsed_time,
            errorCode: raw.error_code,
            errorMsg: raw.error_msg,
            processorTaskId: raw.processor_task_id,
            processorTaskStatus: raw.processor_task_status,
        }),

    async findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter) {
        const tasks = await listAll(async (page) => {
            const answer = await client.listImportTasks(datasetOf(inputs), page);
            return { items: answer.import_tasks ?? [], total: answer.total_count ?? 0 };
        });
        // The list echoes the path, type and data source, not the label or annotation settings (import-task-list.txt).
        const matches = (t: ImportTaskResponse) =>
            samePath(t.import_path, inputs.importPath) && sameImportType(t.import_type, inputs.importType);
        return matchingIds(client, tasks, matches, filter, UNFINISHED, (t) => t.update_ms);
    },

    // ModelArts.4356: an import into this dataset is already running (NOTES.md): ours, left by an interrupted run,
    // or another one, after which the create can go again.
    conflictOf: (error) => (ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4356" ? "busy" : undefined),
};

/**
 * ImportTask: `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks` ("Creating an Import Task"), then
 * `GET …/import-tasks/{task_id}` ("Querying Details About a Dataset Import Task") until `COMPLETED`.
 * The API has no delete or cancel: deleting the resource forgets the task (docs/api-notes.md).
 */
import type { ModelArtsClient } from "../client/api";
import { DATASET_NOT_FOUND_CODES, ModelArtsError } from "../client/errors";
import type { ImportTaskResponse } from "../client/types";
import { importTaskInputs } from "../schemas/import-task";
import { importTaskOutputs } from "./import-task-outputs";
import { readOutputs } from "./outputs";
import { countOf, percentOf, shareOf, statusLine } from "./progress";
import { apiReason, deadEndOf, listAll, matchingIds, samePath, StatusRules } from "./state";
import type { Inputs, MatchFilter, TaskKind } from "./task-kind";

const UNFINISHED = new Set(["QUEUING", "STARTING", "RUNNING"]);
const QUEUED = new Set(["QUEUING", "STARTING"]);

/**
 * An unknown import task is answered 200 `NOT_EXIST` ("Querying Details About a Dataset Import Task"); a deleted
 * dataset 400 ModelArts.4352 or 4338 (API reference, "Error Codes").
 */
const STATUS_RULES: StatusRules = {
    failed: ["FAILED"],
    gone: ["NOT_EXIST"],
    notFoundCodes: DATASET_NOT_FOUND_CODES,
};

const datasetOf = (inputs: Inputs) => String(inputs.datasetId);

/** `import_type` is sent as "dir"/"manifest" but read back as 0/1 or "0"/"1" (docs/api-notes.md). */
function sameImportType(returned: unknown, given: unknown): boolean {
    const asWord = (v: unknown) => (v === 1 || v === "1" || v === "manifest" ? "manifest" : "dir");
    return asWord(returned) === asWord(given);
}

/** The data source password of the inputs (import-task-create.rst, SourceInfo `user_password`), if any. */
function passwordsOf(inputs: Inputs): string[] {
    const password = (inputs.dataSource as { sourceInfo?: { userPassword?: unknown } } | undefined)?.sourceInfo
        ?.userPassword;
    return typeof password === "string" && password !== "" ? [password] : [];
}

export const importTaskKind: TaskKind<ImportTaskResponse> = {
    name: "ImportTask",
    inputs: importTaskInputs,

    async submit(client: ModelArtsClient, inputs: Inputs) {
        const body = importTaskInputs.requestBody(inputs);
        return (await client.createImportTask(datasetOf(inputs), body)).task_id;
    },

    // The view may echo the data source's password in `error_msg`: the client redacts it like a credential.
    fetch: (client, inputs, taskId, options) =>
        client.getImportTask(datasetOf(inputs), taskId, { ...options, secrets: passwordsOf(inputs) }),

    isGone: (raw) => raw.status === "NOT_EXIST",
    notFoundCodes: STATUS_RULES.notFoundCodes,
    documentedStatuses: [...UNFINISHED, "COMPLETED", "FAILED", "NOT_EXIST"],
    deadEnd: (outputs) => deadEndOf(outputs, STATUS_RULES),

    accept(raw) {
        if (raw.status === "COMPLETED") return { state: "succeeded" };
        if (raw.status === "FAILED") {
            return { state: "failed", reason: apiReason(raw.error_code, raw.error_msg, "the import task failed") };
        }
        return { state: "running" };
    },

    // Files transferred, else bytes, else samples ("Querying Details About a Dataset Import Task"); a queued task
    // reports no totals yet, and has done nothing.
    progressOf: (raw) =>
        QUEUED.has(String(raw.status))
            ? 0
            : (shareOf(raw.finished_file_count, raw.total_file_count) ??
              shareOf(raw.finished_file_size, raw.total_file_size) ??
              shareOf(raw.imported_sample_count, raw.total_sample_count)),

    state: (raw, taskId) => readOutputs(importTaskOutputs, raw, taskId),

    // "Querying Details About a Dataset Import Task": files transferred of the total; counts of samples at the end.
    statusLineOf: (raw) =>
        statusLine(
            raw.status,
            countOf(raw.finished_file_count, raw.total_file_count, "files"),
            percentOf(shareOf(raw.finished_file_count, raw.total_file_count)),
        ),
    summaryOf: (raw) =>
        statusLine(
            raw.status,
            countOf(raw.imported_sample_count, raw.total_sample_count, "samples imported"),
            raw.annotated_sample_count === undefined ? undefined : `${raw.annotated_sample_count} annotated`,
        ),

    async findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter) {
        const tasks = await listAll(async (page) => {
            const answer = await client.listImportTasks(datasetOf(inputs), page);
            return { items: answer.import_tasks ?? [], total: answer.total_count ?? 0 };
        });
        // The list echoes the path, type and data source, not the label or annotation settings ("Querying the
        // Dataset Import Task List").
        const matches = (t: ImportTaskResponse) =>
            samePath(t.import_path, inputs.importPath) && sameImportType(t.import_type, inputs.importType);
        return matchingIds(client, tasks, matches, filter, UNFINISHED, (t) => t.update_ms);
    },

    // ModelArts.4356: an import into this dataset is already running (docs/api-notes.md): ours, left by an
    // interrupted run, or another one, after which the create can go again.
    conflictOf: (error) =>
        ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4356" ? "busy" : undefined,
};

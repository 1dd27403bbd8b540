/**
 * ImportTask: `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks` ("Creating an Import Task"), then
 * `GET …/import-tasks/{task_id}` ("Querying Details About a Dataset Import Task") until `COMPLETED`.
 * The API has no delete or cancel: deleting the resource forgets the task (docs/api-notes.md).
 */
import { DATASET_NOT_FOUND_CODES, ModelArtsError } from "../client/errors";
import { readAllPages } from "../client/pager";
import type { ImportTaskResponse } from "../client/types";
import { defineDriver, TASK } from "../impl/kind-driver";
import { UNKNOWN_INPUT } from "../schemas/common";
import { apiReason, matchingIds, samePath } from "../impl/matching";
import { countOf, percentOf, shareOf, statusLine } from "../impl/progress";
import { secretsOf } from "../schemas/secret-paths";
import { leftOverStatuses } from "../schemas/status-table";
import { importTaskInputs, type ImportTaskInputs } from "./inputs";
import { importTaskOutputs } from "./outputs";
import { importTaskStatuses } from "./statuses";

/** A task still queued reports no totals yet, and has done nothing. */
const QUEUED = new Set(["QUEUING", "STARTING"]);

/** `import_type` is sent as "dir"/"manifest" but read back as 0/1 or "0"/"1" (docs/api-notes.md). */
function sameImportType(returned: unknown, given: unknown): boolean {
    const asWord = (v: unknown) => (v === 1 || v === "1" || v === "manifest" ? "manifest" : "dir");
    return asWord(returned) === asWord(given);
}

export const importTaskDriver = defineDriver<ImportTaskResponse, ImportTaskInputs>(
    { inputs: importTaskInputs, outputs: importTaskOutputs, statuses: importTaskStatuses },
    {
        kind: "ImportTask",
        managed: TASK,
        // A deleted dataset answers 400 ModelArts.4352 or 4338 (API reference, "Error Codes"); an unknown task NOT_EXIST.
        notFoundCodes: DATASET_NOT_FOUND_CODES,

        async submit(client, inputs) {
            return (await client.createImportTask(inputs.datasetId, importTaskInputs.requestBody(inputs))).task_id;
        },

        // The view may echo the data source's password in `error_msg`: the client redacts it like a credential.
        fetch: (client, inputs, taskId, options) =>
            client.getImportTask(inputs.datasetId, taskId, {
                ...options,
                secrets: secretsOf(importTaskInputs, inputs),
            }),

        failureOf: (raw) => apiReason(raw.error_code, raw.error_msg, "the import task failed"),

        // The import path is the source (an `s3://` path names the same object as `obs://`); a table import reads a
        // database, which cannot be tracked.
        sourceOf(inputs) {
            const path = inputs.importPath;
            if (path === undefined) return Promise.resolve(undefined);
            if (path === UNKNOWN_INPUT) return Promise.resolve("unknown" as const);
            const location = { path: path.replace(/^s3:\/\//, "obs://"), manifest: inputs.importType === "manifest" };
            return Promise.resolve(location);
        },

        // Files transferred, else bytes, else samples ("Querying Details About a Dataset Import Task").
        progressOf: (raw) =>
            QUEUED.has(String(raw.status))
                ? 0
                : (shareOf(raw.finished_file_count, raw.total_file_count) ??
                  shareOf(raw.finished_file_size, raw.total_file_size) ??
                  shareOf(raw.imported_sample_count, raw.total_sample_count)),

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

        async findMatching(client, inputs, filter) {
            const tasks = await readAllPages({
                what: `the import tasks of dataset ${inputs.datasetId}`,
                idOf: (t: ImportTaskResponse) => t.task_id,
                fetchPage: async (offset, limit) => {
                    const answer = await client.listImportTasks(inputs.datasetId, { offset, limit });
                    return { items: answer.import_tasks ?? [], total: answer.total_count };
                },
            });
            // The list echoes the path, type and data source, not the label or annotation settings ("Querying the
            // Dataset Import Task List").
            const matches = (t: ImportTaskResponse) =>
                samePath(t.import_path, inputs.importPath) && sameImportType(t.import_type, inputs.importType);
            return matchingIds(client, tasks, matches, filter, {
                idOf: (t) => t.task_id,
                leftOver: leftOverStatuses(importTaskStatuses),
                endedAtOf: (t) => t.update_ms,
            });
        },

        // ModelArts.4356: an import into this dataset is already running (docs/api-notes.md): ours, left by an
        // interrupted run, or another one, after which the create can go again.
        conflictOf: (error) =>
            ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4356" ? "busy" : undefined,
    },
);

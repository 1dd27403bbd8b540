/**
 * ExportTask: `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks` ("Creating a Dataset Export Task"), then
 * `GET …/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task") until `SUCCESSED`
 * (sic). `FAILED` and `STOPPED` are failures. The API has no delete: deleting the resource forgets the task.
 */
import { isDeepStrictEqual } from "util";
import { DATASET_NOT_FOUND_CODES } from "../client/errors";
import { readAllPages } from "../client/pager";
import type { ExportTaskResponse } from "../client/types";
import { defineDriver, TASK } from "../impl/kind-driver";
import { apiReason, matchingIds, samePath } from "../impl/matching";
import { countOf, percentOf, shareOf, statusLine } from "../impl/progress";
import { leftOverStatuses } from "../schemas/status-table";
import { exportTaskInputs, type ExportTaskInputs } from "./inputs";
import { exportTaskOutputs } from "./outputs";
import { exportTaskStatuses } from "./statuses";

export const exportTaskDriver = defineDriver<ExportTaskResponse, ExportTaskInputs>(
    { inputs: exportTaskInputs, outputs: exportTaskOutputs, statuses: exportTaskStatuses },
    {
        kind: "ExportTask",
        managed: TASK,
        // An unknown export task is 400 ModelArts.4359, a deleted dataset 4352 or 4338 (API reference, "Error Codes").
        notFoundCodes: ["ModelArts.4359", ...DATASET_NOT_FOUND_CODES],
        // Nothing stops a second export of the same dataset to the same path: look before the first POST.
        listsBeforeCreate: true,

        async submit(client, inputs) {
            return (await client.createExportTask(inputs.datasetId, exportTaskInputs.requestBody(inputs))).task_id;
        },

        fetch: (client, inputs, taskId, options) => client.getExportTask(inputs.datasetId, taskId, options),

        failureOf: (raw) => apiReason(raw.error_code, raw.error_msg, `the export task ended ${String(raw.status)}`),

        // "Querying the Status of a Dataset Export Task": samples exported of the total, and `progress` in percent.
        statusLineOf: (raw) =>
            statusLine(
                raw.status,
                countOf(raw.finished_sample_count, raw.total_sample_count, "samples"),
                percentOf(shareOf(raw.progress, 100)),
            ),
        summaryOf: (raw) =>
            statusLine(raw.status, countOf(raw.finished_sample_count, raw.total_sample_count, "samples exported")),

        progressOf: (raw) => shareOf(raw.progress, 100),

        async findMatching(client, inputs, filter) {
            const tasks = await readAllPages({
                what: `the export tasks of dataset ${inputs.datasetId}`,
                fetchPage: async (offset, limit) => {
                    const answer = await client.listExportTasks(inputs.datasetId, { offset, limit });
                    return { items: answer.export_tasks ?? [], total: answer.total_count };
                },
                idOf: (t: ExportTaskResponse) => t.task_id,
            });
            const body = exportTaskInputs.requestBody(inputs);
            const matches = (t: ExportTaskResponse) => samePath(t.path, inputs.path) && madeWith(body, t);
            return matchingIds(client, tasks, matches, filter, {
                idOf: (t) => t.task_id,
                leftOver: leftOverStatuses(exportTaskStatuses),
                endedAtOf: (t) => t.update_time,
            });
        },
    },
);

/**
 * Whether a listed export was made with this create body, as far as "Querying the Dataset Export Task List" shows
 * (ExportTaskStatusResp, ExportParams): every scalar field and the sample ids the body sets must be those the task
 * shows. `train_sample_ratio` is sent as `"1.00"` and answered as `1.0` (docs/api-notes.md). Search conditions are not
 * compared: the service may answer them with its own defaults filled in.
 */
function madeWith(body: Record<string, unknown>, task: ExportTaskResponse): boolean {
    const sameValue = (key: string, sent: unknown, shown: unknown) =>
        key === "train_sample_ratio" ? Number(sent) === Number(shown) : isDeepStrictEqual(sent, shown);
    const echoes = (sent: Record<string, unknown>, shown: Readonly<Record<string, unknown>>) =>
        Object.entries(sent).every(([key, value]) => {
            const comparable = key === "samples" || value === null || typeof value !== "object";
            return !comparable || !(key in shown) || sameValue(key, value, shown[key]);
        });
    const { path: _, export_params: params, ...topLevel } = body;
    if (!echoes(topLevel, task)) return false;
    return (
        params === undefined ||
        task.export_params === undefined ||
        echoes(params as Record<string, unknown>, task.export_params)
    );
}

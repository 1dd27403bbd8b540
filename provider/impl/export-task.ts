/**
 * ExportTask: `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks` ("Creating a Dataset Export Task"), then
 * `GET …/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task") until `SUCCESSED`
 * (sic). `FAILED` and `STOPPED` are failures. The API has no delete: deleting the resource forgets the task.
 */
import { isDeepStrictEqual } from "util";
import type { ModelArtsClient } from "../client/api";
import { DATASET_NOT_FOUND_CODES } from "../client/errors";
import type { ExportTaskResponse } from "../client/types";
import { exportTaskInputs } from "../schemas/export-task";
import { exportTaskOutputs } from "./export-task-outputs";
import { readOutputs } from "./outputs";
import { countOf, percentOf, shareOf, statusLine } from "./progress";
import { apiReason, deadEndOf, listAll, matchingIds, samePath, StatusRules } from "./state";
import type { Inputs, MatchFilter, TaskKind } from "./task-kind";

const UNFINISHED = new Set(["INIT", "RUNNING", "STOPPING"]);
const FAILED = new Set(["FAILED", "STOPPED"]);

/** An unknown export task is 400 ModelArts.4359, a deleted dataset 4352 or 4338 (API reference, "Error Codes"). */
const STATUS_RULES: StatusRules = {
    failed: [...FAILED],
    notFoundCodes: ["ModelArts.4359", ...DATASET_NOT_FOUND_CODES],
};

const datasetOf = (inputs: Inputs) => String(inputs.datasetId);

export const exportTaskKind: TaskKind<ExportTaskResponse> = {
    name: "ExportTask",
    inputs: exportTaskInputs,
    // Nothing stops a second export of the same dataset to the same path: look before the first POST.
    listsBeforeCreate: true,

    async submit(client: ModelArtsClient, inputs: Inputs) {
        const body = exportTaskInputs.requestBody(inputs);
        return (await client.createExportTask(datasetOf(inputs), body)).task_id;
    },

    fetch: (client, inputs, taskId, options) => client.getExportTask(datasetOf(inputs), taskId, options),

    isGone: () => false,
    notFoundCodes: STATUS_RULES.notFoundCodes,
    documentedStatuses: [...UNFINISHED, "SUCCESSED", ...FAILED],
    deadEnd: (outputs) => deadEndOf(outputs, STATUS_RULES),

    // "Querying the Status of a Dataset Export Task": samples exported of the total, and `progress` in percent.
    statusLineOf: (raw) =>
        statusLine(
            raw.status,
            countOf(raw.finished_sample_count, raw.total_sample_count, "samples"),
            percentOf(shareOf(raw.progress, 100)),
        ),
    summaryOf: (raw) =>
        statusLine(raw.status, countOf(raw.finished_sample_count, raw.total_sample_count, "samples exported")),

    accept(raw) {
        if (raw.status === "SUCCESSED") return { state: "succeeded" };
        if (FAILED.has(String(raw.status))) {
            const fallback = `the export task ended ${raw.status}`;
            return { state: "failed", reason: apiReason(raw.error_code, raw.error_msg, fallback) };
        }
        return { state: "running" };
    },

    // `progress` is a percentage ("Querying the Status of a Dataset Export Task").
    progressOf: (raw) => shareOf(raw.progress, 100),

    state: (raw, taskId) => readOutputs(exportTaskOutputs, raw, taskId),

    async findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter) {
        const tasks = await listAll(async (page) => {
            const answer = await client.listExportTasks(datasetOf(inputs), page);
            return { items: answer.export_tasks ?? [], total: answer.total_count ?? 0 };
        });
        const body = exportTaskInputs.requestBody(inputs);
        const matches = (t: ExportTaskResponse) => samePath(t.path, inputs.path) && madeWith(body, t);
        return matchingIds(client, tasks, matches, filter, UNFINISHED, (t) => t.update_time);
    },
};

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

/**
 * ProcessorTask: `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task"), then
 * `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task") until
 * status 2; 3 (failed) and 4 (stopped) are failures. `description` is the only mutable field
 * ("Updating a Processing Task", PUT); delete is `DELETE …/processor-tasks/{task_id}`.
 */
import type { ModelArtsClient } from "../client/api";
import { ModelArtsError } from "../client/errors";
import type { ProcessorTaskResponse } from "../client/types";
import { processorTaskInputs } from "../schemas/processor-task";
import { readOutputs } from "./outputs";
import { statusLine } from "./progress";
import { PROCESSOR_STATUS_NAMES, processorStatusName, processorTaskOutputs } from "./processor-task-outputs";
import { apiReason, deadEndOf, echoes, listAll, matchingIds, StatusRules } from "./state";
import type { Inputs, MatchFilter, TaskKind } from "./task-kind";

/** Initialized or running: a task a killed `pulumi up` may have left. */
const UNFINISHED = new Set(["0", "1"]);

/** An unknown processing task is 400 ModelArts.4700 (API reference, "Error Codes"). */
const STATUS_RULES: StatusRules = {
    failed: [3, 4],
    notFoundCodes: ["ModelArts.4700"],
    word: processorStatusName,
};

export const processorTaskKind: TaskKind<ProcessorTaskResponse> = {
    name: "ProcessorTask",
    inputs: processorTaskInputs,
    uniqueField: "name",

    // ModelArts.4709: a task with this name exists ("Error Codes"), possibly the one an interrupted run created.
    conflictOf: (error) =>
        ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4709" ? "taken" : undefined,

    async submit(client: ModelArtsClient, inputs: Inputs) {
        const body = processorTaskInputs.requestBody(inputs);
        return (await client.createProcessorTask(body)).task_id;
    },

    fetch: (client, _inputs, taskId, options) => client.getProcessorTask(taskId, options),

    isGone: () => false,
    notFoundCodes: STATUS_RULES.notFoundCodes,
    documentedStatuses: PROCESSOR_STATUS_NAMES.map((_, status) => status),
    deadEnd: (outputs) => deadEndOf(outputs, STATUS_RULES),

    // "Querying Details About a Processing Task": an integer status, shown as its word; no progress, the run time.
    statusLineOf: (raw) => statusLine(processorStatusName(raw.status), durationOf(raw.duration_seconds)),
    summaryOf: (raw) =>
        statusLine(
            processorStatusName(raw.status),
            durationOf(raw.duration_seconds),
            raw.version_name === undefined ? undefined : `version ${raw.version_name}`,
        ),

    accept(raw) {
        if (raw.status === 2) return { state: "succeeded" };
        if (raw.status === 3 || raw.status === 4) {
            return {
                state: "failed",
                reason: apiReason(
                    undefined,
                    raw.error_msg,
                    `the processing task ended ${processorStatusName(raw.status)}`,
                ),
            };
        }
        return { state: "running" };
    },

    // "Querying Details About a Processing Task" reports no progress: the waiter follows its plain schedule.
    progressOf: () => undefined,

    state: (raw, taskId) => readOutputs(processorTaskOutputs, raw, taskId),

    /**
     * Task names are unique in a project (a second create answers ModelArts.4709, API reference "Error Codes"), but
     * a task holding this name is not necessarily this resource's: another stack, or the console, may use the same
     * name. It is adopted only when it can be this resource's own left-over: unfinished (or created since a POST
     * whose answer was lost), and made with the same template and operator parameters, data source or inputs,
     * work path and description, as far as the list shows them ("Querying the List of a Processing Task").
     */
    async findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter) {
        const tasks = await listNamed(client, inputs);
        // A create without a description makes a task described "" ("Creating a Processing Task": 0 to 256 characters).
        const body = { description: "", ...processorTaskInputs.requestBody(inputs) };
        const matches = (t: ProcessorTaskResponse) => t.name === inputs.name && echoes(body, t);
        return matchingIds(client, tasks, matches, filter, UNFINISHED);
    },

    async holderOf(client: ModelArtsClient, inputs: Inputs) {
        const holder = (await listNamed(client, inputs)).find((t) => t.name === inputs.name);
        return typeof holder?.task_id === "string"
            ? { taskId: holder.task_id, status: processorStatusName(holder.status) }
            : undefined;
    },

    async updateInPlace(client, taskId, olds, news) {
        if (olds.description !== news.description) {
            await client.updateProcessorTask(taskId, {
                description: typeof news.description === "string" ? news.description : "",
            });
        }
    },

    async remove(client, _inputs, taskId) {
        await client.deleteProcessorTask(taskId);
    },
};

/** The listed tasks whose name contains this resource's (`task_name` filters by substring). */
function listNamed(client: ModelArtsClient, inputs: Inputs): Promise<ProcessorTaskResponse[]> {
    return listAll(async (page) => {
        const answer = await client.listProcessorTasks({ ...page, task_name: String(inputs.name) });
        return { items: answer.tasks ?? [], total: answer.count ?? 0 };
    });
}

/** A run time in seconds, as the task reports it. */
function durationOf(seconds: unknown): string | undefined {
    return typeof seconds === "number" ? `${seconds} s` : undefined;
}

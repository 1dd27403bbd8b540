/**
 * ProcessorTask: `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task"), then
 * `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task") until it completes
 * (`statuses.ts`). `description` is the only mutable field ("Updating a Processing Task", PUT), and a refresh reads
 * it back; delete is `DELETE …/processor-tasks/{task_id}`.
 */
import type { ModelArtsClient } from "../client/api";
import { ModelArtsError } from "../client/errors";
import { readAllPages } from "../client/pager";
import type { ProcessorTaskResponse } from "../client/types";
import { defineDriver, TASK, type NameHolder } from "../impl/kind-driver";
import { apiReason, echoes, matchingIds } from "../impl/matching";
import { statusLine } from "../impl/progress";
import { leftOverStatuses, wordOf } from "../schemas/status-table";
import { processorTaskInputs, type ProcessorTaskInputs } from "./inputs";
import { processorTaskOutputs } from "./outputs";
import { processorTaskStatuses } from "./statuses";

const wordFor = (status: unknown) => wordOf(processorTaskStatuses, status);

/** How a listed one holds its unique value. */
const nameHolder = (t: ProcessorTaskResponse): NameHolder => ({ id: t.task_id, value: t.name, status: t.status });

export const processorTaskDriver = defineDriver<ProcessorTaskResponse, ProcessorTaskInputs>(
    { inputs: processorTaskInputs, outputs: processorTaskOutputs, statuses: processorTaskStatuses },
    {
        kind: "ProcessorTask",
        managed: TASK,
        // An unknown processing task is 400 ModelArts.4700 (API reference, "Error Codes").
        notFoundCodes: ["ModelArts.4700"],
        uniqueField: "name",

        // ModelArts.4709: a task with this name exists ("Error Codes"), possibly the one an interrupted run created.
        conflictOf: (error) =>
            ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4709" ? "taken" : undefined,

        async submit(client, inputs) {
            return (await client.createProcessorTask(processorTaskInputs.requestBody(inputs))).task_id;
        },

        fetch: (client, _inputs, taskId, options) => client.getProcessorTask(taskId, options),

        failureOf: (raw) => apiReason(undefined, raw.error_msg, `the processing task ended ${wordFor(raw.status)}`),

        // "Querying Details About a Processing Task" reports no progress: the waiter follows its plain schedule.
        progressOf: () => undefined,

        // An integer status, shown as its word; no progress, the run time.
        statusLineOf: (raw) => statusLine(wordFor(raw.status), durationOf(raw.duration_seconds)),
        summaryOf: (raw) =>
            statusLine(
                wordFor(raw.status),
                durationOf(raw.duration_seconds),
                raw.version_name === undefined ? undefined : `version ${raw.version_name}`,
            ),

        /**
         * Task names are unique in a project (a second create answers ModelArts.4709, API reference "Error Codes"), but
         * a task holding this name is not necessarily this resource's: another stack, or the console, may use the same
         * name. It is adopted only when it can be this resource's own left-over: unfinished (or created since a POST
         * whose answer was lost), and made with the same template and operator parameters, data source or inputs,
         * work path and description, as far as the list shows them ("Querying the List of a Processing Task").
         */
        async findMatching(client, inputs, filter) {
            const tasks = await listNamed(client, inputs);
            // A create without a description makes a task described "" ("Creating a Processing Task": 0 to 256 characters).
            const body = { description: "", ...processorTaskInputs.requestBody(inputs) };
            const matches = (t: ProcessorTaskResponse) => t.name === inputs.name && echoes(body, t);
            return matchingIds(client, tasks, matches, filter, {
                idOf: (t) => t.task_id,
                leftOver: leftOverStatuses(processorTaskStatuses),
            });
        },

        listNamed: async (client, inputs) => (await listNamed(client, inputs)).map(nameHolder),

        async updateInPlace(client, taskId, olds, news) {
            if (olds.description !== news.description) {
                await client.updateProcessorTask(taskId, { description: news.description ?? "" });
            }
        },

        // "Querying Details About a Processing Task" answers the description "Updating a Processing Task" changes; a
        // task created without one is described "".
        inPlaceValuesOf: (raw, recorded) =>
            typeof raw.description === "string" && (raw.description !== "" || recorded.description !== undefined)
                ? { description: raw.description }
                : {},

        async remove(client, _inputs, taskId) {
            await client.deleteProcessorTask(taskId);
        },
    },
);

/** The listed tasks whose name contains this resource's (`task_name` filters by substring). */
function listNamed(client: ModelArtsClient, inputs: ProcessorTaskInputs): Promise<ProcessorTaskResponse[]> {
    return readAllPages({
        what: `the processing tasks named like "${inputs.name}"`,
        idOf: (t: ProcessorTaskResponse) => t.task_id,
        fetchPage: async (offset, limit) => {
            const answer = await client.listProcessorTasks({ offset, limit, task_name: inputs.name });
            return { items: answer.tasks ?? [], total: answer.count };
        },
    });
}

/** A run time in seconds, as the task reports it. */
function durationOf(seconds: unknown): string | undefined {
    return typeof seconds === "number" ? `${seconds} s` : undefined;
}

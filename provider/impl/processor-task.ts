/**
 * ProcessorTask: `POST /v2/{project_id}/processor-tasks` (processor-task-create.txt), then
 * `GET /v2/{project_id}/processor-tasks/{task_id}` (reference/querying_details_about_a_processing_task.txt) until
 * status 2; 3 (failed) and 4 (stopped) are failures. `description` is the only mutable field
 * (reference/updating_a_processing_task.txt, PUT); delete is `DELETE …/processor-tasks/{task_id}`.
 */
import type { ModelArtsClient } from "../client/api";
import { ModelArtsError } from "../client/errors";
import type { ProcessorTaskResponse } from "../client/types";
import { providerOptionFields } from "../schemas/common";
import {
    processorTaskApiFields,
    processorTaskUpdatableFields,
    toProcessorTaskRequestBody,
} from "../schemas/processor-task";
import type { ProcessorTaskInputs } from "../schemas/processor-task";
import { apiReason, compact, listAll } from "./state";
import type { Inputs, TaskKind } from "./task-kind";

/** Integer statuses (NOTES.md: no source defines more than these five). */
const STATUS_NAMES = ["INITIALIZED", "RUNNING", "COMPLETED", "FAILED", "STOPPED"] as const;

export const processorTaskKind: TaskKind<ProcessorTaskResponse> = {
    name: "ProcessorTask",
    replaceFields: [...processorTaskApiFields.filter((f) => !processorTaskUpdatableFields.includes(f)), "adoptTaskId"],
    inPlaceFields: [...providerOptionFields.filter((f) => f !== "adoptTaskId"), ...processorTaskUpdatableFields],

    uniqueField: "name",
    // The service answers with the dataset version the task worked on when the create named none.
    serverDefaultedFields: ["versionId"],

    // ModelArts.4709: a task with this name exists (error_codes.txt), possibly the one an interrupted run created.
    conflictOf: (error) => (ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4709" ? "taken" : undefined),

    async submit(client: ModelArtsClient, inputs: Inputs) {
        const body = toProcessorTaskRequestBody(inputs as unknown as ProcessorTaskInputs);
        return (await client.createProcessorTask(body)).task_id;
    },

    fetch: (client, _inputs, taskId, options) => client.getProcessorTask(taskId, options),

    // An unknown processor task is an HTTP 400 ModelArts.4700, handled as not-found by the lifecycle.
    isGone: () => false,

    accept(raw) {
        if (raw.status === 2) return { state: "succeeded" };
        if (raw.status === 3 || raw.status === 4) {
            return { state: "failed", reason: apiReason(undefined, raw.error_msg, `the processing task ended ${statusName(raw.status)}`) };
        }
        return { state: "running" };
    },

    state: (raw, taskId) =>
        compact({
            taskId,
            status: raw.status,
            statusName: statusName(raw.status),
            durationSeconds: raw.duration_seconds,
            versionCount: raw.version_count,
            versionId: raw.version_id,
            versionName: raw.version_name,
            result: raw.result,
            errorMsg: raw.error_msg,
            createTime: raw.create_time,
        }),

    /**
     * Task names are unique in a project (a second create answers ModelArts.4709, error_codes.txt), so a task
     * with this resource's name is the one an interrupted or unanswered create made, whatever its state.
     */
    async findMatching(client: ModelArtsClient, inputs: Inputs) {
        const tasks = await listAll(async (page) => {
            const answer = await client.listProcessorTasks({ ...page, task_name: String(inputs.name) });
            return { items: answer.tasks ?? [], total: answer.count ?? 0 };
        });
        return tasks
            .filter((t) => t.name === inputs.name && t.template?.id === (inputs.template as { id?: unknown })?.id)
            .map((t) => t.task_id)
            .filter((id): id is string => typeof id === "string");
    },

    async updateInPlace(client, taskId, olds, news) {
        if (olds.description !== news.description) {
            await client.updateProcessorTask(taskId, { description: String(news.description ?? "") });
        }
    },

    async remove(client, _inputs, taskId) {
        await client.deleteProcessorTask(taskId);
    },
};

function statusName(status: unknown): string {
    return typeof status === "number" && STATUS_NAMES[status] !== undefined ? STATUS_NAMES[status] : "UNKNOWN";
}

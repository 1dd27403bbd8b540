/**
 * Processing-task lookups: `getProcessorTasks` ("Querying the List of a Processing Task", every query parameter
 * of its Table 2) and `getProcessorTask` ("Querying Details About a Processing Task"; an unknown id is the
 * client's error ModelArts.4700).
 */
import type * as pulumi from "@pulumi/pulumi";
import { processorTaskListQuerySchema } from "../client/modelarts/processor-tasks";
import type { ProcessorTaskListQuery, ProcessorTaskListResponse, ProcessorTaskResponse } from "../client/types";
import type { DeepInputs } from "../resources/inputs";
import { checkedQuery, lookupArgs, NO_QUERY } from "../lookups/args";
import { Camel, camelCased } from "../lookups/camel-case";
import { readList } from "../lookups/paging";
import { LookupOutputOptions, outputForm, programClient } from "../lookups/program";

/** A processing task as the service describes it, in camelCase. */
export type ProcessorTaskInfo = Camel<ProcessorTaskResponse>;

/** Arguments of {@link getProcessorTasks}: the query parameters of the processing task list, in camelCase. */
export type GetProcessorTasksArgs = Camel<ProcessorTaskListQuery>;

/** Result of {@link getProcessorTasks}: the project's processing tasks from page `offset` on. */
export type GetProcessorTasksResult = Omit<Camel<ProcessorTaskListResponse>, "tasks"> & {
    /** The processing tasks of every page read. */
    readonly tasks: readonly ProcessorTaskInfo[];
};

/** Arguments of {@link getProcessorTask}. */
export interface GetProcessorTaskArgs {
    /** Processing task id. */
    readonly taskId: string;
}

const LIST_ARGS = lookupArgs("getProcessorTasks", processorTaskListQuerySchema);
const ONE_ARGS = lookupArgs("getProcessorTask", NO_QUERY, ["taskId"]);

/**
 * Lists the project's processing tasks, following the pages to the end (at most 100 pages; see docs/lookups.md).
 * @throws LookupError for a wrong argument (before any request) or a list longer than the bound.
 */
export async function getProcessorTasks(args: GetProcessorTasksArgs = {}): Promise<GetProcessorTasksResult> {
    const shape = { items: "tasks", total: "count", idOf: (t: ProcessorTaskResponse) => t.task_id } as const;
    const tasks = await readList(LIST_ARGS, args, shape, (client, page) => client.listProcessorTasks(page));
    return tasks as GetProcessorTasksResult;
}

/** The Output form of {@link getProcessorTasks}. */
export function getProcessorTasksOutput(
    args: DeepInputs<GetProcessorTasksArgs> = {},
    opts?: LookupOutputOptions,
): pulumi.Output<GetProcessorTasksResult> {
    return outputForm(getProcessorTasks, args, opts);
}

/**
 * One processing task.
 * @throws LookupError for a wrong argument; the client's error for an unknown task (ModelArts.4700).
 */
export async function getProcessorTask(args: GetProcessorTaskArgs): Promise<ProcessorTaskInfo> {
    checkedQuery(ONE_ARGS, args);
    return camelCased(await programClient().getProcessorTask(args.taskId));
}

/** The Output form of {@link getProcessorTask}. */
export function getProcessorTaskOutput(
    args: DeepInputs<GetProcessorTaskArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<ProcessorTaskInfo> {
    return outputForm(getProcessorTask, args, opts);
}

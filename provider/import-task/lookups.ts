/**
 * Import-task lookups: `getImportTasks` ("Querying the Dataset Import Task List": `limit`, `offset`) and
 * `getImportTask` ("Querying Details About a Dataset Import Task"). The service answers an unknown task id with
 * `status: "NOT_EXIST"` (docs/api-notes.md, "Not found"): the lookup fails instead of returning it as a task.
 */
import type * as pulumi from "@pulumi/pulumi";
import { pageQuerySchema } from "../client/modelarts/queries";
import type { ImportTaskListResponse, ImportTaskResponse, PageQuery } from "../client/types";
import type { DeepInputs } from "../resources/inputs";
import { checkedQuery, lookupArgs, NO_QUERY } from "../lookups/args";
import { Camel, camelCased } from "../lookups/camel-case";
import { LookupError } from "../lookups/errors";
import { readList } from "../lookups/paging";
import { LookupOutputOptions, outputForm, programClient } from "../lookups/program";

/** An import task as the service describes it, in camelCase. */
export type ImportTaskInfo = Camel<ImportTaskResponse>;

/** Arguments of {@link getImportTasks}: the dataset, and the query parameters of its import task list. */
export type GetImportTasksArgs = Camel<PageQuery> & {
    /** Dataset id. */
    readonly datasetId: string;
};

/** Result of {@link getImportTasks}: the dataset's import tasks, newest first, from page `offset` on. */
export type GetImportTasksResult = Omit<Camel<ImportTaskListResponse>, "importTasks"> & {
    /** The import tasks of every page read. */
    readonly importTasks: readonly ImportTaskInfo[];
};

/** Arguments of {@link getImportTask}. */
export interface GetImportTaskArgs {
    /** Dataset id. */
    readonly datasetId: string;
    /** Import task id. */
    readonly taskId: string;
}

const LIST_ARGS = lookupArgs("getImportTasks", pageQuerySchema, ["datasetId"]);
const ONE_ARGS = lookupArgs("getImportTask", NO_QUERY, ["datasetId", "taskId"]);

/**
 * Lists a dataset's import tasks, following the pages to the end (at most 100 pages; see docs/lookups.md).
 * @throws LookupError for a wrong argument (before any request) or a list longer than the bound.
 */
export async function getImportTasks(args: GetImportTasksArgs): Promise<GetImportTasksResult> {
    const shape = { items: "import_tasks", total: "total_count", idOf: (t: ImportTaskResponse) => t.task_id } as const;
    const tasks = await readList(LIST_ARGS, args, shape, (client, page) =>
        client.listImportTasks(args.datasetId, page),
    );
    return tasks as GetImportTasksResult;
}

/** The Output form of {@link getImportTasks}. */
export function getImportTasksOutput(
    args: DeepInputs<GetImportTasksArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<GetImportTasksResult> {
    return outputForm(getImportTasks, args, opts);
}

/**
 * One import task.
 * @throws LookupError for a wrong argument or a task the service reports as `NOT_EXIST`; the client's error for
 * an unknown dataset (ModelArts.4352).
 */
export async function getImportTask(args: GetImportTaskArgs): Promise<ImportTaskInfo> {
    checkedQuery(ONE_ARGS, args);
    const task = await programClient().getImportTask(args.datasetId, args.taskId);
    if (task.status === "NOT_EXIST") {
        throw new LookupError(
            "getImportTask",
            `dataset ${args.datasetId} has no import task ${args.taskId} (NOT_EXIST)`,
        );
    }
    return camelCased(task);
}

/** The Output form of {@link getImportTask}. */
export function getImportTaskOutput(
    args: DeepInputs<GetImportTaskArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<ImportTaskInfo> {
    return outputForm(getImportTask, args, opts);
}

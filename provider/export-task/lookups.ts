/**
 * Export-task lookups: `getExportTasks` ("Querying the Dataset Export Task List": `export_type`, `limit`,
 * `offset`) and `getExportTask` ("Querying the Status of a Dataset Export Task"; an unknown id is the client's
 * error ModelArts.4359).
 */
import type * as pulumi from "@pulumi/pulumi";
import { exportTaskListQuerySchema } from "../client/modelarts/export-tasks";
import type { ExportTaskListQuery, ExportTaskListResponse, ExportTaskResponse } from "../client/types";
import type { DeepInputs } from "../resources/inputs";
import { checkedQuery, lookupArgs, NO_QUERY } from "../lookups/args";
import { Camel, camelCased } from "../lookups/camel-case";
import { readList } from "../lookups/paging";
import { LookupOutputOptions, outputForm, programClient } from "../lookups/program";

/** An export task as the service describes it, in camelCase. */
export type ExportTaskInfo = Camel<ExportTaskResponse>;

/** Arguments of {@link getExportTasks}: the dataset, and the query parameters of its export task list. */
export type GetExportTasksArgs = Camel<ExportTaskListQuery> & {
    /** Dataset id. */
    readonly datasetId: string;
};

/** Result of {@link getExportTasks}: the dataset's export tasks from page `offset` on. */
export type GetExportTasksResult = Omit<Camel<ExportTaskListResponse>, "exportTasks"> & {
    /** The export tasks of every page read. */
    readonly exportTasks: readonly ExportTaskInfo[];
};

/** Arguments of {@link getExportTask}. */
export interface GetExportTaskArgs {
    /** Dataset id. */
    readonly datasetId: string;
    /** Export task id. */
    readonly taskId: string;
}

const LIST_ARGS = lookupArgs("getExportTasks", exportTaskListQuerySchema, ["datasetId"]);
const ONE_ARGS = lookupArgs("getExportTask", NO_QUERY, ["datasetId", "taskId"]);

/**
 * Lists a dataset's export tasks, following the pages to the end (at most 100 pages; see docs/lookups.md).
 * @throws LookupError for a wrong argument (before any request) or a list longer than the bound.
 */
export async function getExportTasks(args: GetExportTasksArgs): Promise<GetExportTasksResult> {
    const shape = { items: "export_tasks", total: "total_count", idOf: (t: ExportTaskResponse) => t.task_id } as const;
    const tasks = await readList(LIST_ARGS, args, shape, (client, page) =>
        client.listExportTasks(args.datasetId, page),
    );
    return tasks as GetExportTasksResult;
}

/** The Output form of {@link getExportTasks}. */
export function getExportTasksOutput(
    args: DeepInputs<GetExportTasksArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<GetExportTasksResult> {
    return outputForm(getExportTasks, args, opts);
}

/**
 * One export task.
 * @throws LookupError for a wrong argument; the client's error for an unknown task (ModelArts.4359) or dataset.
 */
export async function getExportTask(args: GetExportTaskArgs): Promise<ExportTaskInfo> {
    checkedQuery(ONE_ARGS, args);
    return camelCased(await programClient().getExportTask(args.datasetId, args.taskId));
}

/** The Output form of {@link getExportTask}. */
export function getExportTaskOutput(
    args: DeepInputs<GetExportTaskArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<ExportTaskInfo> {
    return outputForm(getExportTask, args, opts);
}

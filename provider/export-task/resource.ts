/**
 * ExportTask: exports a dataset's samples to OBS (`exportDest: "DIR"`) or to a new dataset.
 *
 * | Pulumi | API reference: "Creating a Dataset Export Task", "Querying the Status of a Dataset Export Task"    |
 * |--------|-----------------------------------------------------------------------------------------------------|
 * | create | `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks`, then `GET …/export-tasks/{task_id}` until `SUCCESSED` |
 * | read   | `GET …/export-tasks/{task_id}` (ModelArts.4359 → gone)                                               |
 * | update | no API call for `timeout`; resumes waiting on a task that failed to initialize                      |
 * | delete | none: the API cannot delete an export task, so the task is forgotten                               |
 */
import * as pulumi from "@pulumi/pulumi";
import type { ExportTaskArgs } from "./args";
import { exportTaskOutputs } from "./outputs";
import { exportTaskInputs } from "./inputs";
import type { ExportTaskResponse } from "../client/types";
import type { OutputProperties } from "../resources/outputs";
import { registration } from "../resources/registration";

export type { ExportTaskArgs } from "./args";

// The class's outputs come from its output table (one declaration per output, with its TSDoc): declaration merging
// adds them to the class's instance type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ExportTask extends OutputProperties<ExportTaskResponse, typeof exportTaskOutputs> {}

/**
 * A dataset export task. `pulumi up` creates it and waits for `SUCCESSED`; `FAILED` or `STOPPED` fail the
 * update but keep the task in state until the next `up` replaces it. Any change to a field sent to the API or to
 * `triggers` replaces it; deleting forgets it.
 *
 * @example
 * ```ts
 * import * as modelarts from "pulumi-modelarts-data";
 *
 * const exported = new modelarts.ExportTask("to-obs", {
 *     datasetId: "WxCREuCkBSAlQr9xrde",
 *     path: "/my-bucket/export/",
 *     exportParams: { exportDest: "DIR" },
 * });
 * export const exportedSamples = exported.finishedSampleCount;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ExportTask extends pulumi.dynamic.Resource {
    constructor(name: string, args: ExportTaskArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            ...registration("ExportTask", { inputs: exportTaskInputs, outputs: exportTaskOutputs }, name, args, opts),
        );
    }
}

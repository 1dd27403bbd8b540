/**
 * ImportTask: imports samples (and labels) from OBS into a ModelArts dataset.
 *
 * | Pulumi | ModelArts API reference: "Creating an Import Task", "Querying Details About a Dataset Import Task" |
 * |--------|------------------------------------------------------------------------------------------------------|
 * | create | `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks`, then `GET …/import-tasks/{task_id}` until `COMPLETED` |
 * | read   | `GET …/import-tasks/{task_id}` (`NOT_EXIST` → gone)                                                   |
 * | update | no API call for `timeout`; resumes waiting on a task that failed to initialize                       |
 * | delete | none: the API cannot delete or cancel an import task, so the task is forgotten                      |
 */
import * as pulumi from "@pulumi/pulumi";
import type { ImportTaskArgs } from "./args";
import { importTaskOutputs } from "./outputs";
import { importTaskInputs } from "./inputs";
import type { ImportTaskResponse } from "../client/types";
import type { OutputProperties } from "../resources/outputs";
import { registration } from "../resources/registration";

export type { ImportTaskArgs } from "./args";

// The class's outputs come from its output table (one declaration per output, with its TSDoc): declaration merging
// adds them to the class's instance type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ImportTask extends OutputProperties<ImportTaskResponse, typeof importTaskOutputs> {}

/**
 * A dataset import task. `pulumi up` creates it with one API call and waits until it is `COMPLETED`; the outputs
 * report the counts. Any change to a field sent to the API or to `triggers` replaces the resource (a new import
 * task), and so does a task that ended `FAILED`; `timeout` changes in place. Deleting the resource only forgets the
 * task: ModelArts has no delete for import tasks.
 *
 * @example
 * ```ts
 * import * as modelarts from "pulumi-modelarts-data";
 *
 * const raw = new modelarts.ImportTask("raw", {
 *     datasetId: "WxCREuCkBSAlQr9xrde",
 *     importPath: "obs://my-bucket/raw/cats-dogs/",
 *     importType: "dir",
 *     triggers: ["2026-12-08"], // a new batch date imports again
 * });
 * export const imported = raw.importedSampleCount;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ImportTask extends pulumi.dynamic.Resource {
    constructor(name: string, args: ImportTaskArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            ...registration("ImportTask", { inputs: importTaskInputs, outputs: importTaskOutputs }, name, args, opts),
        );
    }
}

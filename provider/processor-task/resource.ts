/**
 * ProcessorTask: runs a data processing template (validation, cleansing, selection, augmentation, analysis).
 *
 * | Pulumi | ModelArts API reference: "Creating a Processing Task" and the other processing-task pages     |
 * |--------|-----------------------------------------------------------------------------------------------|
 * | create | `POST /v2/{project_id}/processor-tasks`, then `GET …/processor-tasks/{task_id}` until status 2 |
 * | read   | `GET …/processor-tasks/{task_id}` (ModelArts.4700 → gone)                                      |
 * | update | `PUT …/processor-tasks/{task_id}` when `description` changes; resumes a failed wait            |
 * | delete | `DELETE …/processor-tasks/{task_id}` (already gone counts as deleted)                          |
 */
import * as pulumi from "@pulumi/pulumi";
import type { ProcessorTaskArgs } from "./args";
import { processorTaskOutputs } from "./outputs";
import { processorTaskInputs } from "./inputs";
import type { ProcessorTaskResponse } from "../client/types";
import type { OutputProperties } from "../resources/outputs";
import { registration } from "../resources/registration";

export type { ProcessorTaskArgs } from "./args";

// The class's outputs come from its output table (one declaration per output, with its TSDoc): declaration merging
// adds them to the class's instance type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ProcessorTask extends OutputProperties<ProcessorTaskResponse, typeof processorTaskOutputs> {}

/**
 * A data processing task. `pulumi up` creates it and waits for status 2 (completed); 3 (failed) and 4 (stopped)
 * fail the update but keep the task in state, and the next `up` replaces it with a new task. `description` changes
 * in place; any other change, or of `triggers`, replaces the task; deleting the resource deletes the task.
 *
 * @example
 * ```ts
 * import * as modelarts from "pulumi-modelarts-data";
 *
 * const validated = new modelarts.ProcessorTask("validate", {
 *     name: "validate-raw",
 *     inputs: [{ type: "DATASET", source: "WxCREuCkBSAlQr9xrde" }],
 *     workPath: { type: "DATASET", path: "WxCREuCkBSAlQr9xrde", versionName: "V001" },
 *     createVersion: true,
 *     template: {
 *         id: "sys_data_validation",
 *         operatorParams: [{ name: "MetaValidation", params: { task_type: "image_classification" } }],
 *     },
 * });
 * export const validationStatus = validated.statusName;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ProcessorTask extends pulumi.dynamic.Resource {
    constructor(name: string, args: ProcessorTaskArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            ...registration(
                "ProcessorTask",
                { inputs: processorTaskInputs, outputs: processorTaskOutputs },
                name,
                args,
                opts,
            ),
        );
    }
}

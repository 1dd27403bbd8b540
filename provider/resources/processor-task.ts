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
import type { ProcessorTaskInputs } from "../schemas/processor-task";
import { DeepInputs } from "./inputs";
import { thinProvider } from "./thin-provider";

/** Arguments of {@link ProcessorTask}: the processor-task create body in camelCase, plus provider-side options. */
export type ProcessorTaskArgs = DeepInputs<ProcessorTaskInputs>;

/** Every output, seeded `undefined` so the SDK registers it as an output property of the resource. */
const PROCESSOR_TASK_OUTPUTS = {
    taskId: undefined, status: undefined, statusName: undefined, durationSeconds: undefined,
    versionCount: undefined, versionId: undefined, versionName: undefined, result: undefined, errorMsg: undefined,
    errorCode: undefined, createTime: undefined,
};

const processorTaskProvider = thinProvider("ProcessorTask");

/**
 * A data processing task. `pulumi up` creates it and waits for status 2 (completed); 3 (failed) and 4 (stopped)
 * fail the update but keep the task in state, and the next `up` replaces it with a new task. `description` changes
 * in place; any other change, or of `triggers`, replaces the task; deleting the resource deletes the task.
 */
export class ProcessorTask extends pulumi.dynamic.Resource {
    /** The processing task id, also the resource id. */
    declare readonly taskId: pulumi.Output<string>;
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped. */
    declare readonly status: pulumi.Output<number>;
    /** `status` as a word: `INITIALIZED`, `RUNNING`, `COMPLETED`, `FAILED`, `STOPPED`. */
    declare readonly statusName: pulumi.Output<string>;
    /** Running time, in seconds. */
    declare readonly durationSeconds: pulumi.Output<number | undefined>;
    /** Number of versions of the task. */
    declare readonly versionCount: pulumi.Output<number | undefined>;
    /** Dataset version id the task worked on. */
    declare readonly versionId: pulumi.Output<string | undefined>;
    /** Dataset version name the task worked on. */
    declare readonly versionName: pulumi.Output<string | undefined>;
    /** Output of a feature-analysis task, as plain JSON. */
    declare readonly result: pulumi.Output<unknown>;
    /** Error message of a failed task. */
    declare readonly errorMsg: pulumi.Output<string | undefined>;
    /** `ModelArts.4700` when the task vanished while `pulumi up` waited on it (the next `up` replaces it). */
    declare readonly errorCode: pulumi.Output<string | undefined>;
    /** When the task was created (epoch milliseconds). */
    declare readonly createTime: pulumi.Output<number | undefined>;

    constructor(name: string, args: ProcessorTaskArgs, opts?: pulumi.CustomResourceOptions) {
        super(processorTaskProvider, name, { ...PROCESSOR_TASK_OUTPUTS, ...args }, opts, "modelarts", "ProcessorTask");
    }
}

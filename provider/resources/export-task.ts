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
import type { ExportTaskInputs } from "../schemas/export-task";
import { DeepInputs } from "./inputs";
import { thinProvider } from "./thin-provider";

/** Arguments of {@link ExportTask}: the export-task create body in camelCase, plus provider-side options. */
export type ExportTaskArgs = DeepInputs<ExportTaskInputs>;

/** Every output, seeded `undefined` so the SDK registers it as an output property of the resource. */
const EXPORT_TASK_OUTPUTS = {
    taskId: undefined, status: undefined, progress: undefined, totalSampleCount: undefined,
    finishedSampleCount: undefined, createTime: undefined, updateTime: undefined, errorCode: undefined,
    errorMsg: undefined, versionId: undefined, versionFormat: undefined, exportFormat: undefined,
};

const exportTaskProvider = thinProvider("ExportTask");

/**
 * A dataset export task. `pulumi up` creates it and waits for `SUCCESSED`; `FAILED` or `STOPPED` fail the
 * update but keep the task in state until the next `up` replaces it. Any change to a field sent to the API or to
 * `triggers` replaces it; deleting forgets it.
 */
export class ExportTask extends pulumi.dynamic.Resource {
    /** The export task id, also the resource id. */
    declare readonly taskId: pulumi.Output<string>;
    /** `INIT`, `RUNNING`, `SUCCESSED`, `FAILED` (or `STOPPING`, `STOPPED`). */
    declare readonly status: pulumi.Output<string>;
    /** Progress, in percent. */
    declare readonly progress: pulumi.Output<number | undefined>;
    /** Total number of samples. */
    declare readonly totalSampleCount: pulumi.Output<number | undefined>;
    /** Number of samples exported. */
    declare readonly finishedSampleCount: pulumi.Output<number | undefined>;
    /** When the task was created (epoch milliseconds). */
    declare readonly createTime: pulumi.Output<number | undefined>;
    /** When the task was last updated (epoch milliseconds). */
    declare readonly updateTime: pulumi.Output<number | undefined>;
    /** Error code of a failed task. */
    declare readonly errorCode: pulumi.Output<string | undefined>;
    /** Error message of a failed task. */
    declare readonly errorMsg: pulumi.Output<string | undefined>;
    /** Dataset version id. */
    declare readonly versionId: pulumi.Output<string | undefined>;
    /** Format of the dataset version (`Default`, `CarbonData`, `CSV`). */
    declare readonly versionFormat: pulumi.Output<string | undefined>;
    /** Layout of the exported directory: 1 tree, 2 tile. */
    declare readonly exportFormat: pulumi.Output<number | undefined>;

    constructor(name: string, args: ExportTaskArgs, opts?: pulumi.CustomResourceOptions) {
        super(exportTaskProvider, name, { ...EXPORT_TASK_OUTPUTS, ...args }, opts, "modelarts", "ExportTask");
    }
}

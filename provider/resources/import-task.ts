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
import type { ImportTaskInputs } from "../schemas/import-task";
import { DeepInputs } from "./inputs";
import { thinProvider } from "./thin-provider";

/** Arguments of {@link ImportTask}: the import-task create body in camelCase, plus provider-side options. */
export type ImportTaskArgs = DeepInputs<ImportTaskInputs>;

/** Every output, seeded `undefined` so the SDK registers it as an output property of the resource. */
const IMPORT_TASK_OUTPUTS = {
    taskId: undefined, status: undefined, totalSampleCount: undefined, importedSampleCount: undefined,
    annotatedSampleCount: undefined, unconfirmedSampleCount: undefined, totalSubSampleCount: undefined,
    importedSubSampleCount: undefined, totalFileCount: undefined, finishedFileCount: undefined,
    totalFileSize: undefined, finishedFileSize: undefined, createTime: undefined, updateMs: undefined,
    elapsedTime: undefined, errorCode: undefined, errorMsg: undefined, processorTaskId: undefined,
    processorTaskStatus: undefined,
};

const importTaskProvider = thinProvider("ImportTask");

/**
 * A dataset import task. `pulumi up` creates it with one API call and waits until it is `COMPLETED`; the outputs
 * report the counts. Any change to a field sent to the API or to `triggers` replaces the resource (a new import
 * task), and so does a task that ended `FAILED`; `timeout` changes in place. Deleting the resource only forgets the task: ModelArts has no delete for import tasks.
 */
export class ImportTask extends pulumi.dynamic.Resource {
    /** The import task id, also the resource id. */
    declare readonly taskId: pulumi.Output<string>;
    /** `QUEUING`, `STARTING`, `RUNNING`, `COMPLETED` or `FAILED`. */
    declare readonly status: pulumi.Output<string>;
    /** Total number of samples. */
    declare readonly totalSampleCount: pulumi.Output<number | undefined>;
    /** Number of imported samples. */
    declare readonly importedSampleCount: pulumi.Output<number | undefined>;
    /** Number of labeled samples. */
    declare readonly annotatedSampleCount: pulumi.Output<number | undefined>;
    /** Number of samples to be confirmed. */
    declare readonly unconfirmedSampleCount: pulumi.Output<number | undefined>;
    /** Total number of subsamples generated from the parent samples. */
    declare readonly totalSubSampleCount: pulumi.Output<number | undefined>;
    /** Number of imported subsamples. */
    declare readonly importedSubSampleCount: pulumi.Output<number | undefined>;
    /** Total number of files. */
    declare readonly totalFileCount: pulumi.Output<number | undefined>;
    /** Number of files transferred. */
    declare readonly finishedFileCount: pulumi.Output<number | undefined>;
    /** Total file size, in bytes. */
    declare readonly totalFileSize: pulumi.Output<number | undefined>;
    /** Size transferred, in bytes. */
    declare readonly finishedFileSize: pulumi.Output<number | undefined>;
    /** When the task was created (epoch milliseconds). */
    declare readonly createTime: pulumi.Output<number | undefined>;
    /** When the task was last updated (epoch milliseconds). */
    declare readonly updateMs: pulumi.Output<number | undefined>;
    /** Running time, in seconds. */
    declare readonly elapsedTime: pulumi.Output<number | undefined>;
    /** Error code of a failed task (`ModelArts.xxxx`). */
    declare readonly errorCode: pulumi.Output<string | undefined>;
    /** Error message of a failed task. */
    declare readonly errorMsg: pulumi.Output<string | undefined>;
    /** Id of the preprocessing task the import started, if any. */
    declare readonly processorTaskId: pulumi.Output<string | undefined>;
    /** Status of that preprocessing task. */
    declare readonly processorTaskStatus: pulumi.Output<number | undefined>;

    constructor(name: string, args: ImportTaskArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            importTaskProvider,
            name,
            { ...IMPORT_TASK_OUTPUTS, ...args, dataSource: secretWhenItHoldsAPassword(args.dataSource) },
            withSecretOutputs(opts, ["dataSource"]),
            "modelarts",
            "ImportTask",
        );
    }
}

/**
 * `dataSource.sourceInfo.userPassword` (a GaussDB(DWS) password) must not sit in state in plain text, even when
 * the user forgot `pulumi.secret`: the whole `dataSource` input becomes secret when it holds one.
 */
function secretWhenItHoldsAPassword(dataSource: ImportTaskArgs["dataSource"]): ImportTaskArgs["dataSource"] {
    if (dataSource === undefined) return undefined;
    return pulumi.output(dataSource).apply((ds) => {
        const info = ds?.sourceInfo as { userPassword?: unknown } | undefined;
        return info?.userPassword !== undefined ? pulumi.secret(ds) : ds;
    }) as ImportTaskArgs["dataSource"];
}

/** Adds outputs that must be stored as secrets (docs/architecture.md, fact 8). */
function withSecretOutputs(
    opts: pulumi.CustomResourceOptions | undefined,
    names: string[],
): pulumi.CustomResourceOptions {
    return { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...names] };
}

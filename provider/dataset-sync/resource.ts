/**
 * DatasetSync: synchronizes a dataset's samples and labels from its input path.
 *
 * | Pulumi | ModelArts API reference: "Synchronizing a Dataset", "Querying the Status of a Dataset Synchronization Task" |
 * |--------|------------------------------------------------------------------------------------------------------|
 * | create | waits out a synchronization going already; `POST …/datasets/{dataset_id}/sync-data`, then `GET …/sync-data/status` until its own run is `COMPLETED` |
 * | read   | `GET …/sync-data/status` (`NOT_EXIST`, or a later run in its place → gone)                           |
 * | update | no API call for `timeout`; resumes waiting on a run that failed to initialize                        |
 * | delete | none: the API cannot delete or cancel a synchronization, so the run is forgotten                    |
 */
import * as pulumi from "@pulumi/pulumi";
import type { DatasetSyncArgs } from "./args";
import { datasetSyncOutputs } from "./outputs";
import { datasetSyncInputs } from "./inputs";
import type { DatasetSyncResponse } from "../client/types";
import type { OutputProperties } from "../resources/outputs";
import { registration } from "../resources/registration";

export type { DatasetSyncArgs } from "./args";

// The class's outputs come from its output table (one declaration per output, with its TSDoc): declaration merging
// adds them to the class's instance type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface DatasetSync extends OutputProperties<DatasetSyncResponse, typeof datasetSyncOutputs> {}

/**
 * A dataset synchronization from the dataset's input path. `pulumi up` waits out a synchronization already going
 * (the console's, another stack's), starts its own with one API call and waits until that run is `COMPLETED`; the
 * outputs report the samples added and deleted. A change to `datasetId` or `triggers` replaces the resource (a new
 * synchronization), and so does a run that ended `FAILED`; `timeout` changes in place. Deleting the resource only
 * forgets the run. Text datasets cannot be synchronized.
 *
 * @example
 * ```ts
 * import * as modelarts from "pulumi-modelarts-data";
 *
 * const sync = new modelarts.DatasetSync("sync", {
 *     datasetId: "WxCREuCkBSAlQr9xrde",
 *     triggers: ["2026-12-08"], // a new batch date synchronizes again
 * });
 * export const added = sync.addedSampleCount;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DatasetSync extends pulumi.dynamic.Resource {
    constructor(name: string, args: DatasetSyncArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            ...registration(
                "DatasetSync",
                { inputs: datasetSyncInputs, outputs: datasetSyncOutputs },
                name,
                args,
                opts,
            ),
        );
    }
}

/**
 * DatasetVersion: a published version of a dataset, what `ExportTask` and `ProcessorTask` take as `versionId`.
 *
 * | Pulumi | ModelArts API reference: "Creating a Dataset Labeling Version", "Querying Details About a Dataset Version", "Deleting a Dataset Labeling Version" |
 * |--------|------------------------------------------------------------------------------------------------------|
 * | create | `POST …/datasets/{dataset_id}/versions`, then `GET …/versions/{version_id}` until status 1 (published) |
 * | read   | `GET …/versions/{version_id}` (4353, 4352/4338 or status 3 → gone)                                     |
 * | update | none: there is no modify API, so any change but `timeout` publishes a new version                     |
 * | delete | `DELETE …/versions/{version_id}`: the version goes, its data in OBS stays                              |
 */
import * as pulumi from "@pulumi/pulumi";
import type { DatasetVersionArgs } from "./args";
import { datasetVersionOutputs } from "./outputs";
import { datasetVersionInputs } from "./inputs";
import type { DatasetVersionResponse } from "../client/types";
import type { OutputProperties } from "../resources/outputs";
import { registration } from "../resources/registration";

export type { DatasetVersionArgs } from "./args";

// The class's outputs come from its output table (one declaration per output, with its TSDoc): declaration merging
// adds them to the class's instance type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface DatasetVersion extends OutputProperties<DatasetVersionResponse, typeof datasetVersionOutputs> {}

/**
 * A published dataset version. `pulumi up` publishes it with one API call and waits until it is published; a
 * failed publish fails the update, its service message in the error, and the next `up` publishes anew. Any
 * change but `timeout` publishes a new version; deleting the resource deletes the version, never its data in OBS.
 *
 * @example
 * ```ts
 * import * as modelarts from "pulumi-modelarts-data";
 *
 * const release = new modelarts.DatasetVersion("release", {
 *     datasetId: "WxCREuCkBSAlQr9xrde",
 *     versionName: "release-1",
 *     trainEvaluateSampleRatio: "0.8",
 * });
 * export const versionId = release.versionId;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DatasetVersion extends pulumi.dynamic.Resource {
    constructor(name: string, args: DatasetVersionArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            ...registration(
                "DatasetVersion",
                { inputs: datasetVersionInputs, outputs: datasetVersionOutputs },
                name,
                args,
                opts,
            ),
        );
    }
}

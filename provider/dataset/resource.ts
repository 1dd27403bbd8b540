/**
 * Dataset: a ModelArts dataset, the container the tasks import into, process and export from.
 *
 * | Pulumi | ModelArts API reference: "Creating a Dataset", "Querying Details About a Dataset", "Modifying a Dataset", "Deleting a Dataset" |
 * |--------|------------------------------------------------------------------------------------------------------|
 * | create | `POST /v2/{project_id}/datasets`, then `GET …/datasets/{dataset_id}` until status 1 (normal)         |
 * | read   | `GET …/datasets/{dataset_id}` (4352/4338 or status 3 → gone)                                          |
 * | update | `PUT …/datasets/{dataset_id}` with only the changed name, description and labels                     |
 * | delete | `DELETE …/datasets/{dataset_id}`: the dataset goes, its source files in OBS stay                     |
 */
import * as pulumi from "@pulumi/pulumi";
import type { DatasetArgs } from "./args";
import { datasetOutputs } from "./outputs";
import { datasetInputs } from "./inputs";
import type { DatasetResponse } from "../client/types";
import type { OutputProperties } from "../resources/outputs";
import { registration } from "../resources/registration";

export type { DatasetArgs } from "./args";

// The class's outputs come from its output table (one declaration per output, with its TSDoc): declaration merging
// adds them to the class's instance type.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Dataset extends OutputProperties<DatasetResponse, typeof datasetOutputs> {}

/**
 * A dataset. `pulumi up` creates it with one API call and waits until it is usable (status normal); its files in
 * OBS become its samples. The name, description and labels change in place; any other change replaces the
 * dataset, and a replacement that keeps the name deletes the old dataset first (names are unique). Deleting the
 * resource deletes the dataset, never its source files. A name already used by a dataset this resource did not
 * create fails the create, naming that dataset: set `adoptDatasetId` to take it over.
 *
 * @example
 * ```ts
 * import * as modelarts from "pulumi-modelarts-data";
 *
 * const dataset = new modelarts.Dataset("animals", {
 *     datasetName: "animals",
 *     datasetType: 0, // image classification
 *     dataSources: [{ dataType: 0, dataPath: "/my-bucket/raw/cats-dogs/" }],
 *     workPath: "/my-bucket/datasets/",
 *     labels: [{ name: "cat" }, { name: "dog" }],
 * });
 * export const datasetId = dataset.datasetId;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Dataset extends pulumi.dynamic.Resource {
    constructor(name: string, args: DatasetArgs, opts?: pulumi.CustomResourceOptions) {
        super(...registration("Dataset", { inputs: datasetInputs, outputs: datasetOutputs }, name, args, opts));
    }
}

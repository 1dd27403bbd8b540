/**
 * Dataset lookups: `getDatasets` ("Querying the Dataset List", every documented query parameter) and `getDataset`
 * (by id: "Querying Details About a Dataset"; by exact name: the list, then the details of the one match). The
 * list's `search_content` is a fuzzy keyword and its `total_number` is capped at 100 (docs/api-notes.md,
 * "Datasets"), so a name is matched exactly here, and the pages are read until a short one.
 */
import type * as pulumi from "@pulumi/pulumi";
import { datasetListQuerySchema } from "../client/modelarts/datasets";
import { ID_PARAM } from "../client/modelarts/queries";
import type { DatasetFields, DatasetListQuery, DatasetListResponse, DatasetResponse } from "../client/types";
import type { DeepInputs } from "../resources/inputs";
import { checkedQuery, lookupArgs } from "../lookups/args";
import { Camel, camelCased } from "../lookups/camel-case";
import { LookupError } from "../lookups/errors";
import { allPages } from "../lookups/paging";
import { LookupOutputOptions, outputForm, programClient } from "../lookups/program";

/** Arguments of {@link getDatasets}: the query parameters of "Querying the Dataset List", in camelCase. */
export type GetDatasetsArgs = Camel<DatasetListQuery>;

/** A dataset as the service describes it (the list's DatasetAndFilePreview, or the details), in camelCase. */
export type DatasetInfo = Omit<Camel<DatasetResponse>, "datasetId"> & {
    /** Dataset id. */
    readonly datasetId: string;
};

/** Result of {@link getDatasets}: every matching dataset, from page `offset` on. */
export type GetDatasetsResult = Omit<Camel<DatasetListResponse>, "datasets"> & {
    /** The datasets of every page read. */
    readonly datasets: readonly DatasetInfo[];
};

/** Arguments of {@link getDataset}: exactly one of the two. */
export type GetDatasetArgs =
    | {
          /** Dataset id. */
          readonly datasetId: string;
          /** Not with `datasetId`. */
          readonly name?: undefined;
      }
    | {
          /** The dataset's exact name (`dataset_name`). */
          readonly name: string;
          /** Not with `name`. */
          readonly datasetId?: undefined;
      };

/** Result of {@link getDataset}: the dataset's details ("Querying Details About a Dataset"). */
export type GetDatasetResult = DatasetInfo;

const LIST_ARGS = lookupArgs("getDatasets", datasetListQuerySchema);

/** A dataset by id or by its exact name (1 to 100 characters, "Creating a Dataset"): not a query of the API. */
const ONE_ARGS = lookupArgs("getDataset", {
    type: "object",
    properties: { dataset_id: ID_PARAM, name: { type: "string", minLength: 1, maxLength: 100 } },
    additionalProperties: false,
});

/**
 * Lists the project's datasets ("Querying the Dataset List"), following the pages to the end (at most 100 pages;
 * see docs/lookups.md). `offset` is the first page to read, `limit` the page size (1 to 100, default 100).
 * @throws LookupError for a wrong argument (before any request) or a list longer than the bound.
 */
export async function getDatasets(args: GetDatasetsArgs = {}): Promise<GetDatasetsResult> {
    const query = checkedQuery(LIST_ARGS, args);
    return camelCased(await listAll("getDatasets", query));
}

/** The Output form of {@link getDatasets}. */
export function getDatasetsOutput(
    args: DeepInputs<GetDatasetsArgs> = {},
    opts?: LookupOutputOptions,
): pulumi.Output<GetDatasetsResult> {
    return outputForm(getDatasets, args, opts);
}

/**
 * One dataset, by `datasetId` or by exact `name`. A name is searched with the list's fuzzy `search_content`, then
 * matched exactly: none or several exact matches fail, naming what was found.
 * @throws LookupError for wrong arguments or a name that matches no dataset or several; the client's error for
 * an unknown id (ModelArts.4352).
 */
export async function getDataset(args: GetDatasetArgs): Promise<GetDatasetResult> {
    const lookup = "getDataset";
    const { dataset_id: datasetId, name } = checkedQuery(ONE_ARGS, args);
    if ((datasetId === undefined) === (name === undefined)) {
        throw new LookupError(
            lookup,
            'give either "datasetId" or "name" (the exact dataset name), not both or neither',
        );
    }
    const id = datasetId ?? (await idOfName(lookup, name as string));
    return camelCased(await programClient().getDataset(id));
}

/** The Output form of {@link getDataset}: `getDatasetOutput({ name: "cats-dogs" }).datasetId` is an `Output<string>`. */
export function getDatasetOutput(
    args: DeepInputs<GetDatasetArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<GetDatasetResult> {
    return outputForm(getDataset, args, opts);
}

async function idOfName(lookup: string, name: string): Promise<string> {
    const { datasets } = await listAll(lookup, { search_content: name, dataset_version: "all" });
    const exact = datasets.filter((d) => d.dataset_name === name);
    const [only] = exact;
    if (exact.length === 1 && only !== undefined) return only.dataset_id;
    if (exact.length > 1) {
        const ids = exact.map((d) => d.dataset_id).join(", ");
        throw new LookupError(lookup, `${exact.length} datasets are named "${name}" (ids ${ids}): give "datasetId"`);
    }
    const similar = datasets.map((d) => JSON.stringify(d.dataset_name)).slice(0, 10);
    const found = similar.length === 0 ? "no dataset" : `only ${similar.join(", ")}`;
    throw new LookupError(lookup, `no dataset is named "${name}"; a search for it found ${found}`);
}

type ListedDataset = DatasetResponse & { readonly dataset_id: string };

/** Every page of the list for `query`, each dataset with its id. */
async function listAll(
    lookup: string,
    query: DatasetListQuery,
): Promise<Omit<DatasetListResponse, "datasets"> & { readonly datasets: readonly ListedDataset[] }> {
    const client = programClient();
    // total_number is capped at 100 (sic): only a short page ends the list.
    const answer = await allPages(
        lookup,
        query,
        { items: "datasets", idOf: (d: DatasetFields) => d.dataset_id },
        (offset, limit) => client.listDatasets({ ...query, offset, limit }),
    );
    const datasets = answer.datasets ?? [];
    if (!datasets.every((d): d is ListedDataset => typeof d.dataset_id === "string")) {
        throw new LookupError(lookup, 'the service listed a dataset without a "dataset_id"');
    }
    return { ...answer, datasets };
}

/**
 * Dataset-version lookups: `getDatasetVersions` ("Querying the Dataset Version List": `status`,
 * `train_evaluate_ratio`, `version_format`, `offset`, `limit`) and `getDatasetVersion` ("Querying Details About a
 * Dataset Version"). `versionFormat` is written as the bodies write it (`Default`, `CarbonData`, `CSV`) and sent
 * as the integer the list's filter takes (docs/api-notes.md, "Datasets and dataset versions").
 */
import type * as pulumi from "@pulumi/pulumi";
import { datasetVersionListQuerySchema } from "../client/modelarts/dataset-versions";
import type { DatasetVersionFields, DatasetVersionListQuery, DatasetVersionListResponse } from "../client/types";
import type { DeepInputs } from "../resources/inputs";
import { checkedQuery, lookupArgs, NO_QUERY } from "../lookups/args";
import { Camel, camelCased } from "../lookups/camel-case";
import { allPages } from "../lookups/paging";
import { LookupOutputOptions, outputForm, programClient } from "../lookups/program";

/** A dataset version as the service describes it (the list's DatasetVersion, or the details), in camelCase. */
export type DatasetVersionInfo = Camel<DatasetVersionFields>;

/** Arguments of {@link getDatasetVersions}: the dataset, and the query parameters of its version list. */
export type GetDatasetVersionsArgs = Camel<DatasetVersionListQuery> & {
    /** Dataset id. */
    readonly datasetId: string;
};

/** Result of {@link getDatasetVersions}: the dataset's versions, from page `offset` on. */
export type GetDatasetVersionsResult = Omit<Camel<DatasetVersionListResponse>, "versions"> & {
    /** The versions of every page read. */
    readonly versions: readonly DatasetVersionInfo[];
};

/** Arguments of {@link getDatasetVersion}. */
export interface GetDatasetVersionArgs {
    /** Dataset id. */
    readonly datasetId: string;
    /** Version id. */
    readonly versionId: string;
}

const LIST_ARGS = lookupArgs("getDatasetVersions", datasetVersionListQuerySchema, ["datasetId"]);
const ONE_ARGS = lookupArgs("getDatasetVersion", NO_QUERY, ["datasetId", "versionId"]);

/**
 * Lists a dataset's versions, following the pages to the end (at most 100 pages; see docs/lookups.md). `offset`
 * is the first page to read, `limit` the page size (1 to 1000).
 * @throws LookupError for a wrong argument (before any request) or a list longer than the bound; the client's error
 * for an unknown dataset (ModelArts.4352).
 */
export async function getDatasetVersions(args: GetDatasetVersionsArgs): Promise<GetDatasetVersionsResult> {
    const query = checkedQuery(LIST_ARGS, args);
    const client = programClient();
    const answer = await allPages(
        "getDatasetVersions",
        query,
        { items: "versions", total: "total_number", idOf: (v: DatasetVersionFields) => v.version_id },
        (offset, limit) => client.listDatasetVersions(args.datasetId, { ...query, offset, limit }),
    );
    return camelCased(answer);
}

/** The Output form of {@link getDatasetVersions}. */
export function getDatasetVersionsOutput(
    args: DeepInputs<GetDatasetVersionsArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<GetDatasetVersionsResult> {
    return outputForm(getDatasetVersions, args, opts);
}

/**
 * One dataset version.
 * @throws LookupError for a wrong argument (before any request); the client's error for an unknown version
 * (ModelArts.4353) or dataset (ModelArts.4352).
 */
export async function getDatasetVersion(args: GetDatasetVersionArgs): Promise<DatasetVersionInfo> {
    checkedQuery(ONE_ARGS, args);
    return camelCased(await programClient().getDatasetVersion(args.datasetId, args.versionId));
}

/** The Output form of {@link getDatasetVersion}. */
export function getDatasetVersionOutput(
    args: DeepInputs<GetDatasetVersionArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<DatasetVersionInfo> {
    return outputForm(getDatasetVersion, args, opts);
}

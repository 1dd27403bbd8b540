/**
 * DatasetVersion: `POST /v2/{project_id}/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version"),
 * then `GET …/versions/{version_id}` ("Querying Details About a Dataset Version") until status 1 (published; the
 * page calls it "running"); 4 is a failed publish, its reason in `message`. There is no modify API: every change
 * publishes a new version. Delete is `DELETE …/versions/{version_id}` ("Deleting a Dataset Labeling Version"), which
 * keeps the data in OBS (docs/api-notes.md, "Datasets and dataset versions").
 */
import type { ModelArtsClient } from "../client/api";
import type { DatasetVersionFields, DatasetVersionResponse } from "../client/dataset-types";
import { DATASET_VERSION_NOT_FOUND_CODES, ModelArtsError } from "../client/errors";
import { datasetVersionInputs } from "../schemas/dataset-version";
import { datasetVersionOutputs, VERSION_STATUS_NAMES, versionStatusName } from "./dataset-version-outputs";
import { readOutputs } from "./outputs";
import { statusLine } from "./progress";
import { apiReason, deadEndOf, echoes, listAll, matchingIds, StatusRules } from "./state";
import type { Inputs, Managed, MatchFilter, TaskKind } from "./task-kind";

const VERSION: Managed = { noun: "dataset version", idOutput: "versionId", adoptInput: "adoptVersionId" };

const UNFINISHED = new Set(["0"]);

const STATUS_RULES: StatusRules = {
    failed: [4],
    gone: [3],
    notFoundCodes: DATASET_VERSION_NOT_FOUND_CODES,
    word: versionStatusName,
    managed: VERSION,
};

/**
 * Refusals that pass once another publish ends ("Error Codes"): 4370 one version per minute, 4343 a publish or
 * import already running.
 */
const BUSY_CODES = new Set(["ModelArts.4370", "ModelArts.4343"]);

const datasetOf = (inputs: Inputs) => String(inputs.datasetId);

export const datasetVersionKind: TaskKind<DatasetVersionResponse> = {
    name: "DatasetVersion",
    managed: VERSION,
    inputs: datasetVersionInputs,
    uniqueField: "versionName",

    // ModelArts.4371: the version name exists in the dataset.
    conflictOf(error) {
        if (!ModelArtsError.isInstance(error)) return undefined;
        if (error.errorCode === "ModelArts.4371") return "taken";
        return BUSY_CODES.has(error.errorCode ?? "") ? "busy" : undefined;
    },

    async submit(client: ModelArtsClient, inputs: Inputs) {
        const body = datasetVersionInputs.requestBody(inputs);
        return (await client.createDatasetVersion(datasetOf(inputs), body)).version_id;
    },

    fetch: (client, inputs, versionId, options) => client.getDatasetVersion(datasetOf(inputs), versionId, options),

    isGone: (raw) => raw.status === 3,
    notFoundCodes: DATASET_VERSION_NOT_FOUND_CODES,
    documentedStatuses: VERSION_STATUS_NAMES.map((_, status) => status),
    deadEnd: (outputs) => deadEndOf(outputs, STATUS_RULES),

    accept(raw) {
        if (raw.status === 1) return { state: "succeeded" };
        if (raw.status === 4)
            return { state: "failed", reason: apiReason(undefined, raw.message, "publishing failed") };
        if (raw.status === 2) return { state: "failed", reason: "the version is being deleted (status 2)" };
        return { state: "running" };
    },

    // A version reports no share of its work done: the waiter follows its plain schedule.
    progressOf: () => undefined,

    state: (raw, versionId) => readOutputs(datasetVersionOutputs, raw, versionId),

    statusLineOf: (raw) => statusLine(versionStatusName(raw.status), raw.version_name),
    summaryOf: (raw) =>
        statusLine(
            versionStatusName(raw.status),
            raw.version_name,
            raw.total_sample_count === undefined ? undefined : `${raw.total_sample_count} samples`,
        ),

    /**
     * A version this resource may already have: still publishing (or created since a POST whose answer was lost),
     * with this name if the inputs give one, and the same settings as far as the list shows them ("Querying the
     * Dataset Version List").
     */
    async findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter) {
        // Unnamed, a version is this resource's only when a POST of unknown outcome may have made it: a version
        // publishing when the create began may be another resource's, or a processing task's.
        if (inputs.versionName === undefined && filter.createdSinceMs === undefined) return [];
        // The service answers the ratio in its shortest form ("0.80" as "0.8"): it is left out of the comparison.
        const { train_evaluate_sample_ratio: _ratio, ...body } = datasetVersionInputs.requestBody(inputs);
        const listed = (await listVersions(client, inputs)).map((v) => ({ ...v, task_id: v.version_id }));
        return matchingIds(client, listed, (v) => echoes(body, v), filter, UNFINISHED);
    },

    async holderOf(client: ModelArtsClient, inputs: Inputs) {
        const holder = (await listVersions(client, inputs)).find((v) => v.version_name === inputs.versionName);
        return typeof holder?.version_id === "string"
            ? { taskId: holder.version_id, status: versionStatusName(holder.status) }
            : undefined;
    },

    async remove(client, inputs, versionId) {
        await client.deleteDatasetVersion(datasetOf(inputs), versionId);
    },
};

/** The dataset's versions ("Querying the Dataset Version List": `limit` up to 1000, `offset` a page number). */
function listVersions(client: ModelArtsClient, inputs: Inputs): Promise<DatasetVersionFields[]> {
    return listAll(async (page) => {
        const answer = await client.listDatasetVersions(datasetOf(inputs), page);
        return { items: [...answer.versions], total: answer.total_number ?? Infinity };
    });
}

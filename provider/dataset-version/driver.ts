/**
 * DatasetVersion: `POST /v2/{project_id}/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version"),
 * then `GET …/versions/{version_id}` ("Querying Details About a Dataset Version") until it is published
 * (`statuses.ts`); a failed publish gives its reason in `message`. There is no modify API: every change
 * publishes a new version. Delete is `DELETE …/versions/{version_id}` ("Deleting a Dataset Labeling Version"), which
 * keeps the data in OBS (docs/api-notes.md, "Datasets and dataset versions").
 */
import type { ModelArtsClient } from "../client/api";
import type { DatasetVersionFields, DatasetVersionResponse } from "../client/types";
import { DATASET_VERSION_NOT_FOUND_CODES, ModelArtsError } from "../client/errors";
import { readAllPages } from "../client/pager";
import { defineDriver, type NameHolder } from "../impl/kind-driver";
import { apiReason, echoes, matchingIds } from "../impl/matching";
import { statusLine } from "../impl/progress";
import { leftOverStatuses, wordOf } from "../schemas/status-table";
import { datasetVersionInputs, type DatasetVersionInputs } from "./inputs";
import { datasetVersionOutputs } from "./outputs";
import { datasetVersionStatuses } from "./statuses";

/**
 * Refusals that pass once another publish ends ("Error Codes"): 4370 one version per minute, 4343 a publish or
 * import already running.
 */
const BUSY_CODES = new Set(["ModelArts.4370", "ModelArts.4343"]);

const wordFor = (status: unknown) => wordOf(datasetVersionStatuses, status);

/** How a listed one holds its unique value. */
const nameHolder = (v: DatasetVersionFields): NameHolder => ({
    id: v.version_id,
    value: v.version_name,
    status: v.status,
});

export const datasetVersionDriver = defineDriver<DatasetVersionResponse, DatasetVersionInputs>(
    { inputs: datasetVersionInputs, outputs: datasetVersionOutputs, statuses: datasetVersionStatuses },
    {
        kind: "DatasetVersion",
        managed: { noun: "dataset version", idOutput: "versionId", adoptInput: "adoptVersionId" },
        notFoundCodes: DATASET_VERSION_NOT_FOUND_CODES,
        uniqueField: "versionName",

        // ModelArts.4371: the version name exists in the dataset.
        conflictOf(error) {
            if (!ModelArtsError.isInstance(error)) return undefined;
            if (error.errorCode === "ModelArts.4371") return "taken";
            return BUSY_CODES.has(error.errorCode ?? "") ? "busy" : undefined;
        },

        async submit(client, inputs) {
            const body = datasetVersionInputs.requestBody(inputs);
            return (await client.createDatasetVersion(inputs.datasetId, body)).version_id;
        },

        fetch: (client, inputs, versionId, options) => client.getDatasetVersion(inputs.datasetId, versionId, options),

        failureOf: (raw) => apiReason(undefined, raw.message, "publishing failed"),

        // A version reports no share of its work done: the waiter follows its plain schedule.
        progressOf: () => undefined,

        statusLineOf: (raw) => statusLine(wordFor(raw.status), raw.version_name),
        summaryOf: (raw) =>
            statusLine(
                wordFor(raw.status),
                raw.version_name,
                raw.total_sample_count === undefined ? undefined : `${raw.total_sample_count} samples`,
            ),

        /**
         * A version this resource may already have: still publishing (or created since a POST whose answer was lost),
         * with this name if the inputs give one, and the same settings as far as the list shows them ("Querying the
         * Dataset Version List").
         */
        async findMatching(client, inputs, filter) {
            // Unnamed, a version is this resource's only when a POST of unknown outcome may have made it: a version
            // publishing when the create began may be another resource's, or a processing task's.
            if (inputs.versionName === undefined && filter.createdSinceMs === undefined) return [];
            // The service answers the ratio in its shortest form ("0.80" as "0.8"): it is left out of the comparison.
            const { train_evaluate_sample_ratio: _ratio, ...body } = datasetVersionInputs.requestBody(inputs);
            const listed = await listVersions(client, inputs);
            return matchingIds(client, listed, (v) => echoes(body, v), filter, {
                idOf: (v) => v.version_id,
                leftOver: leftOverStatuses(datasetVersionStatuses),
            });
        },

        listNamed: async (client, inputs) => (await listVersions(client, inputs)).map(nameHolder),

        async remove(client, inputs, versionId) {
            await client.deleteDatasetVersion(inputs.datasetId, versionId);
        },
    },
);

/** The dataset's versions ("Querying the Dataset Version List"). */
function listVersions(client: ModelArtsClient, inputs: DatasetVersionInputs): Promise<DatasetVersionFields[]> {
    return readAllPages({
        what: `the versions of dataset ${inputs.datasetId}`,
        idOf: (v: DatasetVersionFields) => v.version_id,
        fetchPage: async (offset, limit) => {
            const answer = await client.listDatasetVersions(inputs.datasetId, { offset, limit });
            return { items: answer.versions, total: answer.total_number };
        },
    });
}

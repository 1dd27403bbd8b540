/**
 * Dataset: `POST /v2/{project_id}/datasets` ("Creating a Dataset"), then `GET …/datasets/{dataset_id}` ("Querying
 * Details About a Dataset") until it is normal (`statuses.ts`). The name, the description and the labels change in
 * place (`PUT`, "Modifying a Dataset", only what changed, labels as add/delete/update lists), and a refresh reads
 * them back; delete is `DELETE …/datasets/{dataset_id}` ("Deleting a Dataset"), which keeps the source data
 * (docs/api-notes.md, "Datasets and dataset versions").
 */
import type { ModelArtsClient } from "../client/api";
import type { DatasetFields, DatasetResponse } from "../client/types";
import { DATASET_NOT_FOUND_CODES, ModelArtsError } from "../client/errors";
import { readAllPages } from "../client/pager";
import { defineDriver, type NameHolder } from "../impl/kind-driver";
import { echoes, matchingIds } from "../impl/matching";
import { statusLine } from "../impl/progress";
import { leftOverStatuses, wordOf } from "../schemas/status-table";
import { withoutSecrets } from "../schemas/secret-paths";
import { datasetInputs, type DatasetInputs } from "./inputs";
import { modifyBody, observedLabels } from "./labels";
import { datasetOutputs } from "./outputs";
import { datasetStatuses } from "./statuses";

/** How a listed one holds its unique value. */
const nameHolder = (d: DatasetFields): NameHolder => ({ id: d.dataset_id, value: d.dataset_name, status: d.status });

export const datasetDriver = defineDriver<DatasetResponse, DatasetInputs>(
    { inputs: datasetInputs, outputs: datasetOutputs, statuses: datasetStatuses },
    {
        kind: "Dataset",
        managed: { noun: "dataset", idOutput: "datasetId", adoptInput: "adoptDatasetId" },
        notFoundCodes: DATASET_NOT_FOUND_CODES,
        uniqueField: "datasetName",

        // ModelArts.4351: the dataset name exists ("Error Codes"; names are unique in a project).
        conflictOf: (error) =>
            ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4351" ? "taken" : undefined,

        async submit(client, inputs) {
            return (await client.createDataset(createBody(inputs))).dataset_id;
        },

        // The client redacts a data-source password the answer echoes.
        fetch: (client, _inputs, datasetId, options) => client.getDataset(datasetId, {}, options),

        failureOf: (raw) =>
            `the dataset is ${wordOf(datasetStatuses, raw.status).toLowerCase()} (status ${String(raw.status)})`,

        // A dataset reports no share of its work done: the waiter follows its plain schedule.
        progressOf: () => undefined,

        statusLineOf: (raw) => statusLine(wordOf(datasetStatuses, raw.status), samplesOf(raw)),
        summaryOf: (raw) =>
            statusLine(
                wordOf(datasetStatuses, raw.status),
                samplesOf(raw),
                raw.annotated_sample_count === undefined ? undefined : `${raw.annotated_sample_count} labeled`,
            ),

        listNamed: async (client, inputs) => (await listNamed(client, inputs)).map(nameHolder),

        /**
         * A dataset holding this name is not necessarily this resource's: another stack or the console may have made
         * it. It is adopted only when it can be this resource's own left-over: still being created (or created since
         * a POST whose answer was lost), with the same type, data source, work path and description as far as the list
         * shows them ("Querying the Dataset List"; labels change in place, so they are not compared, and a password
         * the list may mask is left out).
         */
        async findMatching(client, inputs, filter) {
            const { labels: _labels, ...body } = withoutSecrets(datasetInputs, {
                description: "",
                ...createBody(inputs),
            });
            const listed = await listNamed(client, inputs);
            return matchingIds(client, listed, (d) => echoes(body, d), filter, {
                idOf: (d) => d.dataset_id,
                leftOver: leftOverStatuses(datasetStatuses),
            });
        },

        async updateInPlace(client, datasetId, olds, news) {
            const body = modifyBody(olds, news);
            if (Object.keys(body).length > 0) await client.updateDataset(datasetId, body);
        },

        // What "Querying Details About a Dataset" answers for the inputs "Modifying a Dataset" changes.
        inPlaceValuesOf: (raw, recorded) => ({
            ...(typeof raw.dataset_name === "string" ? { datasetName: raw.dataset_name } : {}),
            ...(typeof raw.description === "string" && (raw.description !== "" || recorded.description !== undefined)
                ? { description: raw.description }
                : {}),
            ...(Array.isArray(raw.labels) ? { labels: observedLabels(raw.labels, recorded.labels) } : {}),
        }),

        async remove(client, _inputs, datasetId) {
            try {
                await client.deleteDataset(datasetId);
            } catch (error) {
                // ModelArts.4344: the dataset is being deleted already ("Error Codes"), which is what a delete wants.
                if (!(ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4344")) throw error;
            }
        },
    },
);

/** The create body: `work_path_type` is always sent, 0 (OBS) unless given (docs/api-notes.md). */
function createBody(inputs: DatasetInputs): Record<string, unknown> {
    return { work_path_type: 0, ...datasetInputs.requestBody(inputs) };
}

/** The datasets named exactly as this resource's (`search_content` is a fuzzy search). */
async function listNamed(client: ModelArtsClient, inputs: DatasetInputs): Promise<DatasetFields[]> {
    const name = inputs.datasetName;
    // `total_number` "cannot exceed 100" (sic): read on until a short page (docs/api-notes.md).
    const listed = await readAllPages({
        what: `the datasets named like "${name}"`,
        idOf: (d: DatasetFields) => d.dataset_id,
        fetchPage: async (offset, limit) => ({
            items: (await client.listDatasets({ offset, limit, search_content: name })).datasets ?? [],
        }),
    });
    return listed.filter((d) => d.dataset_name === name);
}

function samplesOf(raw: DatasetResponse): string | undefined {
    return raw.total_sample_count === undefined ? undefined : `${raw.total_sample_count} samples`;
}

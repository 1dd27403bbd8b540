/**
 * Dataset: `POST /v2/{project_id}/datasets` ("Creating a Dataset"), then `GET …/datasets/{dataset_id}` ("Querying
 * Details About a Dataset") until status 1 (normal); 4 (abnormal) is a failure. The name, the description and the
 * labels change in place (`PUT`, "Modifying a Dataset", only what changed, labels as add/delete/update lists);
 * delete is `DELETE …/datasets/{dataset_id}` ("Deleting a Dataset"), which keeps the source data
 * (docs/api-notes.md, "Datasets and dataset versions").
 */
import { isDeepStrictEqual } from "util";
import type { ModelArtsClient } from "../client/api";
import type { DatasetFields, DatasetResponse, LabelBody, UpdateDatasetRequest } from "../client/dataset-types";
import { DATASET_NOT_FOUND_CODES, ModelArtsError } from "../client/errors";
import { datasetInputs } from "../schemas/dataset";
import { DATASET_STATUS_NAMES, datasetOutputs, datasetStatusName } from "./dataset-outputs";
import { readOutputs } from "./outputs";
import { statusLine } from "./progress";
import { deadEndOf, echoes, listAll, matchingIds, StatusRules } from "./state";
import type { Inputs, Managed, MatchFilter, TaskKind } from "./task-kind";

const DATASET: Managed = { noun: "dataset", idOutput: "datasetId", adoptInput: "adoptDatasetId" };

/**
 * Creating, and importing its data source: the states of a dataset an interrupted create left. (Synchronizing,
 * releasing and switching versions are states of a dataset in use, which may be another stack's.)
 */
const UNFINISHED = new Set(["0", "8"]);

const STATUS_RULES: StatusRules = {
    failed: [4],
    gone: [3],
    notFoundCodes: DATASET_NOT_FOUND_CODES,
    word: datasetStatusName,
    managed: DATASET,
};

export const datasetKind: TaskKind<DatasetResponse> = {
    name: "Dataset",
    managed: DATASET,
    inputs: datasetInputs,
    uniqueField: "datasetName",

    // ModelArts.4351: the dataset name exists ("Error Codes"; names are unique in a project).
    conflictOf: (error) =>
        ModelArtsError.isInstance(error) && error.errorCode === "ModelArts.4351" ? "taken" : undefined,

    async submit(client: ModelArtsClient, inputs: Inputs) {
        return (await client.createDataset(createBody(inputs))).dataset_id;
    },

    // The client redacts a data-source password the answer echoes.
    fetch: (client, _inputs, datasetId, options) => client.getDataset(datasetId, {}, options),

    isGone: (raw) => raw.status === 3,
    notFoundCodes: DATASET_NOT_FOUND_CODES,
    documentedStatuses: DATASET_STATUS_NAMES.map((_, status) => status),
    deadEnd: (outputs) => deadEndOf(outputs, STATUS_RULES),

    accept(raw) {
        if (raw.status === 1) return { state: "succeeded" };
        if (raw.status === 4) return { state: "failed", reason: "the dataset is abnormal (status 4)" };
        if (raw.status === 2) return { state: "failed", reason: "the dataset is being deleted (status 2)" };
        return { state: "running" };
    },

    // A dataset reports no share of its work done: the waiter follows its plain schedule.
    progressOf: () => undefined,

    state: (raw, datasetId) => readOutputs(datasetOutputs, raw, datasetId),

    statusLineOf: (raw) => statusLine(datasetStatusName(raw.status), samplesOf(raw)),
    summaryOf: (raw) =>
        statusLine(
            datasetStatusName(raw.status),
            samplesOf(raw),
            raw.annotated_sample_count === undefined ? undefined : `${raw.annotated_sample_count} labeled`,
        ),

    /**
     * A dataset holding this name is not necessarily this resource's: another stack or the console may have made
     * it. It is adopted only when it can be this resource's own left-over: still being created (or created since
     * a POST whose answer was lost), with the same type, data source, work path and description as far as the list
     * shows them ("Querying the Dataset List"; labels change in place, so they are not compared).
     */
    async findMatching(client: ModelArtsClient, inputs: Inputs, filter: MatchFilter) {
        // Labels are left out: the service may echo them with properties of its own, and they change in place.
        const { labels: _labels, ...body }: Record<string, unknown> = { description: "", ...createBody(inputs) };
        body.data_sources = withoutPasswords(body.data_sources);
        const listed = (await listNamed(client, inputs)).map((d) => ({ ...d, task_id: d.dataset_id }));
        return matchingIds(client, listed, (d) => echoes(body, d), filter, UNFINISHED);
    },

    async holderOf(client: ModelArtsClient, inputs: Inputs) {
        const [holder] = await listNamed(client, inputs);
        return typeof holder?.dataset_id === "string"
            ? { taskId: holder.dataset_id, status: datasetStatusName(holder.status) }
            : undefined;
    },

    async updateInPlace(client, datasetId, olds, news) {
        const body = modifyBody(olds, news);
        if (Object.keys(body).length > 0) await client.updateDataset(datasetId, body);
    },

    async remove(client, _inputs, datasetId) {
        await client.deleteDataset(datasetId);
    },
};

/** The create body: `work_path_type` is always sent, 0 (OBS) unless given (docs/api-notes.md). */
function createBody(inputs: Inputs): Record<string, unknown> {
    return { work_path_type: 0, ...datasetInputs.requestBody(inputs) };
}

/** The datasets named exactly as this resource's (`search_content` is a fuzzy search). */
async function listNamed(client: ModelArtsClient, inputs: Inputs): Promise<DatasetFields[]> {
    const name = String(inputs.datasetName);
    // `total_number` "cannot exceed 100" (sic): page on until a short page (docs/api-notes.md).
    const listed = await listAll(async (page) => {
        const answer = await client.listDatasets({ ...page, search_content: name });
        return { items: answer.datasets ?? [], total: Infinity };
    });
    return listed.filter((d) => d.dataset_name === name);
}

/**
 * The modify body: only what changed ("Modifying a Dataset"'s example sends only the changed fields). Labels change
 * by delta: added, deleted and updated labels, matched by name.
 */
export function modifyBody(olds: Inputs, news: Inputs): UpdateDatasetRequest {
    const changed = (field: string) => !isDeepStrictEqual(olds[field], news[field]);
    const [oldLabels, newLabels] = [labelBodies(olds), labelBodies(news)];
    const named = (labels: readonly LabelBody[], name: unknown) => labels.find((l) => l.name === name);
    const added = newLabels.filter((l) => named(oldLabels, l.name) === undefined);
    const deleted = oldLabels.filter((l) => named(newLabels, l.name) === undefined);
    const updated = newLabels.filter((l) => {
        const old = named(oldLabels, l.name);
        return old !== undefined && !isDeepStrictEqual(old, l);
    });
    return {
        ...(changed("datasetName") ? { dataset_name: String(news.datasetName) } : {}),
        ...(changed("description")
            ? { description: typeof news.description === "string" ? news.description : "" }
            : {}),
        ...(added.length > 0 ? { add_labels: added } : {}),
        ...(deleted.length > 0 ? { delete_labels: deleted } : {}),
        ...(updated.length > 0 ? { update_labels: updated } : {}),
    };
}

/** The inputs' labels in their body form (snake_case, `property` verbatim). */
function labelBodies(inputs: Inputs): LabelBody[] {
    const { labels } = datasetInputs.requestBody({ labels: inputs.labels });
    return Array.isArray(labels) ? (labels as LabelBody[]) : [];
}

/** Data sources without `source_info.user_password`, which a list may mask or leave out. */
function withoutPasswords(sources: unknown): unknown {
    if (!Array.isArray(sources)) return sources;
    return sources.map((source: Record<string, unknown>) => {
        const info = source.source_info as Record<string, unknown> | undefined;
        if (info === undefined) return source;
        const { user_password: _password, ...rest } = info;
        return { ...source, source_info: rest };
    });
}

function samplesOf(raw: DatasetResponse): string | undefined {
    return raw.total_sample_count === undefined ? undefined : `${raw.total_sample_count} samples`;
}

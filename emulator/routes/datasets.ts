/**
 * Datasets: `POST /v2/{project_id}/datasets` (Huawei Cloud "Creating a Dataset": `dataset_name`, `dataset_type`,
 * `data_sources`, `work_path`, `description`; answers `{dataset_id}`) and `GET …/datasets/{dataset_id}` ("Querying
 * Details About a Dataset"). The files under an OBS data source are added as samples at once, by the directory
 * import rules of `samples.ts`. Datasets can also be pre-created by option.
 */
import { datasetOf } from "../backend";
import { apiError } from "../errors";
import { Fields, isObject } from "../fields";
import { resourceId } from "../random";
import { Answer, RouteContext, Route, ok } from "../router";
import { DATASET_TYPES, scanDirectory } from "../samples";
import { DatasetRecord, Json, JsonObject, SampleRecord } from "../state";
import { ObsStorage, parseObsPath } from "../storage";

const DATASETS = "/v2/{project_id}/datasets";

/** The dataset routes. */
export const datasetRoutes: Route[] = [
    { method: "POST", pattern: DATASETS, handle: createDataset },
    { method: "GET", pattern: `${DATASETS}/{dataset_id}`, handle: getDataset },
];

function createDataset({ body, backend, now }: RouteContext): Answer {
    const fields = Fields.of(body, "ModelArts.0101");
    const name = fields.string("dataset_name");
    if (name === undefined || !/^[\w-]{1,64}$/.test(name)) throw apiError("ModelArts.0101");
    const state = backend.store.state;
    if (state.datasets.some((d) => d.name === name)) throw apiError("ModelArts.4351");
    const type = fields.choice("dataset_type", DATASET_TYPES) ?? 0;
    const workPath = fields.string("work_path");
    if (workPath !== undefined && parseObsPath(workPath, true) === undefined) throw apiError("ModelArts.4315");
    const dataSources = fields.array("data_sources") ?? [];
    const samples = dataSources.flatMap((source) => samplesOfSource(backend.storage, source, type));
    const dataset = addDataset(state.datasets, {
        id: resourceId(),
        name,
        type,
        description: fields.description() ?? "",
        workPath,
        dataSources,
        createTime: now,
        updateTime: now,
        samples,
    });
    backend.store.touch();
    return ok({ dataset_id: dataset.id });
}

function samplesOfSource(storage: ObsStorage, source: Json, type: number): SampleRecord[] {
    if (!isObject(source) || (source.data_type ?? 0) !== 0) throw apiError("ModelArts.0101");
    const location = typeof source.data_path === "string" ? parseObsPath(source.data_path, true) : undefined;
    if (location === undefined) throw apiError("ModelArts.4315");
    if (storage.kind(location) !== "dir") throw apiError("ModelArts.4312");
    return scanDirectory(storage, storage.listFiles(location), type);
}

/** Adds a dataset to the list (samples deduplicated by id) and returns it. */
export function addDataset(datasets: DatasetRecord[], dataset: DatasetRecord): DatasetRecord {
    const added = { ...dataset, samples: mergeSamples([], dataset.samples) };
    datasets.push(added);
    return added;
}

/** `existing` plus `incoming`, a sample already present (same id) being replaced; sorted by source. */
export function mergeSamples(existing: readonly SampleRecord[], incoming: readonly SampleRecord[]): SampleRecord[] {
    const byId = new Map(existing.map((s) => [s.id, s]));
    for (const sample of incoming) byId.set(sample.id, sample);
    return [...byId.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

function getDataset({ params, backend }: RouteContext): Answer {
    return ok(datasetView(datasetOf(backend.store.state, params.dataset_id)));
}

function datasetView(dataset: DatasetRecord): JsonObject {
    const annotated = dataset.samples.filter((s) => s.labels.length > 0).length;
    return {
        dataset_id: dataset.id,
        dataset_name: dataset.name,
        dataset_type: dataset.type,
        dataset_format: 0,
        data_format: "Default",
        description: dataset.description,
        status: 1,
        data_sources: dataset.dataSources,
        ...(dataset.workPath === undefined ? {} : { work_path: dataset.workPath, work_path_type: 0 }),
        create_time: dataset.createTime,
        update_time: dataset.updateTime,
        total_sample_count: dataset.samples.length,
        annotated_sample_count: annotated,
        unconfirmed_sample_count: 0,
    };
}

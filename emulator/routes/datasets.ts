/**
 * Datasets: `POST /v2/{project_id}/datasets` ("Creating a Dataset", 201 `{dataset_id}`), `GET/PUT/DELETE
 * …/datasets/{dataset_id}` ("Querying Details About a Dataset", "Modifying a Dataset": 200 `{dataset_id}`,
 * "Deleting a Dataset": 204) and `GET …/{dataset_id}/data-annotations/stats` ("Obtaining Dataset Statistics").
 * The list is served by `dataset-list.ts`.
 *
 * A new dataset runs like a task (status 0, 8 while importing, then 1; `model/dataset-views.ts`): the files of its OBS
 * source, read when it is created, become its samples when the run ends. Names are unique (4351). A modify changes
 * only `dataset_name`, `description`, `current_version_id` and labels; a create-only field in its body answers
 * ModelArts.0101 rather than being ignored. A deleted dataset, like an unknown one, answers 400 ModelArts.4352; its
 * files (data source and work path) stay. Datasets can also be pre-created by option.
 */
import { addDataset, datasetOf, removeDataset, startRun } from "../model/backend";
import { applyLabelChanges, labelsOf } from "../model/dataset-labels";
import { DATASET_NAME, datasetSpec } from "../model/dataset-spec";
import { datasetView, statsView } from "../model/dataset-views";
import { apiError, codedMessage } from "../errors";
import { Fields, booleanParam, integerParam } from "../model/fields";
import { resourceId } from "../random";
import { Answer, RouteContext, Route, ok } from "../http/router";
import { SAMPLE_STATES } from "../model/samples";
import { DatasetRecord, EmulatorState } from "../model/state";
import { Run, isActive, viewRun } from "../model/timeline";
import { versionOf } from "./dataset-versions";

const DATASETS = "/v2/{project_id}/datasets";
const DATASET = `${DATASETS}/{dataset_id}`;
const INVALID = "ModelArts.0101";

/** The dataset routes (the list: `dataset-list.ts`). */
export const datasetRoutes: Route[] = [
    { method: "POST", pattern: DATASETS, handle: createDataset },
    { method: "GET", pattern: DATASET, handle: getDataset },
    { method: "PUT", pattern: DATASET, handle: updateDataset },
    { method: "DELETE", pattern: DATASET, handle: deleteDataset },
    { method: "GET", pattern: `${DATASET}/data-annotations/stats`, handle: getStats },
];

function createDataset({ body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const id = resourceId();
    const spec = datasetSpec(body, backend.storage, id);
    if (state.datasets.some((d) => d.name === spec.name)) throw apiError("ModelArts.4351");
    const run = startRun(backend, now, codedMessage("ModelArts.4362"), undefined, body, "dataset");
    addDataset(state.datasets, { ...spec, id, createTime: now, updateTime: now, samples: [], run, versionCount: 0 });
    backend.store.touch();
    return { status: 201, body: { dataset_id: id } };
}

function getDataset({ params, query, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const runningType = integerParam(query, "running_task_type");
    if (runningType !== undefined && (runningType < 0 || runningType > 7)) throw apiError(INVALID);
    const check = booleanParam(query, "check_running_task") ?? false;
    const running = check ? runningTasks(state, dataset, now, runningType) : undefined;
    return ok(datasetView(state, dataset, now, running));
}

/**
 * The ids of the dataset's running tasks, of one `running_task_type` ("Querying Details About a Dataset": 2 export,
 * 5 manifest import, 6 version publishing; the emulator runs no task of the other types) or of any type.
 */
function runningTasks(state: EmulatorState, dataset: DatasetRecord, now: number, type: number | undefined): string[] {
    const active = (t: { readonly datasetId: string; readonly run: Run }) =>
        t.datasetId === dataset.id && isActive(t.run, now);
    const wanted = (taskType: number) => type === undefined || type === taskType;
    return [
        ...state.importTasks.filter((t) => active(t) && (type === undefined || (type === 5 && t.importType === 1))),
        ...state.exportTasks.filter((t) => active(t) && wanted(2)),
        ...state.datasetVersions.filter((v) => active(v) && wanted(6)),
    ].map((t) => t.id);
}

/** Fields that exist only in the create body ("Modifying a Dataset" accepts none of them). */
const CREATE_ONLY = [
    "dataset_type",
    "data_sources",
    "work_path",
    "work_path_type",
    "data_format",
    "schema",
    "labels",
    "label_format",
    "import_annotations",
    "import_data",
    "managed",
    "workspace_id",
    "workforce_information",
];

function updateDataset({ params, body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const fields = Fields.of(body, INVALID);
    fields.require(CREATE_ONLY.every((field) => fields.values[field] === undefined));
    const name = fields.string("dataset_name");
    fields.require(name === undefined || DATASET_NAME.test(name));
    const description = fields.description();
    const versionId = fields.string("current_version_id");
    const changes = {
        add: labelsOf(fields, "add_labels"),
        delete: labelsOf(fields, "delete_labels"),
        update: labelsOf(fields, "update_labels"),
    };
    if (state.datasets.some((d) => d.name === name && d !== dataset)) throw apiError("ModelArts.4351");
    const version = versionId === undefined ? undefined : versionOf(state, dataset, versionId);
    if (version !== undefined && viewRun(version.run, now).phase !== "succeeded") throw apiError("ModelArts.4824");
    dataset.name = name ?? dataset.name;
    dataset.description = description ?? dataset.description;
    dataset.currentVersionId = version?.id ?? dataset.currentVersionId;
    applyLabelChanges(dataset, changes);
    dataset.updateTime = now;
    backend.store.touch();
    return ok({ dataset_id: dataset.id });
}

/** 204; the dataset goes now, or stays deleting (status 2) for the backend's deletion time. */
function deleteDataset({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    if (dataset.deletingUntil !== undefined) throw apiError("ModelArts.4344");
    if (backend.datasetDeletionMs > 0) dataset.deletingUntil = now + backend.datasetDeletionMs;
    else removeDataset(state, dataset);
    backend.store.touch();
    return { status: 204 };
}

function getStats({ params, query, backend }: RouteContext): Answer {
    const dataset = datasetOf(backend.store.state, params.dataset_id);
    const sampleState = query.get("sample_state");
    if (sampleState !== null && !SAMPLE_STATES.includes(sampleState)) throw apiError(INVALID);
    return ok(statsView(dataset, sampleState));
}

/**
 * Dataset synchronization ("Synchronizing a Dataset", "Querying the Status of a Dataset Synchronization Task"):
 * `POST /v2/{project_id}/datasets/{dataset_id}/sync-data` (no body; 200 with no body, as the page documents none)
 * and `GET …/sync-data/status`, which answers the dataset's newest synchronization, whoever started it.
 *
 * A synchronization reads the dataset's input path (its data source's `data_path`) when it starts: samples the
 * path holds that the dataset lacks are added, and the dataset's samples from that path that the path no longer
 * holds are deleted, when the run completes. Its status goes QUEUING → RUNNING → COMPLETED over the task duration
 * (`fail` faults end it FAILED with ModelArts.4360; a missing input path fails it with 4312 when it would start).
 * Before any synchronization the status is `NOT_EXIST`. A synchronization while one is queued or running answers
 * 4355; a text dataset (types 100-102), which the page says cannot be synchronized, answers 2858 naming that.
 */
import { Backend, datasetOf, newestFirst, startRun } from "../model/backend";
import { apiError, codedMessage } from "../errors";
import { resourceId } from "../random";
import { Answer, Route, RouteContext, ok } from "../http/router";
import { scanDirectory } from "../model/samples";
import { DatasetRecord, DatasetSyncRecord, JsonObject, SampleRecord } from "../model/state";
import { ObsLocation, obsUrl, parseObsPath } from "../model/storage";
import { isActive, viewRun } from "../model/timeline";

const SYNC = "/v2/{project_id}/datasets/{dataset_id}/sync-data";

/** The dataset synchronization routes. */
export const datasetSyncRoutes: Route[] = [
    { method: "POST", pattern: SYNC, handle: startSync },
    { method: "GET", pattern: `${SYNC}/status`, handle: syncStatus },
];

/** The text dataset types ("Creating a Dataset", `dataset_type`). */
const TEXT_TYPES = [100, 101, 102];

function startSync({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    if (TEXT_TYPES.includes(dataset.type)) {
        throw apiError("ModelArts.2858", ["text datasets do not support synchronization"]);
    }
    // The dataset's status is 5 (synchronizing) meanwhile (`model/dataset-views.ts`).
    if (state.datasetSyncs.some((s) => s.datasetId === dataset.id && isActive(s.run, now))) {
        throw apiError("ModelArts.4355");
    }
    const location = inputPathOf(dataset);
    const found = location === undefined ? undefined : scanInputPath(backend, dataset, location);
    const changes =
        location === undefined || found === undefined
            ? { added: [], deletedIds: [] }
            : changesOf(dataset, location, found);
    const sync: DatasetSyncRecord = {
        id: resourceId(),
        datasetId: dataset.id,
        run: startRun(backend, now, codedMessage("ModelArts.4360"), found ? undefined : codedMessage("ModelArts.4312")),
        ...changes,
    };
    state.datasetSyncs.push(sync);
    state.created.sync++;
    backend.store.touch();
    return { status: 200 };
}

function syncStatus({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const [newest] = newestFirst(state.datasetSyncs.filter((s) => s.datasetId === dataset.id));
    return ok(newest === undefined ? { status: "NOT_EXIST", dataset_id: dataset.id } : syncView(newest, now));
}

/** The dataset's input path: its (one) data source's `data_path`, `/bucket/dir/` or with a scheme. */
function inputPathOf(dataset: DatasetRecord): ObsLocation | undefined {
    const [source] = dataset.dataSources;
    const path = typeof source === "object" && source !== null && !Array.isArray(source) ? source.data_path : undefined;
    return typeof path === "string" ? parseObsPath(path, true) : undefined;
}

/** The samples under the input path, or undefined when the path does not exist. */
function scanInputPath(backend: Backend, dataset: DatasetRecord, location: ObsLocation): SampleRecord[] | undefined {
    const storage = backend.storage;
    if (!storage.bucketExists(location.bucket) || storage.kind(location) !== "dir") return undefined;
    return scanDirectory(storage, storage.listFiles(location), dataset.type);
}

/** What a synchronization changes: new or relabelled samples, and the dataset's path samples that are gone. */
function changesOf(
    dataset: DatasetRecord,
    location: ObsLocation,
    found: readonly SampleRecord[],
): Pick<DatasetSyncRecord, "added" | "deletedIds"> {
    const held = new Map(dataset.samples.map((s) => [s.id, s]));
    const foundIds = new Set(found.map((s) => s.id));
    const under = obsUrl(location);
    return {
        added: found.filter((s) => held.get(s.id)?.labels.join(",") !== s.labels.join(",")),
        deletedIds: dataset.samples.filter((s) => s.source.startsWith(under) && !foundIds.has(s.id)).map((s) => s.id),
    };
}

const STATUS = { queued: "QUEUING", running: "RUNNING", succeeded: "COMPLETED", failed: "FAILED", stopped: "FAILED" };

function syncView(sync: DatasetSyncRecord, now: number): JsonObject {
    const view = viewRun(sync.run, now);
    const done = view.phase === "succeeded";
    return {
        task_id: sync.id,
        dataset_id: sync.datasetId,
        status: STATUS[view.phase],
        add_sample_count: done ? sync.added.length : 0,
        deleted_sample_count: done ? sync.deletedIds.length : 0,
        ...(sync.totalSampleCount === undefined ? {} : { total_sample_count: sync.totalSampleCount }),
        create_time: sync.run.createdAt,
        duration_time: Math.floor(view.elapsedMs / 1000),
        ...(sync.run.failure && view.phase === "failed"
            ? { error_code: sync.run.failure.code, error_msg: sync.run.failure.message }
            : {}),
    };
}

/**
 * Export tasks ("Creating a Dataset Export Task", "Querying the Dataset Export Task List",
 * "Querying the Status of a Dataset Export Task"): `POST/GET …/datasets/{dataset_id}/export-tasks`,
 * `GET …/export-tasks/{task_id}` (the page's `{resource_id}` is the dataset id, docs/api-notes.md).
 *
 * The samples to export are chosen when the task is created (`export_type` 0 labelled, 1 unlabelled, 2 all,
 * 3 by `sample_state` and `search_conditions`: label names, `sample_name`, `sample_dir`, `hard`; other conditions
 * are not emulated); the files are written when it succeeds (see `model/exporter.ts`). GET echoes the request with the
 * server's defaults, `path` in the `/bucket/dir/` form and `train_sample_ratio` as a number (documented quirks),
 * plus the undocumented `clear_difficult` of the list page's DIR example. Status INIT → RUNNING → SUCCESSED.
 */
import { datasetOf, datasetSamples, newestFirst, startRun } from "../model/backend";
import { apiError, codedMessage } from "../errors";
import { Fields, integerParam, isObject, omitKey, pageItems, pageOf } from "../model/fields";
import { SAMPLE_STATES } from "../model/samples";
import { resourceId } from "../random";
import { Answer, Route, RouteContext, collectionRoutes, ok } from "../http/router";
import { ExportTaskRecord, Json, JsonObject, SampleRecord } from "../model/state";
import { ObsLocation, parseObsPath } from "../model/storage";
import { viewRun } from "../model/timeline";

/** The export-task routes. */
export const exportTaskRoutes: Route[] = collectionRoutes(
    "/v2/{project_id}/datasets/{dataset_id}/export-tasks",
    "task_id",
    { create: createExportTask, list: listExportTasks, get: getExportTask },
);

const INVALID = "ModelArts.4384";

function createExportTask({ params, body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const fields = Fields.of(body, INVALID);
    const exportParams = exportParamsOf(fields.nested("export_params"));
    const rawPath = fields.string("path");
    const location = rawPath === undefined ? undefined : parseObsPath(rawPath, true);
    if (location === undefined) throw apiError("ModelArts.4358");
    const newName = exportParams.export_dest === "NEW_DATASET" ? exportParams.export_new_dataset_name : undefined;
    if (state.datasets.some((d) => d.name === newName)) throw apiError("ModelArts.4351");
    const echo: JsonObject = {
        export_type: fields.choice("export_type", [0, 1, 2, 3]) ?? null,
        export_format: fields.choice("export_format", [1, 2]) ?? 2,
        version_format: fields.choice("version_format", ["Default", "CarbonData", "CSV"]) ?? "Default",
        version_id: fields.string("version_id") ?? null,
        annotation_format: fields.choice("annotation_format", ["VOC", "COCO"]) ?? null,
        with_column_header: fields.boolean("with_column_header") ?? null,
        sample_state: fields.choice("sample_state", SAMPLE_STATES) ?? null,
        source_type_header: fields.choice("source_type_header", ["obs://", "s3://"]) ?? null,
        export_params: exportParams,
    };
    const task: ExportTaskRecord = {
        id: resourceId(),
        datasetId: dataset.id,
        path: `/${location.bucket}/${location.key}`,
        echo: withoutNulls(echo),
        sampleIds: selectSamples(datasetSamples(state, dataset, echo.version_id), echo, exportParams).map((s) => s.id),
        run: startRun(backend, now, codedMessage("ModelArts.4401"), undefined, body),
    };
    state.exportTasks.push(task);
    state.created.export++;
    backend.store.touch();
    return ok({ task_id: task.id });
}

function exportParamsOf(params: Fields): JsonObject {
    const dest = params.choice("export_dest", ["DIR", "NEW_DATASET"]) ?? "DIR";
    const ratio = params.values.train_sample_ratio ?? "1.00";
    const trainRatio = typeof ratio === "string" && /^\d+(\.\d+)?$/.test(ratio) ? Number(ratio) : ratio;
    params.require(typeof trainRatio === "number" && trainRatio >= 0 && trainRatio <= 1);
    params.choice("sample_state", SAMPLE_STATES);
    params.array("search_conditions");
    params.array("samples");
    if (dest === "NEW_DATASET") {
        const workPath = params.string("export_new_dataset_work_path");
        params.require(!!params.string("export_new_dataset_name") && parseObsPath(workPath ?? "", true) !== undefined);
    }
    return {
        ...params.values,
        export_dest: dest,
        clear_hard_property: params.boolean("clear_hard_property") ?? true,
        ...(dest === "DIR" ? { clear_difficult: false } : {}),
        train_sample_ratio: trainRatio,
        ratio_sample_usage: params.boolean("ratio_sample_usage") ?? false,
    };
}

function withoutNulls(object: JsonObject): JsonObject {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null));
}

function selectSamples(samples: readonly SampleRecord[], echo: JsonObject, exportParams: JsonObject): SampleRecord[] {
    const labelled = (s: SampleRecord) => s.labels.length > 0;
    const state = exportParams.sample_state ?? echo.sample_state;
    const conditions = Array.isArray(exportParams.search_conditions) ? exportParams.search_conditions : [];
    const ids = Array.isArray(exportParams.samples) ? exportParams.samples : undefined;
    return samples
        .filter((s) => (echo.export_type === 0 ? labelled(s) : echo.export_type === 1 ? !labelled(s) : true))
        .filter((s) => (state === "__ALL__" ? labelled(s) : state === "__NONE__" ? !labelled(s) : true))
        .filter((s) => echo.export_type !== 3 || conditions.length === 0 || conditions.some((c) => matches(s, c)))
        .filter((s) => ids === undefined || ids.includes(s.id));
}

function matches(sample: SampleRecord, condition: Json): boolean {
    if (!isObject(condition)) throw apiError(INVALID);
    const location = parseObsPath(sample.source) as ObsLocation;
    const slash = location.key.lastIndexOf("/");
    const list = isObject(condition.label_list) ? condition.label_list : {};
    const wanted = (Array.isArray(list.labels) ? list.labels : []).map((l) => (isObject(l) ? l.name : undefined));
    const hasLabel = (label: Json | undefined) => typeof label === "string" && sample.labels.includes(label);
    const labelsMatch = wanted.length === 0 || (list.op === "AND" ? wanted.every(hasLabel) : wanted.some(hasLabel));
    const dir = typeof condition.sample_dir === "string" ? parseObsPath(condition.sample_dir, true) : undefined;
    return (
        labelsMatch &&
        (condition.sample_name === undefined || condition.sample_name === location.key.slice(slash + 1)) &&
        (dir === undefined || (dir.bucket === location.bucket && dir.key === location.key.slice(0, slash + 1))) &&
        (condition.hard === undefined || condition.hard === (sample.hard ? "1" : "0"))
    );
}

function getExportTask({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    datasetOf(state, params.dataset_id);
    const task = state.exportTasks.find((t) => t.id === params.task_id && t.datasetId === params.dataset_id);
    if (task === undefined) throw apiError("ModelArts.4359");
    return ok(exportTaskView(task, now));
}

function listExportTasks({ params, query, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    datasetOf(state, params.dataset_id);
    const page = pageOf(query, 10, 100);
    const exportType = integerParam(query, "export_type");
    if (exportType !== undefined && ![0, 1, 2, 3].includes(exportType)) throw apiError("ModelArts.0101");
    const tasks = newestFirst(
        state.exportTasks.filter(
            (t) => t.datasetId === params.dataset_id && (exportType === undefined || t.echo.export_type === exportType),
        ),
    );
    return ok({ total_count: tasks.length, export_tasks: pageItems(tasks, page).map((t) => exportTaskView(t, now)) });
}

const STATUS = { queued: "INIT", running: "RUNNING", succeeded: "SUCCESSED", failed: "FAILED", stopped: "STOPPED" };

function exportTaskView(task: ExportTaskRecord, now: number): JsonObject {
    const view = viewRun(task.run, now);
    const total = task.sampleIds.length;
    const counted = view.phase === "running" || view.phase === "succeeded";
    const finished =
        view.phase === "succeeded" ? (task.finishedSampleCount ?? total) : Math.floor(total * view.progress);
    return {
        task_id: task.id,
        path: task.path,
        ...omitKey(task.echo, "source_type_header"),
        status: STATUS[view.phase],
        progress: view.phase === "succeeded" ? 100.0 : Math.round(view.progress * 1000) / 10,
        ...(counted ? { total_sample_count: total, finished_sample_count: finished } : {}),
        create_time: task.run.createdAt,
        update_time: view.since,
        ...(task.run.failure && view.phase === "failed"
            ? { error_code: task.run.failure.code, error_msg: task.run.failure.message }
            : {}),
    };
}

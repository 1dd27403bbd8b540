/**
 * The dataset list ("Querying the Dataset List"): `GET /v2/{project_id}/datasets` with every documented query
 * parameter. Each item is the dataset's detail view (the `GET …/datasets/{dataset_id}` route of `datasets.ts`,
 * called as is, so the two never disagree) with the list's own additions: `labels` only with `with_labels=true`,
 * four preview `samples` with `file_preview=true`, the running tasks with `check_running_task=true`.
 *
 * The version filters (`contain_versions`, `version_format`, `train_evaluate_ratio`) read the versions the detail
 * view reports (`dataset_version_count`, `versions`). `search_content` is fuzzy (a case-insensitive part of the
 * name). `total_number` is capped at 100, as the page says: clients must page until a short page
 * (docs/api-notes.md, "Datasets and dataset versions").
 */
import { apiError } from "../errors";
import { booleanParam, integerParam, isObject, omitKey, pageItems, pageOf } from "../model/fields";
import { Answer, Route, RouteContext, ok } from "../http/router";
import { DatasetRecord, EmulatorState, Json, JsonObject } from "../model/state";
import { isActive, Run } from "../model/timeline";
import { datasetRoutes } from "./datasets";

const DATASETS = "/v2/{project_id}/datasets";

/** The dataset list route. */
export const datasetListRoutes: Route[] = [{ method: "GET", pattern: DATASETS, handle: listDatasets }];

const INVALID = "ModelArts.0101";
/** `dataset_type` codes of the page (docs/api-notes.md, "Enumerations"). */
const DATASET_TYPES = [0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900];
/** The types `support_export=true` keeps: image classification, object detection, custom format. */
const EXPORTABLE_TYPES = [0, 1, 900];
/** `version_format` is an Integer as a filter and a String in answers. */
const VERSION_FORMATS = ["Default", "CarbonData", "CSV"];
/** `running_task_type` of the emulated tasks: 2 export, 5 manifest import. */
const EXPORT_TASK_TYPE = 2;
const MANIFEST_IMPORT_TYPE = 5;
const MAX_TOTAL_NUMBER = 100;
const PREVIEW_SAMPLES = 4;

const SORT_KEYS: Readonly<Record<string, (view: JsonObject) => number | string>> = {
    create_time: (view) => view.create_time as number,
    dataset_name: (view) => view.dataset_name as string,
};

function listDatasets(context: RouteContext): Answer {
    const { query, backend, now } = context;
    const state = backend.store.state;
    const page = pageOf(query, 10, 100);
    const sortKey = SORT_KEYS[query.get("sort_by") ?? "create_time"];
    const order = query.get("order") ?? "desc";
    if (sortKey === undefined || !["asc", "desc"].includes(order)) throw apiError(INVALID);
    const keep = listFilter(query);
    const withLabels = booleanParam(query, "with_labels");
    const withPreview = booleanParam(query, "file_preview");
    const runningType = choiceParam(query, "running_task_type", [0, 1, 2, 3, 4, 5, 6, 7]);
    const checkRunning = booleanParam(query, "check_running_task");
    choiceParam(query, "dataset_version", ["v1", "v2", "all"]); // every emulated dataset is of every kind
    const items = state.datasets
        .map((dataset) => ({ dataset, view: detailView(context, dataset) }))
        .filter(({ dataset, view }) => keep(dataset, view))
        .sort((a, b) => compare(sortKey(a.view), sortKey(b.view)) * (order === "asc" ? 1 : -1))
        .map(({ dataset, view }) => ({
            ...(withLabels ? { ...view, labels: declaredOrFound(view.labels, dataset) } : omitKey(view, "labels")),
            ...(withPreview ? { samples: previewOf(dataset) } : {}),
            ...(checkRunning ? runningTasks(state, dataset, runningType, now) : {}),
        }));
    return ok({ total_number: Math.min(items.length, MAX_TOTAL_NUMBER), datasets: pageItems(items, page) });
}

/** The dataset's answer to `GET …/datasets/{dataset_id}`. */
function detailView(context: RouteContext, dataset: DatasetRecord): JsonObject {
    const detail = datasetRoutes.find((r) => r.method === "GET" && r.pattern === `${DATASETS}/{dataset_id}`);
    const answer = detail?.handle({ ...context, params: { ...context.params, dataset_id: dataset.id } });
    if (answer?.body === undefined) throw new Error("the dataset detail route is missing");
    return answer.body;
}

/** The filters: type, exportable types, fuzzy name, workspace, and the version filters. */
function listFilter(query: URLSearchParams): (dataset: DatasetRecord, view: JsonObject) => boolean {
    const type = choiceParam(query, "dataset_type", DATASET_TYPES);
    const exportable = booleanParam(query, "support_export");
    const search = query.get("search_content")?.toLowerCase() ?? "";
    const workspace = query.get("workspace_id");
    const versionFilter = versionsFilter(query);
    return (dataset, view) =>
        (type === undefined || dataset.type === type) &&
        (!exportable || EXPORTABLE_TYPES.includes(dataset.type)) &&
        dataset.name.toLowerCase().includes(search) &&
        (workspace === null || (view.workspace_id ?? "0") === workspace) &&
        versionFilter(view);
}

/** `contain_versions`, `version_format` (0/1/2) and `train_evaluate_ratio` (`min,max`), on the view's versions. */
function versionsFilter(query: URLSearchParams): (view: JsonObject) => boolean {
    const containVersions = query.has("contain_versions") ? booleanParam(query, "contain_versions") : undefined;
    const formatCode = choiceParam(query, "version_format", [0, 1, 2]);
    const ratio = ratioRange(query.get("train_evaluate_ratio"));
    return (view) => {
        const versions = (Array.isArray(view.versions) ? view.versions : []).filter(isObject);
        const count = typeof view.dataset_version_count === "number" ? view.dataset_version_count : versions.length;
        const matching = versions.filter(
            (v) =>
                (formatCode === undefined || v.version_format === VERSION_FORMATS[formatCode]) &&
                (ratio === undefined || within(Number(v.train_evaluate_sample_ratio), ratio)),
        );
        return (
            (containVersions === undefined || containVersions === count > 0) &&
            ((formatCode === undefined && ratio === undefined) || matching.length > 0)
        );
    };
}

function ratioRange(text: string | null): readonly [number, number] | undefined {
    if (text === null || text === "") return undefined;
    const bounds = text.split(",").map(Number);
    const [min, max] = bounds;
    if (bounds.length !== 2 || min === undefined || max === undefined || !(min <= max)) throw apiError(INVALID);
    return [min, max];
}

function within(value: number, [min, max]: readonly [number, number]): boolean {
    return value >= min && value <= max;
}

/** Labels as the list reports them: the dataset's declared labels, else the label names its samples carry. */
function declaredOrFound(declared: Json | undefined, dataset: DatasetRecord): Json {
    return Array.isArray(declared) && declared.length > 0 ? declared : labelsOf(dataset);
}

/** The label names of the samples, with the dataset's type. */
function labelsOf(dataset: DatasetRecord): Json[] {
    const names = [...new Set(dataset.samples.flatMap((s) => s.labels))].sort();
    return names.map((name) => ({ name, type: dataset.type }));
}

/** Four preview files (AnnotationFile); `url` is the sample's OBS address. */
function previewOf(dataset: DatasetRecord): Json[] {
    return dataset.samples.slice(0, PREVIEW_SAMPLES).map((s) => ({
        file_id: s.id,
        dataset_id: dataset.id,
        url: s.source,
        create_time: dataset.createTime,
    }));
}

/**
 * `exist_running_task` and `running_tasks_id`: the dataset's active imports and exports; with `type`, those of that
 * running task type only (a directory import has none of the documented types).
 */
function runningTasks(state: EmulatorState, dataset: DatasetRecord, type: number | undefined, now: number): JsonObject {
    const counted = (taskType: number | undefined) => type === undefined || type === taskType;
    const running = (t: { readonly datasetId: string; readonly run: Run }) =>
        t.datasetId === dataset.id && isActive(t.run, now);
    const imports = state.importTasks.filter((t) => counted(t.importType === 1 ? MANIFEST_IMPORT_TYPE : undefined));
    const exports = counted(EXPORT_TASK_TYPE) ? state.exportTasks : [];
    const ids = [...imports.filter(running), ...exports.filter(running)].map((t) => t.id);
    return { exist_running_task: ids.length > 0, running_tasks_id: ids };
}

function choiceParam<T extends number | string>(
    query: URLSearchParams,
    name: string,
    allowed: readonly T[],
): T | undefined {
    const value = typeof allowed[0] === "number" ? integerParam(query, name) : (query.get(name) ?? undefined);
    if (value !== undefined && !allowed.includes(value as T)) throw apiError(INVALID);
    return value as T | undefined;
}

function compare(a: number | string, b: number | string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

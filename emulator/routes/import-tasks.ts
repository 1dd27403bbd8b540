/**
 * Import tasks ("Creating an Import Task", "Querying the Dataset Import Task List",
 * "Querying Details About a Dataset Import Task"): `POST/GET
 * /v2/{project_id}/datasets/{dataset_id}/import-tasks`, `GET …/import-tasks/{task_id}`.
 *
 * The path is read when the task is created; its samples join the dataset when the task completes. A missing
 * bucket (4311) or path (4312), or a path without sample files (4340), makes the task FAILED when it would start.
 * A second import while one is queued or running is refused with 4356. An unknown task id answers 200 with
 * `status: "NOT_EXIST"` (docs/api-notes.md). Only OBS imports are emulated (`import_origin` other than `obs` → 4396).
 */
import { Backend, datasetOf, newestFirst, startRun } from "../model/backend";
import { datasetStatus } from "../model/dataset-views";
import { CodedMessage, apiError, codedMessage } from "../errors";
import { Fields, isObject, pageItems, pageOf, withoutPassword } from "../model/fields";
import { resourceId } from "../random";
import { Answer, Route, RouteContext, collectionRoutes, ok } from "../http/router";
import { readManifest, scanDirectory } from "../model/samples";
import { DatasetRecord, ImportScan, ImportTaskRecord, Json, JsonObject, SampleRecord } from "../model/state";
import { ObsLocation, obsUrl, parseObsPath } from "../model/storage";
import { isActive, viewRun } from "../model/timeline";

/** The import-task routes. */
export const importTaskRoutes: Route[] = collectionRoutes(
    "/v2/{project_id}/datasets/{dataset_id}/import-tasks",
    "task_id",
    { create: createImportTask, list: listImportTasks, get: getImportTask },
);

const INVALID = "ModelArts.4396";
// import_type: the table's "0"/"1", the examples' "dir"/"manifest", the integers of the responses (docs/api-notes.md).
const IMPORT_TYPES: Readonly<Record<string, 0 | 1>> = { dir: 0, "0": 0, manifest: 1, "1": 1 };
const ORIGINS = ["obs", "dws", "dli", "rds", "mrs", "inference"];

function createImportTask({ params, body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    // A dataset still importing its data source (status 0 or 8) has its own import running.
    const creating = [0, 8].includes(datasetStatus(state, dataset, now));
    if (creating || state.importTasks.some((t) => t.datasetId === dataset.id && isActive(t.run, now))) {
        throw apiError("ModelArts.4356");
    }
    const fields = Fields.of(body, INVALID);
    const rawPath = fields.string("import_path");
    if (rawPath === undefined) throw apiError(INVALID);
    const location = parseObsPath(rawPath);
    if (location === undefined) throw apiError("ModelArts.4315");
    const importType = IMPORT_TYPES[String((fields.values.import_type as string | number | undefined) ?? "dir")];
    fields.require((fields.choice("import_origin", ORIGINS) ?? "obs") === "obs");
    if (importType === undefined) throw apiError(INVALID);
    const options = importOptions(fields);
    const dataSource = fields.object("data_source");
    const { scan, rejected } = scanImport(backend, dataset, location, importType, options);
    const task: ImportTaskRecord = {
        id: `${dataset.id}_${resourceId(20)}`,
        datasetId: dataset.id,
        importPath: obsUrl(location),
        importType,
        dataSource: dataSource && withoutPassword(dataSource),
        run: startRun(backend, now, codedMessage("ModelArts.4362"), rejected, body),
        scan,
    };
    state.importTasks.push(task);
    state.created.import++;
    backend.store.touch();
    return ok({ task_id: task.id });
}

interface ImportOptions {
    readonly annotations: boolean;
    readonly samples: boolean;
    readonly difficultOnly: boolean;
    readonly included: readonly string[];
    readonly excluded: readonly string[];
}

function importOptions(fields: Fields): ImportOptions {
    for (const field of ["final_annotation", "with_column_header"]) fields.boolean(field);
    for (const field of ["import_folder", "annotation_format"]) fields.string(field);
    fields.object("label_format");
    return {
        annotations: fields.boolean("import_annotations") ?? true,
        samples: fields.boolean("import_samples") ?? true,
        difficultOnly: fields.boolean("difficult_only") ?? false,
        included: labelNames(fields.array("included_labels")),
        excluded: labelNames(fields.array("excluded_labels")),
    };
}

/** Label objects (`{name}`, the table) or plain names (the reference page's example). */
function labelNames(labels: Json[] | undefined): string[] {
    return (labels ?? []).map((label) => {
        if (typeof label === "string") return label;
        if (isObject(label) && (label.name === undefined || typeof label.name === "string")) return label.name ?? "";
        throw apiError(INVALID);
    });
}

function scanImport(
    backend: Backend,
    dataset: DatasetRecord,
    location: ObsLocation,
    importType: 0 | 1,
    options: ImportOptions,
): { scan: ImportScan; rejected?: CodedMessage } {
    const storage = backend.storage;
    const empty: ImportScan = { totalSampleCount: 0, samples: [], fileCount: 0, fileSize: 0 };
    if (!storage.bucketExists(location.bucket)) return { scan: empty, rejected: codedMessage("ModelArts.4311") };
    if (storage.kind(location) !== (importType === 0 ? "dir" : "file")) {
        return { scan: empty, rejected: codedMessage("ModelArts.4312") };
    }
    const found =
        importType === 0
            ? scanDirectory(storage, storage.listFiles(location), dataset.type)
            : readManifest(storage, storage.read(location)?.toString("utf8") ?? "").samples;
    if (found.length === 0) return { scan: empty, rejected: codedMessage("ModelArts.4340") };
    const samples = options.samples ? selectSamples(found, options) : [];
    const sizes = samples.map((s) => storage.read(parseObsPath(s.source) as ObsLocation)?.length ?? 0);
    return {
        scan: {
            totalSampleCount: found.length,
            samples,
            fileCount: samples.length,
            fileSize: sizes.reduce((a, b) => a + b, 0),
        },
    };
}

function selectSamples(found: readonly SampleRecord[], options: ImportOptions): SampleRecord[] {
    return found
        .filter((s) => !options.difficultOnly || s.hard)
        .filter((s) => options.included.length === 0 || s.labels.some((l) => options.included.includes(l)))
        .filter((s) => !s.labels.some((l) => options.excluded.includes(l)))
        .map((s) => (options.annotations ? s : { ...s, labels: [] }));
}

function getImportTask({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    datasetOf(state, params.dataset_id);
    const task = state.importTasks.find((t) => t.id === params.task_id && t.datasetId === params.dataset_id);
    return ok(task === undefined ? { task_id: params.task_id, status: "NOT_EXIST" } : importTaskView(task, now));
}

function listImportTasks({ params, query, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    datasetOf(state, params.dataset_id);
    const page = pageOf(query, 10, 100);
    const tasks = newestFirst(state.importTasks.filter((t) => t.datasetId === params.dataset_id));
    return ok({ total_count: tasks.length, import_tasks: pageItems(tasks, page).map((t) => importTaskView(t, now)) });
}

const STATUS = { queued: "QUEUING", running: "RUNNING", succeeded: "COMPLETED", failed: "FAILED", stopped: "FAILED" };

function importTaskView(task: ImportTaskRecord, now: number): JsonObject {
    const view = viewRun(task.run, now);
    const { scan } = task;
    const started = view.phase === "running" || view.phase === "succeeded";
    const share = (total: number) => (view.phase === "succeeded" ? total : Math.floor(total * view.progress));
    const annotated = scan.samples.filter((s) => s.labels.length > 0).length;
    const totalFiles = started ? scan.fileCount : 0;
    const totalSize = started ? scan.fileSize : 0;
    return {
        status: STATUS[view.phase],
        task_id: task.id,
        dataset_id: task.datasetId,
        import_path: task.importPath,
        import_type: task.importType,
        ...(task.dataSource === undefined ? {} : { data_source: task.dataSource }),
        total_sample_count: started ? scan.totalSampleCount : 0,
        imported_sample_count: started ? share(scan.samples.length) : 0,
        annotated_sample_count: started ? share(annotated) : 0,
        unconfirmed_sample_count: 0,
        total_sub_sample_count: 0,
        imported_sub_sample_count: 0,
        total_file_count: totalFiles,
        finished_file_count: started ? share(totalFiles) : 0,
        total_file_size: totalSize,
        finished_file_size: started ? share(totalSize) : 0,
        file_statistics: {
            file_num_total: totalFiles,
            file_num_finished: started ? share(totalFiles) : 0,
            file_size_total: totalSize,
            file_size_finished: started ? share(totalSize) : 0,
        },
        create_time: task.run.createdAt,
        update_ms: view.since,
        elapsed_time: Math.floor(view.elapsedMs / 1000),
        ...(task.run.failure && view.phase === "failed"
            ? { error_code: task.run.failure.code, error_msg: task.run.failure.message }
            : {}),
    };
}

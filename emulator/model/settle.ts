/**
 * Applies the effects of runs that have ended: a new dataset takes its data source's samples, a dataset version is
 * published (`publish.ts`), an import adds its samples to the dataset, a synchronization adds and deletes them, an export writes its
 * files (and creates a dataset for `NEW_DATASET`), a processor run checks or changes the samples of its input.
 * Runs settle lazily, before each request is handled, in the order they ended; each settles exactly once
 * (`settledAt` is persisted), so effects survive restarts and never repeat. Failed and stopped runs only settle.
 */
import { Backend, addDataset, datasetSamples, mergeSamples, removeDataset } from "./backend";
import { codedMessage } from "../errors";
import { isObject } from "./fields";
import { writeExport } from "./exporter";
import { runTemplate } from "./processors";
import { finishDataset, publishVersion } from "./publish";
import { resourceId } from "../random";
import { scanDirectory } from "./samples";
import {
    DatasetSyncRecord,
    EmulatorState,
    ExportTaskRecord,
    Json,
    JsonObject,
    ProcessorOutput,
    SampleRecord,
} from "./state";
import { ObsStorage, parseObsPath } from "./storage";
import { Run, endOf, isDue, viewRun } from "./timeline";

interface DueRun {
    readonly run: Run;
    readonly apply: () => void;
}

/** Settles every run that has ended by `now`; true when anything changed. */
export function settleDueRuns(backend: Backend, now: number): boolean {
    const state = backend.store.state;
    const deleted = state.datasets.filter((d) => d.deletingUntil !== undefined && d.deletingUntil <= now);
    for (const dataset of deleted) removeDataset(state, dataset);
    const due: DueRun[] = [
        ...state.datasets.flatMap((d) =>
            d.run === undefined
                ? []
                : [
                      {
                          run: d.run,
                          apply: () => {
                              finishDataset(d, now);
                          },
                      },
                  ],
        ),
        ...state.datasetVersions.map((v) => ({
            run: v.run,
            apply: () => {
                publishVersion(backend, v);
            },
        })),
        ...state.importTasks.map((t) => ({
            run: t.run,
            apply: () => {
                addSamples(state, t.datasetId, t.scan.samples, now);
            },
        })),
        ...state.exportTasks.map((t) => ({
            run: t.run,
            apply: () => {
                finishExport(backend, t, now);
            },
        })),
        ...state.processorTasks.map((t) => ({
            run: t.run,
            apply: () => (t.output = processSamples(backend, t.spec, t.run, now)),
        })),
        ...state.datasetSyncs.map((sync) => ({
            run: sync.run,
            apply: () => {
                applySync(state, sync, now);
            },
        })),
        ...state.processorVersions.flatMap((version) => {
            const run = version.ownRun;
            if (run === undefined) return [];
            return [{ run, apply: () => (version.output = processSamples(backend, version.spec, run, now)) }];
        }),
    ].filter((d) => isDue(d.run, now));
    for (const { run, apply } of due.sort((a, b) => endOf(a.run) - endOf(b.run))) {
        if (viewRun(run, now).phase === "succeeded") apply();
        run.settledAt = now;
    }
    if (due.length > 0 || deleted.length > 0) backend.store.touch();
    return due.length > 0 || deleted.length > 0;
}

function addSamples(state: EmulatorState, datasetId: string, samples: readonly SampleRecord[], now: number): void {
    const dataset = state.datasets.find((d) => d.id === datasetId);
    if (dataset === undefined) return;
    dataset.samples = mergeSamples(dataset.samples, samples);
    dataset.updateTime = now;
}

/** A completed synchronization: its samples join the dataset, the gone ones leave it. */
function applySync(state: EmulatorState, sync: DatasetSyncRecord, now: number): void {
    const dataset = state.datasets.find((d) => d.id === sync.datasetId);
    if (dataset === undefined) return;
    const deleted = new Set(sync.deletedIds);
    dataset.samples = mergeSamples(
        dataset.samples.filter((s) => !deleted.has(s.id)),
        sync.added,
    );
    dataset.updateTime = now;
    sync.totalSampleCount = dataset.samples.length;
}

function finishExport(backend: Backend, task: ExportTaskRecord, now: number): void {
    const state = backend.store.state;
    const dataset = state.datasets.find((d) => d.id === task.datasetId);
    const params = task.echo.export_params as JsonObject;
    const newName = params.export_dest === "NEW_DATASET" ? (params.export_new_dataset_name as string) : undefined;
    if (dataset === undefined || (newName !== undefined && state.datasets.some((d) => d.name === newName))) {
        task.run.failure = { ...codedMessage(dataset ? "ModelArts.4351" : "ModelArts.4352"), at: endOf(task.run) };
        return;
    }
    const samples = datasetSamples(state, dataset, task.echo.version_id);
    const written = writeExport(backend.storage, task, samples, dataset.type);
    task.finishedSampleCount = written.length;
    if (newName === undefined) return;
    addDataset(state.datasets, {
        id: resourceId(),
        name: newName,
        type: dataset.type,
        description: "",
        workPath: params.export_new_dataset_work_path as string,
        dataSources: [{ data_path: task.path, data_type: 0 }],
        createTime: now,
        updateTime: now,
        samples: written,
    });
}

function processSamples(backend: Backend, spec: JsonObject, run: Run, now: number): ProcessorOutput {
    const state = backend.store.state;
    const sources = Array.isArray(spec.inputs) ? spec.inputs : [spec.data_source ?? null];
    const samples = sources.flatMap((source) => samplesOf(state, backend.storage, source));
    const template = spec.template as JsonObject;
    const outcome = runTemplate(typeof template.id === "string" ? template.id : "", samples, backend.storage);
    if (outcome.failure !== undefined) {
        run.failure = { code: "ModelArts.4392", message: outcome.failure, at: endOf(run) };
        return outcome.output;
    }
    const dropped = new Set(outcome.droppedIds);
    const isDataset = (s: Json): s is JsonObject => isObject(s) && (s.type ?? "DATASET") === "DATASET";
    const inputDatasets = sources.filter(isDataset).map((s) => s.source);
    for (const dataset of state.datasets.filter((d) => inputDatasets.includes(d.id))) {
        dataset.samples = dataset.samples.filter((s) => !dropped.has(s.id));
        dataset.updateTime = now;
    }
    return outcome.output;
}

/** The samples of a processor input: a dataset's, or the image files under an OBS directory. */
function samplesOf(state: EmulatorState, storage: ObsStorage, source: Json): SampleRecord[] {
    if (!isObject(source)) return [];
    if ((source.type ?? "DATASET") === "DATASET") {
        const dataset = state.datasets.find((d) => d.id === source.source);
        return dataset === undefined ? [] : datasetSamples(state, dataset, source.version_id);
    }
    const path = source.type === "OBS" && typeof source.source === "string" ? source.source : "";
    const location = parseObsPath(path, true);
    return location && storage.kind(location) === "dir" ? scanDirectory(storage, storage.listFiles(location), 0) : [];
}

/**
 * What the route handlers and the settling of runs share: state, storage, task timing and fault decisions; and the
 * common look-ups and updates of datasets.
 */
import { CodedMessage, apiError } from "../errors";
import { FaultInjector, stackTrace } from "../faults";
import { DatasetRecord, EmulatorState, SampleRecord, StateStore } from "./state";
import { ObsStorage } from "./storage";
import { Run, endOf, startOf } from "./timeline";

/** The emulated service behind the HTTP layer. */
export interface Backend {
    readonly store: StateStore;
    readonly storage: ObsStorage;
    readonly taskDurationMs: number;
    /** Least time between two versions of one dataset (ModelArts.4370); 0 turns the rule off. */
    readonly versionIntervalMs: number;
    /** How long a deleted dataset stays, in status 2 (deleting); 0: it goes with the DELETE. */
    readonly datasetDeletionMs: number;
    readonly faults: FaultInjector;
}

/** The dataset, or 400 ModelArts.4352. */
export function datasetOf(state: EmulatorState, datasetId: string): DatasetRecord {
    const dataset = state.datasets.find((d) => d.id === datasetId);
    if (dataset === undefined) throw apiError("ModelArts.4352");
    return dataset;
}

/** Removes a dataset and its versions. */
export function removeDataset(state: EmulatorState, dataset: DatasetRecord): void {
    state.datasets = state.datasets.filter((d) => d !== dataset);
    state.datasetVersions = state.datasetVersions.filter((v) => v.datasetId !== dataset.id);
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

/**
 * The samples a task reads from a dataset: those of `versionId` when it names a version of the dataset, else the
 * dataset's own. Other version ids are taken as they are: the documented examples use ids no emulator knows.
 */
export function datasetSamples(state: EmulatorState, dataset: DatasetRecord, versionId: unknown): SampleRecord[] {
    const version = state.datasetVersions.find((v) => v.id === versionId && v.datasetId === dataset.id);
    return version?.samples ?? dataset.samples;
}

/** The longest a dataset's creation or a version's publish runs, whatever the task duration. */
const DATASET_RUN_MAX_MS = 2_000;

/**
 * A new run starting at `now`. A run whose input is already known to be wrong (`rejected`, e.g. a missing path)
 * fails when it would start running; otherwise the fault injector may make it fail at its end with `injected`.
 * The injector is consulted either way, so the random sequence does not depend on the request's content.
 */
export function startRun(
    backend: Backend,
    now: number,
    injected: CodedMessage,
    rejected?: CodedMessage,
    request?: unknown,
    of: "task" | "dataset" = "task",
): Run {
    // A dataset's creation or a version's publish is quick next to a task, and fails by its own fault: tests that
    // make every task fail, or run long tasks, still get a usable dataset to run them on.
    const durationMs = of === "task" ? backend.taskDurationMs : Math.min(backend.taskDurationMs, DATASET_RUN_MAX_MS);
    const run: Run = { createdAt: now, durationMs };
    const failsByFault = of === "task" ? backend.faults.nextTaskFails() : backend.faults.nextDatasetFails();
    if (rejected !== undefined) run.failure = { ...rejected, at: startOf(run) };
    else if (failsByFault)
        run.failure = { ...injected, message: injectedFailureText(backend, injected.message, request), at: endOf(run) };
    return run;
}

/**
 * An injected failure's `error_msg`: the catalogued message, then (with the `trace` and `echo` faults) the create
 * request as the service logged it, raw and JSON-escaped with `\/` (a data source password included), and a stack
 * trace of `trace` characters.
 */
function injectedFailureText(backend: Backend, message: string, request: unknown): string {
    const { traceLength = 0, echoRate = 0 } = backend.faults.options;
    const text = JSON.stringify(request ?? {});
    const echoed = echoRate > 0 ? ` request ${text} ${JSON.stringify(text).replace(/\//g, "\\/")}` : "";
    return traceLength > 0 || echoed ? `${message}${echoed} ${stackTrace(traceLength)}`.trimEnd() : message;
}

/** Newest first, as the consoles list tasks. */
export function newestFirst<T extends { readonly run: Run }>(items: readonly T[]): T[] {
    return [...items].sort((a, b) => b.run.createdAt - a.run.createdAt);
}

/**
 * `startEmulator`: a local ModelArts data-management API (datasets and their versions, import, export and processor
 * tasks) on 127.0.0.1, with its state and its emulated OBS in a data directory. See `emulator/README.md`.
 *
 * The emulator's public entry (the command line, the tests, the benchmarks and the demo start it from here), and
 * the one module that puts its parts together: the model (`model/`: state, storage, runs and what they do when
 * they end), the route table (`routes/`: one file per API family) and the HTTP plumbing (`http/`: socket, request
 * pipeline, authentication, rate limit). Everything needed to start and drive an emulator is exported here; only
 * the unit tests of those parts import them directly.
 */
import { mkdirSync } from "fs";
import { createServer } from "http";
import { AuthSettings, EmulatorCredential } from "./http/auth";
import { Backend, addDataset } from "./model/backend";
import { EmulatorClock, wallClock } from "./clock";
import { DEFAULT_PROJECT_ID, DEFAULT_TASK_DURATION_MS, DEMO_CREDENTIALS, DEMO_TOKEN } from "./defaults";
import { FaultInjector, FaultOptions, PlannedFault } from "./faults";
import { isLoopback, listen, stop } from "./http/listen";
import { EmulatorRequest, handleRequest } from "./http/pipeline";
import { randomSeed, seededRandom } from "./random";
import { TokenBucket } from "./http/rate-limit";
import { datasetSyncRoutes } from "./routes/dataset-sync";
import { datasetVersionRoutes } from "./routes/dataset-versions";
import { datasetListRoutes } from "./routes/dataset-list";
import { datasetRoutes } from "./routes/datasets";
import { exportTaskRoutes } from "./routes/export-tasks";
import { importTaskRoutes } from "./routes/import-tasks";
import { processorTaskRoutes } from "./routes/processor-tasks";
import { processorVersionRoutes } from "./routes/processor-versions";
import { CreatedTaskCounts, StateStore } from "./model/state";
import { ObsStorage } from "./model/storage";
import { obsAddressOf } from "./obs/addressing";
import { BucketIndex } from "./obs/bucket-index";
import { handleObsRequest, ObsContext } from "./obs/handler";

export { DEFAULT_PROJECT_ID, DEFAULT_TASK_DURATION_MS, DEMO_CREDENTIALS, DEMO_TOKEN, stackConfig } from "./defaults";
export type { EmulatorClock } from "./clock";
export type { EmulatorCredential } from "./http/auth";
export type { EmulatorRequest } from "./http/pipeline";
export type { CreatedTaskCounts } from "./model/state";
export { parseFaultSpec } from "./faults";
export { REDIRECT_TARGET } from "./faults";
export type { AnswerFault, DateFault, FaultOptions, GatewayFault, PlannedFault } from "./faults";

/** A dataset that exists from the start (created if the data directory does not have it yet). */
export interface PresetDataset {
    readonly id: string;
    /** Default `dataset-<id>`. */
    readonly name?: string;
    /** `dataset_type`; default 0 (image classification). */
    readonly type?: number;
}

/** How to run the emulator. */
export interface EmulatorOptions {
    /** Only loopback is allowed. Default `127.0.0.1`. */
    readonly host?: string;
    /** 0 (default) picks a free port. */
    readonly port?: number;
    /** Holds `state.json` and the emulated OBS (`obs/<bucket>/<key>`). Created if missing. */
    readonly dataDir: string;
    /** Default {@link DEFAULT_PROJECT_ID}. */
    readonly projectId?: string;
    /** Accepted AK/SK pairs; default [{@link DEMO_CREDENTIALS}]. */
    readonly credentials?: readonly EmulatorCredential[];
    /** Accepted IAM tokens (`X-Auth-Token`); default [{@link DEMO_TOKEN}]. */
    readonly tokens?: readonly string[];
    readonly datasets?: readonly PresetDataset[];
    /** Creation to end state of every task, dataset and dataset version. Default {@link DEFAULT_TASK_DURATION_MS}. */
    readonly taskDurationMs?: number;
    /**
     * Least time between two versions of one dataset ("One dataset version can be released in a minute",
     * ModelArts.4370); default 0: the rule is off, so tests need not wait a minute.
     */
    readonly datasetVersionIntervalMs?: number;
    /**
     * How long a deleted dataset stays in status 2 (deleting) before it goes ("Deleting a Dataset": the deletion may
     * finish after the 204); default 0: it goes at once.
     */
    readonly datasetDeletionMs?: number;
    /** Time source for task progress, signature skew and token expiry; default the machine's clock. */
    readonly clock?: EmulatorClock;
    readonly faults?: FaultOptions;
    /** Seed of the fault decisions; random when absent. */
    readonly seed?: number;
    /** Requests per second above which the gateway answers 429 (token bucket); unlimited when absent. */
    readonly rateLimitPerSecond?: number;
    /** Receives one line per request (never a header or body) and internal errors. */
    readonly log?: (line: string) => void;
}

/** A running emulator. */
export interface RunningEmulator {
    /** `http://127.0.0.1:<port>` */
    readonly url: string;
    /** Every request answered (or dropped) so far, across restarts. */
    readonly requests: ReadonlyArray<EmulatorRequest>;
    /** How many tasks were ever created, per kind (persisted: survives restarts). */
    createdTasks(): CreatedTaskCounts;
    /**
     * Gives the next request(s) of a route a fault, e.g. `{ route: "POST /v2/{project_id}/processor-tasks", fault:
     * "drop" }`; returns a function that cancels what is left of the plan.
     */
    planFault(fault: PlannedFault): () => void;
    /**
     * Makes the emulated OBS refuse to list `bucket` (403 AccessDenied, as for credentials without
     * `obs:bucket:ListBucket`); returns a function that allows it again.
     */
    denyObsListing(bucket: string): () => void;
    /** Stops, then starts again from the data directory on the same port (open connections are cut). */
    restart(): Promise<void>;
    close(): Promise<void>;
}

const ROUTES = [
    ...datasetRoutes,
    ...datasetVersionRoutes,
    ...datasetSyncRoutes,
    ...datasetListRoutes,
    ...importTaskRoutes,
    ...exportTaskRoutes,
    ...processorTaskRoutes,
    ...processorVersionRoutes,
];

/** Starts the emulator and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
    const host = options.host ?? "127.0.0.1";
    if (!isLoopback(host)) throw new Error(`the emulator only listens on loopback, not on "${host}"`);
    const clock = options.clock ?? wallClock;
    const seed = options.seed ?? randomSeed();
    const faults = new FaultInjector(options.faults ?? {}, seededRandom(seed), seededRandom(seed ^ 0x5bd1e995));
    const requests: EmulatorRequest[] = [];
    const rate = options.rateLimitPerSecond;
    let backend = openBackend(options, clock, faults);
    const authSettings = (): AuthSettings => ({
        credentials: options.credentials ?? [DEMO_CREDENTIALS],
        tokens: options.tokens ?? [DEMO_TOKEN],
        tokensIssuedAt: backend.store.state.tokensIssuedAt,
    });
    const context = {
        routes: ROUTES,
        projectId: options.projectId ?? DEFAULT_PROJECT_ID,
        clock,
        faults,
        limiter: rate === undefined ? undefined : new TokenBucket(rate, clock),
        backend: () => backend,
        auth: authSettings,
        record: (request: EmulatorRequest) => requests.push(request),
        log: options.log,
    };
    const listingDenied = new Set<string>();
    const obsContext: ObsContext = {
        clock,
        storage: () => backend.storage,
        credentials: () => authSettings().credentials,
        listingDenied,
        indexes: new Map<string, BucketIndex>(),
        record: context.record,
        log: options.log,
    };
    // OBS shares the port: ModelArts paths start with /v1/ or /v2/, which no bucket can be (obs/addressing.ts).
    const server = createServer((req, res) => {
        const address = obsAddressOf(req.headers.host, (req.url ?? "/").split("?")[0] ?? "/");
        if (address === "modelarts") void handleRequest(context, req, res);
        else void handleObsRequest(obsContext, address, req, res);
    });
    const port = await listen(server, host, options.port ?? 0);
    return {
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        requests,
        createdTasks: () => ({ ...backend.store.state.created }),
        planFault: (fault) => faults.plan(fault),
        denyObsListing: (bucket) => {
            listingDenied.add(bucket);
            return () => listingDenied.delete(bucket);
        },
        restart: async () => {
            await stop(server);
            backend = openBackend(options, clock, faults);
            await listen(server, host, port);
        },
        close: () => stop(server),
    };
}

function openBackend(options: EmulatorOptions, clock: EmulatorClock, faults: FaultInjector): Backend {
    mkdirSync(`${options.dataDir}/obs`, { recursive: true });
    const store = StateStore.load(options.dataDir, clock.now());
    const datasets = store.state.datasets;
    for (const preset of options.datasets ?? []) {
        if (datasets.some((d) => d.id === preset.id)) continue;
        const name = preset.name ?? `dataset-${preset.id}`;
        if (datasets.some((d) => d.name === name)) throw new Error(`a dataset named "${name}" already exists`);
        const now = clock.now();
        const base = { description: "", dataSources: [], createTime: now, updateTime: now, samples: [] };
        addDataset(datasets, { ...base, id: preset.id, name, type: preset.type ?? 0 });
    }
    store.touch();
    store.flush();
    return {
        store,
        storage: new ObsStorage(options.dataDir),
        taskDurationMs: options.taskDurationMs ?? DEFAULT_TASK_DURATION_MS,
        versionIntervalMs: options.datasetVersionIntervalMs ?? 0,
        datasetDeletionMs: options.datasetDeletionMs ?? 0,
        faults,
    };
}

/**
 * The emulator's state: datasets with their samples and versions, and every task with its run. Kept in memory, written to
 * `<dataDir>/state.json` after each change (written to a temporary file, then renamed: a crash never leaves half a
 * file), and read back on start, so `restart()` or a new process resumes running tasks where they are.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import type { Json } from "../../provider/schemas/json-schema";
import { Run } from "./timeline";

/** JSON as the API sends and receives it: the provider client's type (a type only, nothing loaded at run time). */
export type { Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** One sample of a dataset: a file in the emulated OBS. */
export interface SampleRecord {
    /** MD5 of the OBS path, as the service derives sample ids (processor-task version results page). */
    readonly id: string;
    /** `obs://bucket/key`. */
    readonly source: string;
    readonly labels: readonly string[];
    /** A hard example (manifest `hard` attribute). */
    readonly hard: boolean;
}

/**
 * A dataset. Datasets made by option, seed or a `NEW_DATASET` export have only the first nine fields and are
 * normal (status 1) from the start; one created by `POST …/datasets` also has the optional ones.
 */
export interface DatasetRecord {
    readonly id: string;
    name: string;
    readonly type: number;
    description: string;
    /** The create body's `work_path`, as sent (`/bucket/dir/`). */
    readonly workPath?: string;
    /** As sent, without any `source_info.user_password`. */
    readonly dataSources: Json[];
    readonly createTime: number;
    updateTime: number;
    samples: SampleRecord[];
    /** Create-only fields GET echoes: `data_format`, `work_path_type`, `schema`, `import_data`, `managed`, … */
    readonly echo?: JsonObject;
    /** The label list (Label objects), changed by the modify API's add/delete/update lists. */
    labels?: JsonObject[];
    /** The creation: status 0, 8 while importing, then 1 (4 when it fails). */
    readonly run?: Run;
    /** What the data source held when the dataset was created; joins `samples` when `run` succeeds. */
    readonly scan?: SampleRecord[];
    currentVersionId?: string;
    /** Versions ever created (the next default name is `V` + this + 1, zero-padded). */
    versionCount?: number;
    /**
     * Set by a DELETE when deletions take time ("Deleting a Dataset": statuses 2 deleting and 3 deleted let the
     * deletion finish after the 204): status 2 until this instant, when the dataset goes.
     */
    deletingUntil?: number;
}

/** A dataset version ("Creating a Dataset Labeling Version"): the dataset's samples when it was created. */
export interface DatasetVersionRecord {
    readonly id: string;
    readonly datasetId: string;
    readonly name: string;
    /** The body's fields with the server's defaults, echoed by GET (`version_format`, `description`, …). */
    readonly echo: JsonObject;
    readonly samples: SampleRecord[];
    readonly previousVersionId?: string;
    readonly run: Run;
}

/** What an import found, fixed when the task is created and applied when it completes. */
export interface ImportScan {
    readonly totalSampleCount: number;
    readonly samples: SampleRecord[];
    readonly fileCount: number;
    readonly fileSize: number;
}

/** An import task. */
export interface ImportTaskRecord {
    readonly id: string;
    readonly datasetId: string;
    /** The request's path with `s3://` echoed as `obs://`. */
    readonly importPath: string;
    readonly importType: 0 | 1;
    readonly dataSource?: JsonObject;
    readonly run: Run;
    readonly scan: ImportScan;
}

/**
 * A dataset synchronization ("Synchronizing a Dataset"): what the dataset's input path held when it was started,
 * compared with the dataset's samples then; applied when the run completes.
 */
export interface DatasetSyncRecord {
    readonly id: string;
    readonly datasetId: string;
    readonly run: Run;
    /** Samples of the input path the dataset did not have (or had with other labels). */
    readonly added: SampleRecord[];
    /** Samples of the dataset from its input path that the path no longer holds. */
    readonly deletedIds: string[];
    /** The dataset's sample count once the run applied its changes. */
    totalSampleCount?: number;
}

/** An export task. */
export interface ExportTaskRecord {
    readonly id: string;
    readonly datasetId: string;
    /** The documented echo form `/bucket/dir/`. */
    readonly path: string;
    /** The request's other fields with the server's defaults, echoed by GET (export_type, export_params, …). */
    readonly echo: JsonObject;
    /** Samples selected when the task was created. */
    readonly sampleIds: string[];
    readonly run: Run;
    finishedSampleCount?: number;
}

/** Per-sample outcome of a processor run (the version "results" page). */
export interface SampleOutcome {
    readonly sampleId: string;
    readonly source: string;
    /** 0 reserved, 2 deleted (querying the results of a task version). */
    readonly resultProperty: 0 | 2;
    readonly description: string;
}

/** What a processor run produced. */
export interface ProcessorOutput {
    readonly result: JsonObject;
    readonly samples: SampleOutcome[];
}

/** A processor task. `spec` holds the create body's fields as echoed by GET. */
export interface ProcessorTaskRecord {
    readonly id: string;
    readonly spec: JsonObject;
    description: string;
    readonly run: Run;
    output?: ProcessorOutput;
}

/** A processor task version; without `ownRun` it is the version made by `create_version` and shares the task's run. */
export interface ProcessorVersionRecord {
    readonly id: string;
    readonly taskId: string;
    readonly spec: JsonObject;
    readonly ownRun?: Run;
    output?: ProcessorOutput;
}

/** How many tasks were ever created, per kind (duplicate and orphan accounting in benchmarks). */
export interface CreatedTaskCounts {
    import: number;
    export: number;
    processor: number;
    processorVersion: number;
    sync: number;
}

/** Everything the emulator persists. */
export interface EmulatorState {
    readonly format: 1;
    /** When the configured IAM tokens were issued; they expire 24 h later (docs/api-notes.md "Authentication"). */
    readonly tokensIssuedAt: number;
    datasets: DatasetRecord[];
    datasetVersions: DatasetVersionRecord[];
    importTasks: ImportTaskRecord[];
    exportTasks: ExportTaskRecord[];
    processorTasks: ProcessorTaskRecord[];
    processorVersions: ProcessorVersionRecord[];
    datasetSyncs: DatasetSyncRecord[];
    created: CreatedTaskCounts;
}

/** The state and the file it lives in. */
export class StateStore {
    private dirty = false;

    private constructor(
        private readonly file: string,
        readonly state: EmulatorState,
    ) {}

    /** Reads `<dataDir>/state.json`, or starts empty. */
    static load(dataDir: string, now: number): StateStore {
        const file = join(dataDir, "state.json");
        // A file written before a kind of record existed lacks its list: the empty state fills it in.
        const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<EmulatorState>) : {};
        const empty = emptyState(now);
        const state = { ...empty, ...saved, created: { ...empty.created, ...saved.created } };
        return new StateStore(file, state);
    }

    /** Notes that the state changed; `flush` writes it. */
    touch(): void {
        this.dirty = true;
    }

    /** Writes the state if it changed since the last write. */
    flush(): void {
        if (!this.dirty) return;
        mkdirSync(dirname(this.file), { recursive: true });
        const temporary = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(this.state));
        renameSync(temporary, this.file);
        this.dirty = false;
    }
}

function emptyState(now: number): EmulatorState {
    return {
        format: 1,
        tokensIssuedAt: now,
        datasets: [],
        datasetVersions: [],
        importTasks: [],
        exportTasks: [],
        processorTasks: [],
        processorVersions: [],
        datasetSyncs: [],
        created: { import: 0, export: 0, processor: 0, processorVersion: 0, sync: 0 },
    };
}

/**
 * Typed calls of the ModelArts data-management API ("Data Management (Old Version)"), paths exactly as the
 * reference pages list them. Bodies are passed through as given: mapping Pulumi inputs to snake_case is
 * the schemas' job, and user maps must reach the API verbatim. Creates, and the lists that make a create safe
 * (the provider lists only to find a task a create may have made), go first when the process is paced.
 */
import { type AnswerKind, type AnswerOf, checkedAnswer } from "./answer-check";
import { HttpRequest, HttpTransport, TransportStats } from "./http";
import type { TransportOptions } from "./layer";
import type { HttpMethod } from "./layer";
import { createTaskAnswer } from "./modelarts/creates";
import { datasetSyncAnswer } from "./modelarts/dataset-sync";
import {
    createDatasetVersionAnswer,
    datasetVersionAnswer,
    datasetVersionListAnswer,
} from "./modelarts/dataset-versions";
import { createDatasetAnswer, datasetAnswer, datasetListAnswer, updateDatasetAnswer } from "./modelarts/datasets";
import { exportTaskAnswer, exportTaskListAnswer } from "./modelarts/export-tasks";
import { importTaskAnswer, importTaskListAnswer } from "./modelarts/import-tasks";
import { processorTaskAnswer, processorTaskListAnswer } from "./modelarts/processor-tasks";
import type { ServerTime } from "./service-clock";
import { cleanAnswer } from "./service-text";
import type { ClientSettings } from "./settings";
import type {
    CreateDatasetResponse,
    CreateDatasetVersionResponse,
    CreateTaskResponse,
    DatasetDetailQuery,
    DatasetListQuery,
    DatasetListResponse,
    DatasetResponse,
    DatasetSyncResponse,
    DatasetVersionListQuery,
    DatasetVersionListResponse,
    DatasetVersionResponse,
    ExportTaskListQuery,
    ExportTaskListResponse,
    ExportTaskResponse,
    ImportTaskListResponse,
    ImportTaskResponse,
    PageQuery,
    ProcessorTaskListQuery,
    ProcessorTaskListResponse,
    ProcessorTaskResponse,
    UpdateDatasetRequest,
    UpdateDatasetResponse,
} from "./types";

const segment = encodeURIComponent;

/**
 * How a task is read while waiting on it: see {@link HttpRequest} (`secrets`: those the answer may echo; `onRetry`:
 * the wait's progress messages).
 */
export type ReadOptions = Pick<HttpRequest, "priority" | "notAfterMs" | "secrets" | "onRetry">;

/** `version_format` as the version list's filter takes it (docs/api-notes.md "Datasets and dataset versions"). */
const VERSION_FORMAT_FILTER = { Default: 0, CarbonData: 1, CSV: 2 } as const;

/** The ModelArts dataset and dataset task API of one project. */
export class ModelArtsClient {
    private readonly transport: HttpTransport;
    private readonly projectPath: string;
    /** The deadline every request of this client carries (see {@link ModelArtsClient.until}). */
    private notAfterMs: number | undefined;
    /** What the client and its bounded views share: the request {@link ModelArtsClient.learnServerClock} sent. */
    private readonly shared: { clockProbe?: Promise<void> } = {};

    constructor(settings: ClientSettings, options: TransportOptions = {}) {
        this.transport = new HttpTransport(settings, options);
        this.projectPath = `/v2/${segment(settings.projectId)}`;
    }

    /**
     * This client, with every request bounded by a resource's deadline (epoch ms, see `HttpRequest.notAfterMs`):
     * the same transport, pace and service clock.
     */
    until(deadlineMs: number): ModelArtsClient {
        const bounded = Object.assign(Object.create(ModelArtsClient.prototype) as ModelArtsClient, this);
        bounded.notAfterMs = Math.min(deadlineMs, this.notAfterMs ?? Infinity);
        return bounded;
    }

    /**
     * `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks` ("Creating an Import Task"). Never retried. A GaussDB
     * password in `data_source.source_info.user_password` is redacted from errors, should the service echo it.
     */
    createImportTask(datasetId: string, body: Record<string, unknown>): Promise<CreateTaskResponse> {
        const secrets = passwordsOf([body.data_source]);
        return this.create(createTaskAnswer, `${this.datasetPath(datasetId)}/import-tasks`, body, secrets);
    }

    /** `GET …/datasets/{dataset_id}/import-tasks/{task_id}` ("Querying Details About a Dataset Import Task"). */
    getImportTask(datasetId: string, taskId: string, options: ReadOptions = {}): Promise<ImportTaskResponse> {
        return this.read(importTaskAnswer, `${this.datasetPath(datasetId)}/import-tasks/${segment(taskId)}`, options);
    }

    /** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
    listImportTasks(datasetId: string, page: PageQuery = {}): Promise<ImportTaskListResponse> {
        return this.lookList(importTaskListAnswer, `${this.datasetPath(datasetId)}/import-tasks`, page);
    }

    /** `POST …/datasets/{dataset_id}/export-tasks` ("Creating a Dataset Export Task"). Never retried. */
    createExportTask(datasetId: string, body: Record<string, unknown>): Promise<CreateTaskResponse> {
        return this.create(createTaskAnswer, `${this.datasetPath(datasetId)}/export-tasks`, body);
    }

    /** `GET …/datasets/{dataset_id}/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task"). */
    getExportTask(datasetId: string, taskId: string, options: ReadOptions = {}): Promise<ExportTaskResponse> {
        return this.read(exportTaskAnswer, `${this.datasetPath(datasetId)}/export-tasks/${segment(taskId)}`, options);
    }

    /** `GET …/datasets/{dataset_id}/export-tasks` ("Querying the Dataset Export Task List"). */
    listExportTasks(datasetId: string, query: ExportTaskListQuery = {}): Promise<ExportTaskListResponse> {
        return this.lookList(exportTaskListAnswer, `${this.datasetPath(datasetId)}/export-tasks`, query);
    }

    /** `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task"). Never retried. */
    createProcessorTask(body: Record<string, unknown>): Promise<CreateTaskResponse> {
        return this.create(createTaskAnswer, `${this.projectPath}/processor-tasks`, body);
    }

    /** `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task"). */
    getProcessorTask(taskId: string, options: ReadOptions = {}): Promise<ProcessorTaskResponse> {
        return this.read(processorTaskAnswer, `${this.projectPath}/processor-tasks/${segment(taskId)}`, options);
    }

    /** `GET /v2/{project_id}/processor-tasks` ("Querying the List of a Processing Task"). */
    listProcessorTasks(query: ProcessorTaskListQuery = {}): Promise<ProcessorTaskListResponse> {
        return this.lookList(processorTaskListAnswer, `${this.projectPath}/processor-tasks`, query);
    }

    /** `GET /v2/{project_id}/datasets` ("Querying the Dataset List"); `total_number` is not to be trusted. */
    listDatasets(query: DatasetListQuery = {}): Promise<DatasetListResponse> {
        return this.read(datasetListAnswer, `${this.projectPath}/datasets`, { query: definedOnly(query) });
    }

    /** `PUT /v2/{project_id}/processor-tasks/{task_id}`: `description` is the only mutable field. */
    async updateProcessorTask(taskId: string, body: { description: string }): Promise<void> {
        await this.call("PUT", `${this.projectPath}/processor-tasks/${segment(taskId)}`, { body });
    }

    /** `DELETE /v2/{project_id}/processor-tasks/{task_id}` (answers 200 `{}`). */
    async deleteProcessorTask(taskId: string): Promise<void> {
        await this.call("DELETE", `${this.projectPath}/processor-tasks/${segment(taskId)}`);
    }

    /**
     * `POST /v2/{project_id}/datasets` ("Creating a Dataset"), answered 201 `{dataset_id}`. Never retried. Data
     * source passwords (`source_info.user_password`) are redacted from errors, should the service echo them.
     */
    createDataset(body: Record<string, unknown>): Promise<CreateDatasetResponse> {
        const secrets = passwordsOf(Array.isArray(body.data_sources) ? body.data_sources : []);
        return this.create(createDatasetAnswer, `${this.projectPath}/datasets`, body, secrets);
    }

    /**
     * `GET /v2/{project_id}/datasets/{dataset_id}` ("Querying Details About a Dataset"). A password the answer
     * echoes in `data_sources[].source_info.user_password` is redacted wherever it appears in the answer.
     */
    async getDataset(
        datasetId: string,
        query: DatasetDetailQuery = {},
        options: ReadOptions = {},
    ): Promise<DatasetResponse> {
        const answer = await this.read(datasetAnswer, this.datasetPath(datasetId), {
            ...options,
            query: definedOnly(query),
        });
        const echoed = passwordsOf(answer.data_sources ?? []);
        return echoed.length === 0 ? answer : (cleanAnswer(answer, echoed) as DatasetResponse);
    }

    /** `PUT /v2/{project_id}/datasets/{dataset_id}` ("Modifying a Dataset"): send only what changes. */
    async updateDataset(datasetId: string, body: UpdateDatasetRequest): Promise<UpdateDatasetResponse> {
        const path = this.datasetPath(datasetId);
        return checkedAnswer(updateDatasetAnswer, await this.call("PUT", path, { body }), { method: "PUT", path });
    }

    /** `DELETE /v2/{project_id}/datasets/{dataset_id}` ("Deleting a Dataset"): 204, empty or `{ }`; source data stays. */
    async deleteDataset(datasetId: string): Promise<void> {
        await this.call("DELETE", this.datasetPath(datasetId));
    }

    /** `POST …/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version"), 201 `{version_id}`. Never retried. */
    createDatasetVersion(datasetId: string, body: Record<string, unknown>): Promise<CreateDatasetVersionResponse> {
        return this.create(createDatasetVersionAnswer, `${this.datasetPath(datasetId)}/versions`, body);
    }

    /** `GET …/datasets/{dataset_id}/versions/{version_id}` ("Querying Details About a Dataset Version"). */
    getDatasetVersion(
        datasetId: string,
        versionId: string,
        options: ReadOptions = {},
    ): Promise<DatasetVersionResponse> {
        return this.read(datasetVersionAnswer, this.versionPath(datasetId, versionId), options);
    }

    /**
     * `GET …/datasets/{dataset_id}/versions` ("Querying the Dataset Version List"), the list a version create's
     * look-up pages through; `version_format` is sent as the integer the filter takes.
     */
    listDatasetVersions(datasetId: string, query: DatasetVersionListQuery = {}): Promise<DatasetVersionListResponse> {
        const format = query.version_format === undefined ? undefined : VERSION_FORMAT_FILTER[query.version_format];
        return this.lookList(datasetVersionListAnswer, `${this.datasetPath(datasetId)}/versions`, {
            ...query,
            version_format: format,
        });
    }

    /** `DELETE …/datasets/{dataset_id}/versions/{version_id}` ("Deleting a Dataset Labeling Version"): 204. */
    async deleteDatasetVersion(datasetId: string, versionId: string): Promise<void> {
        await this.call("DELETE", this.versionPath(datasetId, versionId));
    }

    /**
     * `POST …/datasets/{dataset_id}/sync-data` ("Synchronizing a Dataset"): no body, and no documented answer, so
     * whatever it answers is ignored. Never retried; the run it starts is told from others by
     * {@link ModelArtsClient.getDatasetSyncStatus} (docs/api-notes.md, "Dataset synchronization").
     */
    async syncDataset(datasetId: string): Promise<void> {
        await this.call("POST", `${this.datasetPath(datasetId)}/sync-data`);
    }

    /**
     * `GET …/datasets/{dataset_id}/sync-data/status` ("Querying the Status of a Dataset Synchronization Task"): the
     * dataset's newest synchronization, whoever started it.
     */
    getDatasetSyncStatus(datasetId: string, options: ReadOptions = {}): Promise<DatasetSyncResponse> {
        return this.read(datasetSyncAnswer, `${this.datasetPath(datasetId)}/sync-data/status`, options);
    }

    /** Request counters of this client (for tests and diagnosis). */
    stats(): TransportStats {
        return this.transport.stats();
    }

    /**
     * Makes sure an answer has shown the service's clock, if the service sends a believable `Date`: when none has
     * yet, one small list (`GET …/processor-tasks?limit=1`) is sent, shared by every caller in the meantime, whatever
     * its outcome. A create compares task times on that clock (`ServerTime`).
     */
    async learnServerClock(): Promise<void> {
        if (this.serverTime(0).known) return;
        this.shared.clockProbe ??= this.listProcessorTasks({ limit: 1 }).then(
            () => undefined,
            () => undefined,
        );
        await this.shared.clockProbe;
    }

    /** The service's time at a local instant (to compare with the epoch-ms times in its answers). */
    serverTime(localMs: number): ServerTime {
        return this.transport.serverTime(localMs);
    }

    private datasetPath(datasetId: string): string {
        return `${this.projectPath}/datasets/${segment(datasetId)}`;
    }

    private versionPath(datasetId: string, versionId: string): string {
        return `${this.datasetPath(datasetId)}/versions/${segment(versionId)}`;
    }

    private call<T>(
        method: HttpMethod,
        path: string,
        extra: Pick<HttpRequest, "query" | "body" | "secrets" | "priority" | "notAfterMs" | "onRetry"> = {},
    ): Promise<T> {
        const notAfterMs = Math.min(extra.notAfterMs ?? Infinity, this.notAfterMs ?? Infinity);
        return this.transport.send<T>({ method, path, ...extra, ...(notAfterMs === Infinity ? {} : { notAfterMs }) });
    }

    /** A GET whose answer must pass the check of `kind` (`answer-check.ts`). */
    private async read<K extends AnswerKind>(
        kind: K,
        path: string,
        extra: Pick<HttpRequest, "query" | "secrets" | "priority" | "notAfterMs" | "onRetry"> = {},
    ): Promise<AnswerOf<K>> {
        return checkedAnswer(kind, await this.call<unknown>("GET", path, extra), { method: "GET", path });
    }

    /**
     * A page of a list a create's look reads before it posts: sent `urgent`, as creates are, since the create waits on
     * it (`send-rate.ts`).
     */
    private lookList<K extends AnswerKind>(kind: K, path: string, query: object): Promise<AnswerOf<K>> {
        return this.read(kind, path, { query: definedOnly(query), priority: "urgent" });
    }

    /**
     * A create, never retried. Its answer must hold the new id (`kind`): one without it has still created something,
     * so the malformed answer's outcome is unknown and the caller reconciles instead of posting a duplicate.
     */
    private async create<K extends AnswerKind>(
        kind: K,
        path: string,
        body: object,
        secrets: readonly string[] = [],
    ): Promise<AnswerOf<K>> {
        return checkedAnswer(kind, await this.call<unknown>("POST", path, { body, secrets }), { method: "POST", path });
    }
}

/** The data source passwords (`source_info.user_password`, "Creating a Dataset", "Creating an Import Task") of `sources`. */
function passwordsOf(sources: readonly unknown[]): string[] {
    return sources.flatMap((source) => {
        const password = (source as { source_info?: { user_password?: unknown } } | undefined)?.source_info
            ?.user_password;
        return typeof password === "string" && password !== "" ? [password] : [];
    });
}

/** Query parameters without the absent ones; booleans as `true`/`false`, arrays comma-separated. */
function definedOnly(query: object): Record<string, string | number> {
    const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null);
    const text = (v: unknown) => (Array.isArray(v) ? v.join(",") : String(v));
    return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "number" ? v : text(v)]));
}

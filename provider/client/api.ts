/**
 * Typed calls of the ModelArts data-management API ("Data Management (Old Version)"), paths exactly as the
 * reference pages list them. Bodies are passed through as given: mapping Pulumi inputs to snake_case is
 * the schemas' job, and user maps must reach the API verbatim. Creates, and the lists that make a create safe
 * (the provider lists only to find a task a create may have made), go first when the process is paced.
 */
import { checkedAnswer, FieldType, malformedAnswer } from "./answer-shape";
import { HttpMethod, HttpRequest, HttpTransport, ServerTime, TransportOptions, TransportStats } from "./http";
import type { DatasetListQuery, DatasetListResponse, DatasetResponse } from "./dataset-types";
import type { ClientSettings } from "./settings";
import type {
    CreateTaskResponse,
    ExportTaskListQuery,
    ExportTaskListResponse,
    ExportTaskResponse,
    ImportTaskListResponse,
    ImportTaskResponse,
    PageQuery,
    ProcessorTaskListQuery,
    ProcessorTaskListResponse,
    ProcessorTaskResponse,
} from "./types";

const segment = encodeURIComponent;

/** How a task is read while waiting on it: see {@link HttpRequest} (`secrets`: those the answer may echo). */
export type ReadOptions = Pick<HttpRequest, "priority" | "notAfterMs" | "secrets">;

/** The fields each task view must have (a status of the documented type) for a wait to use it. */
const IMPORT_TASK: Record<string, FieldType> = { status: "string", error_code: "string?", error_msg: "string?" };
const EXPORT_TASK = IMPORT_TASK;
const PROCESSOR_TASK: Record<string, FieldType> = { status: "number", error_msg: "string?" };

/** The ModelArts dataset task API of one project. */
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
        const source = body.data_source as { source_info?: { user_password?: unknown } } | undefined;
        const password = source?.source_info?.user_password;
        const secrets = typeof password === "string" ? [password] : [];
        return this.create(`${this.datasetPath(datasetId)}/import-tasks`, body, secrets);
    }

    /** `GET …/datasets/{dataset_id}/import-tasks/{task_id}` ("Querying Details About a Dataset Import Task"). */
    getImportTask(datasetId: string, taskId: string, options: ReadOptions = {}): Promise<ImportTaskResponse> {
        return this.checked(
            "GET",
            `${this.datasetPath(datasetId)}/import-tasks/${segment(taskId)}`,
            IMPORT_TASK,
            options,
        );
    }

    /** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
    listImportTasks(datasetId: string, page: PageQuery = {}): Promise<ImportTaskListResponse> {
        const fields = { import_tasks: "array", total_count: "number?" } as const;
        return this.checked("GET", `${this.datasetPath(datasetId)}/import-tasks`, fields, {
            query: definedOnly(page),
            priority: "urgent",
        });
    }

    /** `POST …/datasets/{dataset_id}/export-tasks` ("Creating a Dataset Export Task"). Never retried. */
    createExportTask(datasetId: string, body: Record<string, unknown>): Promise<CreateTaskResponse> {
        return this.create(`${this.datasetPath(datasetId)}/export-tasks`, body);
    }

    /** `GET …/datasets/{dataset_id}/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task"). */
    getExportTask(datasetId: string, taskId: string, options: ReadOptions = {}): Promise<ExportTaskResponse> {
        return this.checked(
            "GET",
            `${this.datasetPath(datasetId)}/export-tasks/${segment(taskId)}`,
            EXPORT_TASK,
            options,
        );
    }

    /** `GET …/datasets/{dataset_id}/export-tasks` ("Querying the Dataset Export Task List"). */
    listExportTasks(datasetId: string, query: ExportTaskListQuery = {}): Promise<ExportTaskListResponse> {
        const fields = { export_tasks: "array", total_count: "number?" } as const;
        return this.checked("GET", `${this.datasetPath(datasetId)}/export-tasks`, fields, {
            query: definedOnly(query),
            priority: "urgent",
        });
    }

    /** `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task"). Never retried. */
    createProcessorTask(body: Record<string, unknown>): Promise<CreateTaskResponse> {
        return this.create(`${this.projectPath}/processor-tasks`, body);
    }

    /** `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task"). */
    getProcessorTask(taskId: string, options: ReadOptions = {}): Promise<ProcessorTaskResponse> {
        return this.checked("GET", `${this.projectPath}/processor-tasks/${segment(taskId)}`, PROCESSOR_TASK, options);
    }

    /** `GET /v2/{project_id}/processor-tasks` ("Querying the List of a Processing Task"). */
    listProcessorTasks(query: ProcessorTaskListQuery = {}): Promise<ProcessorTaskListResponse> {
        const fields = { tasks: "array", count: "number?" } as const;
        return this.checked("GET", `${this.projectPath}/processor-tasks`, fields, {
            query: definedOnly(query),
            priority: "urgent",
        });
    }

    /** `GET /v2/{project_id}/datasets` ("Querying the Dataset List"); `total_number` is not to be trusted. */
    listDatasets(query: DatasetListQuery = {}): Promise<DatasetListResponse> {
        const fields = { datasets: "array", total_number: "number?" } as const;
        return this.checked("GET", `${this.projectPath}/datasets`, fields, { query: definedOnly(query) });
    }

    /** `GET /v2/{project_id}/datasets/{dataset_id}` ("Querying Details About a Dataset"). */
    getDataset(datasetId: string): Promise<DatasetResponse> {
        return this.checked("GET", this.datasetPath(datasetId), { dataset_id: "string" });
    }

    /** `PUT /v2/{project_id}/processor-tasks/{task_id}`: `description` is the only mutable field. */
    async updateProcessorTask(taskId: string, body: { description: string }): Promise<void> {
        await this.call("PUT", `${this.projectPath}/processor-tasks/${segment(taskId)}`, { body });
    }

    /** `DELETE /v2/{project_id}/processor-tasks/{task_id}` (answers 200 `{}`). */
    async deleteProcessorTask(taskId: string): Promise<void> {
        await this.call("DELETE", `${this.projectPath}/processor-tasks/${segment(taskId)}`);
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

    private call<T>(
        method: HttpMethod,
        path: string,
        extra: Pick<HttpRequest, "query" | "body" | "secrets" | "priority" | "notAfterMs"> = {},
    ): Promise<T> {
        const notAfterMs = Math.min(extra.notAfterMs ?? Infinity, this.notAfterMs ?? Infinity);
        return this.transport.send<T>({ method, path, ...extra, ...(notAfterMs === Infinity ? {} : { notAfterMs }) });
    }

    /** A GET whose answer must have `fields` (see `answer-shape.ts`). */
    private async checked<T>(
        method: HttpMethod,
        path: string,
        fields: Readonly<Record<string, FieldType>>,
        extra: Pick<HttpRequest, "query" | "secrets" | "priority" | "notAfterMs"> = {},
    ): Promise<T> {
        return checkedAnswer<T>(await this.call<unknown>(method, path, extra), fields, { method, path });
    }

    /**
     * A create whose 2xx answer has no task id has still created a task: report it as an unknown outcome so the
     * caller reconciles instead of posting a duplicate.
     */
    private async create(
        path: string,
        body: Record<string, unknown>,
        secrets: string[] = [],
    ): Promise<CreateTaskResponse> {
        const answer = await this.call<Partial<CreateTaskResponse>>("POST", path, { body, secrets });
        if (typeof answer.task_id === "string" && answer.task_id !== "") return answer as CreateTaskResponse;
        throw malformedAnswer(
            { method: "POST", path },
            `its "task_id" is ${answer.task_id === undefined ? "missing" : "not a task id"}`,
        );
    }
}

/** Query parameters without the absent ones; booleans as `true`/`false`, arrays comma-separated. */
function definedOnly(query: object): Record<string, string | number> {
    const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null);
    const text = (v: unknown) => (Array.isArray(v) ? v.join(",") : String(v));
    return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "number" ? v : text(v)]));
}

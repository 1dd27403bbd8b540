/**
 * Typed calls of the ModelArts data-management API ("Data Management (Old Version)"), paths exactly as the
 * reference pages list them. Bodies are passed through as given: mapping Pulumi inputs to snake_case is
 * the schemas' job, and user maps must reach the API verbatim. Creates, and the lists that make a create safe
 * (the provider lists only to find a task a create may have made), go first when the process is paced.
 */
import { HttpMethod, HttpRequest, HttpTransport, ServerTime, TransportOptions, TransportStats } from "./http";
import { ModelArtsError } from "./errors";
import type { ClientSettings } from "./settings";
import type {
    CreateTaskResponse,
    DatasetResponse,
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

/** How a task is read while waiting on it: see {@link HttpRequest}. */
export type ReadOptions = Pick<HttpRequest, "priority" | "notAfterMs">;

/** The ModelArts dataset task API of one project. */
export class ModelArtsClient {
    private readonly transport: HttpTransport;
    private readonly projectPath: string;

    constructor(settings: ClientSettings, options: TransportOptions = {}) {
        this.transport = new HttpTransport(settings, options);
        this.projectPath = `/v2/${segment(settings.projectId)}`;
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
        return this.call("GET", `${this.datasetPath(datasetId)}/import-tasks/${segment(taskId)}`, options);
    }

    /** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
    listImportTasks(datasetId: string, page: PageQuery = {}): Promise<ImportTaskListResponse> {
        return this.call("GET", `${this.datasetPath(datasetId)}/import-tasks`, { query: definedOnly(page), priority: "urgent" });
    }

    /** `GET /v2/{project_id}/datasets/{dataset_id}`: the dataset exists and is readable. */
    getDataset(datasetId: string): Promise<DatasetResponse> {
        return this.call("GET", this.datasetPath(datasetId));
    }

    /** `POST …/datasets/{dataset_id}/export-tasks` ("Creating a Dataset Export Task"). Never retried. */
    createExportTask(datasetId: string, body: Record<string, unknown>): Promise<CreateTaskResponse> {
        return this.create(`${this.datasetPath(datasetId)}/export-tasks`, body);
    }

    /** `GET …/datasets/{dataset_id}/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task"). */
    getExportTask(datasetId: string, taskId: string, options: ReadOptions = {}): Promise<ExportTaskResponse> {
        return this.call("GET", `${this.datasetPath(datasetId)}/export-tasks/${segment(taskId)}`, options);
    }

    /** `GET …/datasets/{dataset_id}/export-tasks` ("Querying the Dataset Export Task List"). */
    listExportTasks(datasetId: string, page: PageQuery = {}): Promise<ExportTaskListResponse> {
        return this.call("GET", `${this.datasetPath(datasetId)}/export-tasks`, { query: definedOnly(page), priority: "urgent" });
    }

    /** `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task"). Never retried. */
    createProcessorTask(body: Record<string, unknown>): Promise<CreateTaskResponse> {
        return this.create(`${this.projectPath}/processor-tasks`, body);
    }

    /** `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task"). */
    getProcessorTask(taskId: string, options: ReadOptions = {}): Promise<ProcessorTaskResponse> {
        return this.call("GET", `${this.projectPath}/processor-tasks/${segment(taskId)}`, options);
    }

    /** `GET /v2/{project_id}/processor-tasks` ("Querying the List of a Processing Task"). */
    listProcessorTasks(query: ProcessorTaskListQuery = {}): Promise<ProcessorTaskListResponse> {
        return this.call("GET", `${this.projectPath}/processor-tasks`, { query: definedOnly(query), priority: "urgent" });
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
        return this.transport.send<T>({ method, path, ...extra });
    }

    /**
     * A create whose 2xx answer has no task id has still created a task: report it as an unknown outcome so the
     * caller reconciles instead of posting a duplicate.
     */
    private async create(path: string, body: Record<string, unknown>, secrets: string[] = []): Promise<CreateTaskResponse> {
        const answer = await this.call<Partial<CreateTaskResponse>>("POST", path, { body, secrets });
        if (typeof answer.task_id === "string" && answer.task_id !== "") return answer as CreateTaskResponse;
        const errorMsg = "the answer has no task_id";
        throw new ModelArtsError({ method: "POST", path, status: 200, errorMsg, outcomeUnknown: true });
    }
}

/** Query parameters without the absent ones; booleans as `true`/`false`. */
function definedOnly(query: object): Record<string, string | number> {
    const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null);
    return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "number" ? v : String(v)]));
}

/**
 * The server's side of the soak's accounting: every task the service holds, listed through its API, after the
 * soak. The lists are read from a second, fault-free emulator started on the soak's data directory (the state
 * persists there): listing through the faulted one would inject faults into the audit itself and shift the
 * seeded fault sequence of the soak.
 */
import { DEFAULT_PROJECT_ID, DEMO_CREDENTIALS, startEmulator } from "../../emulator/server";
import { ModelArtsClient } from "../../provider/client/api";
import { readAllPages } from "../../provider/client/pager";
import type { ExportTaskResponse, ImportTaskResponse, ProcessorTaskResponse } from "../../provider/client/types";
import type { TaskKindName } from "../../testkit/task-fleet";
import { ServerTask, taskKey } from "./record";

/** The error each kind's task shows when the emulator's `fail=P` made it fail (emulator/routes/*). */
const INJECTED = {
    import: { status: "FAILED", code: "ModelArts.4362" },
    export: { status: "FAILED", code: "ModelArts.4401" },
    // A processing task's view carries only the message of ModelArts.4392.
    processor: { status: 3, message: "Task failed" },
} as const;

/** Lists the tasks of `datasetIds` (imports, exports) and every processing task, from `dataDir`'s state. */
export async function auditServerTasks(dataDir: string, datasetIds: readonly string[]): Promise<ServerTask[]> {
    const emulator = await startEmulator({ dataDir, port: 0 });
    try {
        const credentials = { kind: "aksk" as const, ...DEMO_CREDENTIALS };
        const client = new ModelArtsClient({ endpoint: emulator.url, projectId: DEFAULT_PROJECT_ID, credentials });
        const perDataset = await Promise.all(datasetIds.map((datasetId) => datasetTasks(client, datasetId)));
        return [...perDataset.flat(), ...(await processorTasks(client))];
    } finally {
        await emulator.close();
    }
}

async function datasetTasks(client: ModelArtsClient, datasetId: string): Promise<ServerTask[]> {
    const imports = await readAllPages({
        what: `the import tasks of dataset ${datasetId}`,
        idOf: (t: ImportTaskResponse) => t.task_id,
        fetchPage: async (offset, limit) => {
            const answer = await client.listImportTasks(datasetId, { offset, limit });
            return { items: answer.import_tasks ?? [], total: answer.total_count };
        },
    });
    const exports = await readAllPages({
        what: `the export tasks of dataset ${datasetId}`,
        idOf: (t: ExportTaskResponse) => t.task_id,
        fetchPage: async (offset, limit) => {
            const answer = await client.listExportTasks(datasetId, { offset, limit });
            return { items: answer.export_tasks ?? [], total: answer.total_count };
        },
    });
    const task = (
        kind: TaskKindName,
        t: { task_id?: string; create_time?: number },
        path: unknown,
        failed: boolean,
    ) => ({
        kind,
        id: String(t.task_id),
        key: taskKey(kind, { datasetId, path }),
        createdAtMs: Number(t.create_time),
        failedByInjection: failed,
    });
    return [
        ...imports.map((t) =>
            task(
                "ImportTask",
                t,
                t.import_path,
                t.status === INJECTED.import.status && t.error_code === INJECTED.import.code,
            ),
        ),
        ...exports.map((t) =>
            task("ExportTask", t, t.path, t.status === INJECTED.export.status && t.error_code === INJECTED.export.code),
        ),
    ];
}

async function processorTasks(client: ModelArtsClient): Promise<ServerTask[]> {
    const tasks = await readAllPages({
        what: "the processing tasks",
        idOf: (t: ProcessorTaskResponse) => t.task_id,
        fetchPage: async (offset, limit) => {
            const answer = await client.listProcessorTasks({ offset, limit, return_result: false });
            return { items: answer.tasks ?? [], total: answer.count };
        },
    });
    return tasks.map((t) => ({
        kind: "ProcessorTask",
        id: String(t.task_id),
        key: taskKey("ProcessorTask", { name: t.name }),
        createdAtMs: Number(t.create_time),
        // The message may go on with the echoed request and a stack trace (the `trace` and `echo` faults).
        failedByInjection:
            t.status === INJECTED.processor.status && String(t.error_msg).startsWith(INJECTED.processor.message),
    }));
}

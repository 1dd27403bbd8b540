/** Hand-made soak records for the tests of the soak's verdict figures: small, with every instant chosen. */
import type { ProviderCall, ServerTask, SoakRecord, SoakResource, SoakUp } from "../../../bench/soak/record";
import { taskKey } from "../../../bench/soak/record";
import type { TaskKindName } from "../../../testkit/task-fleet";

export const T0 = 1_700_000_000_000;
export const TASK_DURATION_MS = 2_000;

/** Resource `name` of `kind` targeting `target` (a dataset/path pair's path, or a processing task's name). */
export function resource(
    kind: TaskKindName,
    name: string,
    target: string,
    extra: Partial<SoakResource> = {},
): SoakResource {
    return { name, kind, key: keyOf(kind, target), ...extra };
}

/** A server task of `kind` for `target`, created `atMs` after {@link T0}. */
export function serverTask(
    kind: TaskKindName,
    id: string,
    target: string,
    atMs: number,
    failedByInjection = false,
): ServerTask {
    return { kind, id, key: keyOf(kind, target), createdAtMs: T0 + atMs, failedByInjection };
}

/** An `up` from `fromMs` to `toMs` after {@link T0}. */
export function up(fromMs: number, toMs: number, steps: SoakUp["steps"] = [], extra: Partial<SoakUp> = {}): SoakUp {
    return { startedAtMs: T0 + fromMs, endedAtMs: T0 + toMs, restartedAtMs: [], steps, ...extra };
}

/** A Create call sent `fromMs` and answered `toMs` after {@link T0} (unanswered without `toMs`). */
export function call(name: string, fromMs: number, toMs?: number, error?: string): ProviderCall {
    return {
        method: "Create",
        name,
        sentAtMs: T0 + fromMs,
        ...(toMs === undefined ? {} : { answeredAtMs: T0 + toMs }),
        ...(error ? { error } : {}),
    };
}

/** A record with nothing in it but what `parts` gives. */
export function soakRecord(parts: Partial<SoakRecord>): SoakRecord {
    return {
        taskDurationMs: TASK_DURATION_MS,
        timeoutMs: 60_000,
        resources: [],
        serverTasks: [],
        createdOnServer: { ImportTask: 0, ExportTask: 0, ProcessorTask: 0 },
        requests: [],
        calls: [],
        ups: [],
        wallMs: 0,
        leakedSecrets: [],
        ...parts,
    };
}

function keyOf(kind: TaskKindName, target: string): string {
    return taskKey(kind, kind === "ProcessorTask" ? { name: target } : { datasetId: "d", path: target });
}

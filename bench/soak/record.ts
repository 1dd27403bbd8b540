/**
 * What a soak run records, and nothing it computes: the figures (`soak-figures.ts`, `soak-traffic.ts`,
 * `soak-timing.ts`) are pure functions of this record, so the tests of `test/bench/` feed them hand-made records.
 */
import type { EmulatorRequest } from "../../emulator/server";
import type { TaskKindName } from "../../testkit/task-fleet";

/** One task resource as the stack requested it and as the final state holds it. */
export interface SoakResource {
    readonly name: string;
    readonly kind: TaskKindName;
    /** What identifies its task on the server: see {@link taskKey}. */
    readonly key: string;
    /** The task id in the final state; absent when the state has no such resource. */
    readonly id?: string;
    /** The final state's init errors (a task that failed, timed out or lost contact, kept with its id). */
    readonly initErrors?: readonly string[];
}

/** One task the server holds, as its list endpoints show it after the soak. */
export interface ServerTask {
    readonly kind: TaskKindName;
    readonly id: string;
    readonly key: string;
    readonly createdAtMs: number;
    /** Ended in the failed state with the error the emulator injects (`fail=P`), not for another reason. */
    readonly failedByInjection: boolean;
}

/** One provider call (Create or Update) as the engine saw it: when it was sent and answered. */
export interface ProviderCall {
    readonly method: "Create" | "Update";
    readonly name: string;
    readonly sentAtMs: number;
    /** Absent when the host never answered (killed with the call in flight). */
    readonly answeredAtMs?: number;
    /** The error the call failed with, if it failed. */
    readonly error?: string;
    /** The failed call kept the resource with a task id ("created but failed to initialize"). */
    readonly keptId?: boolean;
}

/** A task step of one `up`: the resource's name and its operation (`same`, `create`, `failed`, …). */
export interface SoakStep {
    readonly name: string;
    readonly op: string;
    readonly error?: string;
}

/** One `pulumi up` of the soak. */
export interface SoakUp {
    readonly startedAtMs: number;
    readonly endedAtMs: number;
    /** When the provider host was killed during this up. */
    readonly interruptedAtMs?: number;
    /** When the emulator was restarted during this up. */
    readonly restartedAtMs: readonly number[];
    readonly steps: readonly SoakStep[];
}

/** Everything a soak run leaves to measure. */
export interface SoakRecord {
    readonly taskDurationMs: number;
    readonly timeoutMs: number;
    readonly resources: readonly SoakResource[];
    readonly serverTasks: readonly ServerTask[];
    /** The emulator's `createdTasks()` counter per kind (persisted, so restarts do not reset it). */
    readonly createdOnServer: Readonly<Record<TaskKindName, number>>;
    /** Every request the faulted emulator answered or dropped (the audit's own requests excluded). */
    readonly requests: readonly EmulatorRequest[];
    readonly calls: readonly ProviderCall[];
    readonly ups: readonly SoakUp[];
    readonly wallMs: number;
    /**
     * Each secret (by name, and the form it was found in: raw, JSON-escaped, URL-encoded) found in anything the
     * provider or the engine produced: state, outputs, steps, errors, host output. Never the value itself.
     */
    readonly leakedSecrets: readonly string[];
}

/**
 * What ties a server task to the resource that asked for it: the kind and the target no other resource of the
 * fleet shares (import and export: dataset and path; processing task: its name, unique in the project).
 */
export function taskKey(kind: TaskKindName, target: { datasetId?: unknown; path?: unknown; name?: unknown }): string {
    if (kind === "ProcessorTask") return `${kind} ${String(target.name)}`;
    // The server echoes `s3://`/`obs://` import paths as `obs://`, export paths as `/bucket/dir/` (docs/api-notes.md).
    const path = String(target.path)
        .replace(/^(s3|obs):\/\//, "/")
        .replace(/\/+$/, "");
    return `${kind} ${String(target.datasetId)} ${path}`;
}

/**
 * How each kind's task reads when the emulator's `fail=P` made it fail, in a failed step's error (the provider's
 * `error_code: error_msg`, or the processing task's message alone: its view has no code).
 */
export const INJECTED_FAILURE_REASONS: readonly string[] = [
    "ModelArts.4362: Import data error",
    "ModelArts.4401: Failed to export data.",
    "Task failed",
];

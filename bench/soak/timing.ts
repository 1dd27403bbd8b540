/**
 * How late the soak's waits were, two ways:
 *
 * - detection lag, per task a resource holds at the end: from the task's end on the server (its creation time
 *   plus the emulator's task duration: every task has that duration, failed ones included) to the answer of the
 *   first poll (a GET of that task answered 200 without a fault) made at or after it: the emulator computes a
 *   task's state when it answers, so that poll is the first that could see the end. Tasks whose end fell inside
 *   an `up` before any kill of its host were being waited on ("watched"); the others ended while no `up` was
 *   running or after its host was killed, and their lag includes the time until the next `up`: reported apart.
 * - deadline overrun, per provider call (Create or Update): how long after the resource's `timeout` the engine got
 *   its answer (answer time − send time − timeout; negative when the call ended before its deadline). The waiter
 *   makes one last poll at its deadline, so a positive value is the time that last poll and the answer took.
 */
import type { EmulatorRequest } from "../../emulator/server";
import type { SoakRecord, SoakUp } from "./record";
import { percentile } from "../common/stats";

/** Mean, 95th percentile (nearest rank) and maximum of some durations, with the worst case's subject. */
export interface Spread {
    readonly count: number;
    readonly meanMs: number;
    readonly p95Ms: number;
    readonly maxMs: number;
    /** What the maximum belongs to (a task id, a resource name). */
    readonly worst?: string;
}

export interface Timing {
    /** Lag of tasks that ended while an `up` was waiting on them. */
    readonly watchedLag?: Spread;
    /** Lag of tasks that ended between `up`s or after a host was killed (includes the wait for the next `up`). */
    readonly unwatchedLag?: Spread;
    /** Held tasks that no poll saw ended (a wait that gave up first, for instance). */
    readonly neverSeenEnded: readonly string[];
    /** Duration of each answered Create/Update call minus the timeout: its maximum is the worst overrun. */
    readonly deadlineOverrun?: Spread;
    /** Calls whose error says the wait timed out. */
    readonly timedOutCalls: number;
}

export function measureTiming(record: SoakRecord): Timing {
    const { resources, serverTasks, requests, taskDurationMs, ups } = record;
    const held = new Set(resources.flatMap((r) => (r.id ? [r.id] : [])));
    const firstSeenEnded = firstEndedPolls(requests);
    const watched: Array<[string, number]> = [];
    const unwatched: Array<[string, number]> = [];
    const neverSeenEnded: string[] = [];
    for (const task of serverTasks.filter((t) => held.has(t.id))) {
        const endMs = task.createdAtMs + taskDurationMs;
        const seenAtMs = firstSeenEnded(task.id, endMs);
        if (seenAtMs === undefined) neverSeenEnded.push(task.id);
        else (isWatched(ups, endMs) ? watched : unwatched).push([task.id, seenAtMs - endMs]);
    }
    const answered = record.calls.flatMap((c) =>
        c.answeredAtMs === undefined
            ? []
            : [[c.name, c.answeredAtMs - c.sentAtMs - record.timeoutMs] as [string, number]],
    );
    return {
        ...optional("watchedLag", spread(watched)),
        ...optional("unwatchedLag", spread(unwatched)),
        neverSeenEnded,
        ...optional("deadlineOverrun", spread(answered)),
        timedOutCalls: record.calls.filter((c) => c.error?.includes("timed out after")).length,
    };
}

/** Mean, p95 and max of `[subject, ms]` pairs; undefined when there are none. */
export function spread(values: ReadonlyArray<readonly [string, number]>): Spread | undefined {
    if (values.length === 0) return undefined;
    const [worst, maxMs] = values.reduce((max, value) => (value[1] > max[1] ? value : max));
    const durations = values.map(([, ms]) => ms);
    return {
        count: values.length,
        meanMs: durations.reduce((sum, ms) => sum + ms, 0) / values.length,
        p95Ms: percentile(durations, 0.95),
        maxMs,
        worst,
    };
}

/** An `up` was waiting at `atMs`: it had started, and neither ended nor lost its host yet. */
function isWatched(ups: readonly SoakUp[], atMs: number): boolean {
    return ups.some((up) => atMs >= up.startedAtMs && atMs < (up.interruptedAtMs ?? up.endedAtMs));
}

/** For a task id and an instant, the answer time of the first successful poll of that task at or after it. */
function firstEndedPolls(requests: readonly EmulatorRequest[]): (taskId: string, fromMs: number) => number | undefined {
    const answersByTask = new Map<string, number[]>();
    for (const r of requests) {
        if (r.method !== "GET" || !r.route?.endsWith("-tasks/{task_id}") || r.status !== 200 || r.fault !== undefined)
            continue;
        const id = decodeURIComponent(r.path.slice(r.path.lastIndexOf("/") + 1));
        answersByTask.set(id, [...(answersByTask.get(id) ?? []), r.atMs]);
    }
    return (taskId, fromMs) => answersByTask.get(taskId)?.find((atMs) => atMs >= fromMs);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
    return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** A restart of the emulator or a kill of the provider host, and what was under way at that instant. */
export interface DisruptionView {
    readonly action: "emulator restarted" | "host killed";
    /** 1-based number of the `up`. */
    readonly up: number;
    readonly atMs: number;
    /** Server tasks created and not yet ended. */
    readonly tasksRunning: number;
    /** Create/Update calls sent and not yet answered. */
    readonly callsInFlight: number;
}

export function disruptionsOf(record: SoakRecord): DisruptionView[] {
    const view = (action: DisruptionView["action"], up: number, atMs: number): DisruptionView => ({
        action,
        up,
        atMs,
        tasksRunning: record.serverTasks.filter(
            (t) => t.createdAtMs <= atMs && atMs < t.createdAtMs + record.taskDurationMs,
        ).length,
        callsInFlight: record.calls.filter(
            (c) => c.sentAtMs <= atMs && !(c.answeredAtMs !== undefined && c.answeredAtMs < atMs),
        ).length,
    });
    return record.ups.flatMap((up, i) => [
        ...up.restartedAtMs.map((atMs) => view("emulator restarted", i + 1, atMs)),
        ...(up.interruptedAtMs === undefined ? [] : [view("host killed", i + 1, up.interruptedAtMs)]),
    ]);
}

/**
 * A task's progress, computed from timestamps at read time (never from timers), so that a task created before a
 * restart keeps progressing after it and a fake clock moves tasks without waiting.
 *
 * A run is queued for the first fifth of its duration, then running, then finished at `createdAt + durationMs`,
 * or earlier/later at `failure.at` when it fails. A stop before the end freezes it.
 */
import { CodedMessage } from "../errors";

/** What the emulator stores about one asynchronous run (an import, export, processor task or task version). */
export interface Run {
    readonly createdAt: number;
    readonly durationMs: number;
    /** Set at creation (path missing, injected fault) or when the run settles (e.g. no valid sample). */
    failure?: CodedMessage & { readonly at: number };
    stoppedAt?: number;
    /** When the run's effects (samples added, files written) were applied; set once. */
    settledAt?: number;
}

/** The phase of a run at some time. */
export type Phase = "queued" | "running" | "succeeded" | "failed" | "stopped";

/** The state of a run at some time. */
export interface RunView {
    readonly phase: Phase;
    /** 0 … 1: share of the work done. */
    readonly progress: number;
    /** When the current phase began (the task's `update_time`). */
    readonly since: number;
    /** Milliseconds the run has been going (stops growing when it ends). */
    readonly elapsedMs: number;
}

const QUEUED_SHARE = 0.2;

/** When the run ends on its own (success or failure), ignoring stops. */
export function endOf(run: Run): number {
    return run.failure?.at ?? run.createdAt + run.durationMs;
}

/** When the queued phase ends. */
export function startOf(run: Run): number {
    return run.createdAt + Math.round(run.durationMs * QUEUED_SHARE);
}

/** The state of `run` at `now`. */
export function viewRun(run: Run, now: number): RunView {
    const end = endOf(run);
    const stop = run.stoppedAt !== undefined && run.stoppedAt < end ? run.stoppedAt : undefined;
    const until = Math.min(now, stop ?? end);
    const elapsedMs = Math.max(0, until - run.createdAt);
    const progress = Math.min(1, Math.max(0, (until - startOf(run)) / Math.max(1, end - startOf(run))));
    if (stop !== undefined && now >= stop) return { phase: "stopped", progress, since: stop, elapsedMs };
    if (now >= end) return { phase: run.failure ? "failed" : "succeeded", progress: 1, since: end, elapsedMs };
    if (now >= startOf(run)) return { phase: "running", progress, since: startOf(run), elapsedMs };
    return { phase: "queued", progress: 0, since: run.createdAt, elapsedMs };
}

/** True while the run is queued or running. */
export function isActive(run: Run, now: number): boolean {
    const phase = viewRun(run, now).phase;
    return phase === "queued" || phase === "running";
}

/** True when the run has reached its end and its effects are still to be applied. */
export function isDue(run: Run, now: number): boolean {
    return run.settledAt === undefined && !isActive(run, now);
}

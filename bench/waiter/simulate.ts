/**
 * Simulated waits on a fake clock: a task that completes at a known instant after its POST, polled by some
 * schedule; what we measure is the number of GETs and the detection lag (the instant of the first GET that sees
 * the task done, minus the instant it completed). GETs take no time here, for every schedule alike. A task may
 * also report its progress (`progress-model.ts`); only our waiter reads it.
 */
import { Acceptance, waitForTask } from "../../provider/wait";
import { FakeClock } from "../../testkit/fake-clock";
import { ProgressCurve } from "./progress-model";
import { DelaySchedule } from "./schedules";
import { percentile } from "../common/stats";

/** What one GET of a simulated task sees. */
export interface Sighting {
    readonly done: boolean;
    /** The share of the work done, when the task reports it. */
    readonly progress?: number;
}

/** Polls `observe` on `clock` until it sees the task done. */
export type Waiter = (
    observe: () => Promise<Sighting>,
    clock: FakeClock,
    startedAtMs: number,
    random: () => number,
) => Promise<void>;

/** What one simulated wait cost and how late it noticed the completion. */
export interface Detection {
    readonly gets: number;
    readonly lagMs: number;
}

/**
 * Runs `waiter` against a task that completes `completionMs` after its POST, on a fresh fake clock; the task
 * reports the progress of `curve` when one is given.
 */
export async function measureDetection(
    waiter: Waiter,
    completionMs: number,
    random: () => number,
    curve?: ProgressCurve,
): Promise<Detection> {
    const clock = new FakeClock();
    const startedAtMs = clock.now();
    const completesAtMs = startedAtMs + completionMs;
    let gets = 0;
    const observe = () => {
        gets++;
        const done = clock.now() >= completesAtMs;
        return Promise.resolve(curve ? { done, progress: curve(clock.now() - startedAtMs) } : { done });
    };
    await waiter(observe, clock, startedAtMs, random);
    return { gets, lagMs: clock.now() - completesAtMs };
}

/** Far beyond the longest simulated task, so the deadline (and its final poll) never shapes the schedule. */
const UNREACHED_DEADLINE_MS = 24 * 3_600_000;
const running: Acceptance = { state: "running" };
const succeeded: Acceptance = { state: "succeeded" };

/** Our schedule: the provider's own `waitForTask`, not a copy of its formula, reading progress where reported. */
export const ourWaiter: Waiter = async (observe, clock, startedAtMs, random) => {
    const outcome = await waitForTask(observe, (seen) => (seen.done ? succeeded : running), {
        clock,
        startedAtMs,
        deadlineMs: startedAtMs + UNREACHED_DEADLINE_MS,
        random,
        progressOf: (seen) => seen.progress,
    });
    if (outcome.kind !== "succeeded") throw new Error(`waitForTask ended with "${outcome.kind}" in a benchmark`);
};

/** A plain loop that sleeps each delay of `schedule`, then GETs, until the task is done. */
export function scheduleWaiter(schedule: DelaySchedule): Waiter {
    return async (observe, clock, _startedAtMs, random) => {
        const delays = schedule(random);
        for (;;) {
            const next = delays.next();
            if (next.done) throw new Error("a polling schedule ran out of delays");
            await clock.sleep(next.value);
            if ((await observe()).done) return;
        }
    };
}

/** Per-schedule figures over many runs. */
export interface DetectionSummary {
    readonly getsMean: number;
    readonly getsMax: number;
    readonly lagMeanMs: number;
    /** Half-width of the 95 % confidence interval of `lagMeanMs` (normal approximation): its run-to-run noise. */
    readonly lagMeanCi95Ms: number;
    readonly lagP95Ms: number;
    /** The longest lag: the tail a mean and a p95 do not show (an estimate that sent a poll far past the end). */
    readonly lagMaxMs: number;
}

/**
 * Mean and maximum GETs; mean (with its 95 % confidence half-width), 95th percentile (nearest rank) and maximum of the
 * lag.
 */
export function summarise(detections: readonly Detection[]): DetectionSummary {
    if (detections.length === 0) throw new Error("nothing to summarise");
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const gets = detections.map((detection) => detection.gets);
    const lags = detections.map((detection) => detection.lagMs);
    const lagMeanMs = mean(lags);
    const lagVariance = mean(lags.map((lag) => (lag - lagMeanMs) ** 2));
    return {
        getsMean: mean(gets),
        getsMax: gets.reduce((max, value) => Math.max(max, value), 0),
        lagMeanMs,
        lagMeanCi95Ms: 1.96 * Math.sqrt(lagVariance / lags.length),
        lagP95Ms: percentile(lags, 0.95),
        lagMaxMs: lags.reduce((max, value) => Math.max(max, value), -Infinity),
    };
}

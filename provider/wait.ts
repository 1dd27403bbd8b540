/**
 * One waiter for every long-running ModelArts task, in the manner of the AWS SDK v3 waiters (smithy
 * `util-waiter`): a per-resource acceptor says `succeeded / failed / running`, the waiter owns the schedule,
 * the deadline and the final poll at it.
 *
 * When the task reports how far along it is (`progressOf`), the waiter estimates when it will end and looks again
 * just before (`wait-progress.ts`); otherwise, or when that progress cannot be trusted, it follows the plain
 * schedule of `wait-schedule.ts`. Either way polls of one wait are at least a second apart and none comes after the
 * deadline. docs/design/waiter.md has the reasoning; `bench/waiter/main.ts` measures both against the schedules
 * users would otherwise get.
 */
import { Clock } from "./clock";
import { ProgressTrend } from "./wait-progress";
import { nextPollDelayMs } from "./wait-schedule";

export { nextPollDelayMs };

/** What an acceptor makes of one observation of a task. */
export type Acceptance =
    | { readonly state: "running" }
    | { readonly state: "succeeded" }
    | {
          readonly state: "failed";
          /** Why, as `error_code: error_msg` where the API gave them. */
          readonly reason: string;
      };

/** How a wait ended. `observed` is the last successful poll's value (absent only when no poll succeeded). */
export type WaitOutcome<T> =
    | { readonly kind: "succeeded"; readonly observed: T; readonly polls: number }
    | { readonly kind: "failed"; readonly observed: T; readonly reason: string; readonly polls: number }
    | { readonly kind: "timedOut"; readonly observed?: T; readonly polls: number; readonly lastError?: unknown }
    | { readonly kind: "pollErrors"; readonly observed?: T; readonly polls: number; readonly lastError: unknown };

/** What one poll gave: the observation, or the error it threw and how many polls in a row have failed. */
export type PollReport<T> = { readonly observed: T } | { readonly error: unknown; readonly consecutiveErrors: number };

/** Options of {@link waitForTask}. */
export interface WaitOptions<T = unknown> {
    readonly clock: Clock;
    /**
     * Epoch ms since which the task is known to exist (its POST's answer): the schedule depends on the time elapsed
     * since. An earlier instant makes the early polls come before a short task can have ended (docs/design/waiter.md).
     */
    readonly startedAtMs: number;
    /** Epoch ms after which the wait gives up; one last poll is made at this instant. */
    readonly deadlineMs: number;
    /** Uniform random source in [0, 1), injectable for deterministic tests and benchmarks. */
    readonly random?: () => number;
    /** Consecutive failed polls (after the HTTP layer's own retries) that end the wait. */
    readonly maxConsecutiveErrors?: number;
    /** Told of every poll before the waiter acts on it (progress messages); must not throw. */
    readonly onPoll?: (report: PollReport<T>) => void;
    /** The share of its work (0 … 1) an observation says the task has done; undefined when it says nothing. */
    readonly progressOf?: (observed: T) => number | undefined;
}

const DEFAULT_MAX_CONSECUTIVE_ERRORS = 10;
/**
 * Polls of one wait are never closer together than this, whatever an estimate says; a poll planned closer than this
 * to the deadline becomes the final poll at the deadline.
 */
const MIN_POLL_SPACING_MS = 1_000;

/**
 * Polls `observe` until `accept` says the task succeeded or failed, the deadline passes (after a final poll at
 * the deadline), or `maxConsecutiveErrors` polls in a row throw. Never throws itself: the caller decides what
 * an outcome means for the resource.
 */
export async function waitForTask<T>(
    observe: () => Promise<T>,
    accept: (observed: T) => Acceptance,
    options: WaitOptions<T>,
): Promise<WaitOutcome<T>> {
    const { clock, startedAtMs, deadlineMs } = options;
    const random = options.random ?? Math.random;
    const maxErrors = options.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_ERRORS;
    let observed: T | undefined;
    let hasObserved = false;
    let lastError: unknown;
    let consecutiveErrors = 0;
    let polls = 0;
    const trend = options.progressOf ? new ProgressTrend(startedAtMs) : undefined;
    let nextPollAt = Math.min(deadlineMs, Math.max(clock.now(), startedAtMs + nextPollDelayMs(0, random)));
    for (;;) {
        await clock.sleep(nextPollAt - clock.now());
        polls++;
        try {
            observed = await observe();
            hasObserved = true;
            consecutiveErrors = 0;
            options.onPoll?.({ observed });
            trend?.record(clock.now(), options.progressOf?.(observed));
            const verdict = accept(observed);
            if (verdict.state === "succeeded") return { kind: "succeeded", observed, polls };
            if (verdict.state === "failed") return { kind: "failed", observed, reason: verdict.reason, polls };
        } catch (error) {
            lastError = error;
            options.onPoll?.({ error, consecutiveErrors: consecutiveErrors + 1 });
            if (++consecutiveErrors >= maxErrors) {
                return { kind: "pollErrors", polls, lastError, ...(hasObserved ? { observed } : {}) };
            }
        }
        const now = clock.now();
        // The last poll was at the deadline, or within a second of it: the final poll is made.
        if (now > deadlineMs - MIN_POLL_SPACING_MS) {
            return {
                kind: "timedOut",
                polls,
                ...(hasObserved ? { observed } : {}),
                ...(consecutiveErrors ? { lastError } : {}),
            };
        }
        const plainAt = now + nextPollDelayMs(now - startedAtMs, random);
        const planned = Math.max(now + MIN_POLL_SPACING_MS, trend ? trend.nextPollAtMs(now, plainAt) : plainAt);
        // A poll planned within a second of the deadline becomes the final poll at the deadline.
        nextPollAt = planned > deadlineMs - MIN_POLL_SPACING_MS ? deadlineMs : planned;
    }
}

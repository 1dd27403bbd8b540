/**
 * One waiter for every long-running ModelArts task, in the manner of the AWS SDK v3 waiters (smithy
 * `util-waiter`): a per-resource acceptor says `succeeded / failed / running`, the waiter owns the schedule,
 * the deadline and the final poll just before it.
 *
 * The schedule: the delay after a poll is `1 s + 0.18 × elapsed`, capped at 29.5 s, then ±10 % jitter. Detection
 * lag is about half the current delay, so it stays near a twelfth of the task's duration (and under 15 s on
 * average once capped) while the number of GETs grows only logarithmically until the cap. The jitter also
 * randomises the phase, so parallel waits do not poll in lock-step. `bench/waiter/main.ts` compares this schedule with
 * the ones users would otherwise get (fixed 5 s, Terraform, the Huawei Cloud provider, AWS waiters).
 */
import { Clock } from "./clock";

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
    /** Epoch ms at which the task was submitted: the schedule depends on the time elapsed since. */
    readonly startedAtMs: number;
    /** Epoch ms after which the wait gives up; one last poll is made at this instant. */
    readonly deadlineMs: number;
    /** Uniform random source in [0, 1), injectable for deterministic tests and benchmarks. */
    readonly random?: () => number;
    /** Consecutive failed polls (after the HTTP layer's own retries) that end the wait. */
    readonly maxConsecutiveErrors?: number;
    /** Told of every poll before the waiter acts on it (progress messages); must not throw. */
    readonly onPoll?: (report: PollReport<T>) => void;
}

const BASE_DELAY_MS = 1_000;
const DELAY_PER_ELAPSED = 0.18;
const MAX_DELAY_MS = 29_500;
const JITTER = 0.1;
const DEFAULT_MAX_CONSECUTIVE_ERRORS = 10;

/** The delay before the next poll, given the time elapsed since the task was submitted. */
export function nextPollDelayMs(elapsedMs: number, random: () => number = Math.random): number {
    const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS + DELAY_PER_ELAPSED * Math.max(0, elapsedMs));
    return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

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
    let nextPollAt = Math.min(deadlineMs, Math.max(clock.now(), startedAtMs + nextPollDelayMs(0, random)));
    for (;;) {
        await clock.sleep(nextPollAt - clock.now());
        polls++;
        try {
            observed = await observe();
            hasObserved = true;
            consecutiveErrors = 0;
            options.onPoll?.({ observed });
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
        if (now >= deadlineMs) {
            return {
                kind: "timedOut",
                polls,
                ...(hasObserved ? { observed } : {}),
                ...(consecutiveErrors ? { lastError } : {}),
            };
        }
        nextPollAt = Math.min(deadlineMs, now + nextPollDelayMs(now - startedAtMs, random));
    }
}

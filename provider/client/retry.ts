/**
 * Retries of one call (docs/design/retry-budget.md). It wraps a whole attempt, its answer read: whether a failure
 * is worth retrying is known only then (a 2xx whose body is not JSON is retried like a lost answer), and each API
 * judges its own failures (`RetryOptions.judge`).
 *
 * - Only idempotent calls are retried: a POST never is (ModelArts has no idempotency key; a create whose outcome is
 *   unknown is reconciled by looking for its task, docs/design/duplicate-safe-create.md).
 * - Full-jitter backoff, never shorter than the server's `Retry-After` (`backoff.ts`); a `Retry-After` over a minute
 *   goes to the caller, whose wait has its own schedule.
 * - Every retry takes tokens of the process-wide {@link RetryBudget}.
 * - No retry starts after the call's deadline: one whose delay would end past it is not made, and the last failure
 *   goes to the caller at once (a wait then makes its final poll on its own schedule).
 */
import type { Clock } from "../clock";
import { retryDelayMs } from "./backoff";
import type { TransportOptions } from "./layer";
import type { RetryBudget, RetryCause } from "./retry-budget";
import { sharedRetryBudget } from "./retry-budget";

/** What a failure says about trying again; see {@link RetryOptions.judge}. */
export interface RetryJudgement {
    /** The least delay the server asked for (`Retry-After`), 0 when none. */
    readonly retryAfterMs: number;
    /** What the retry costs the budget. */
    readonly cause: RetryCause;
}

/** How one API's calls are retried; shared by all its calls. */
export interface RetryOptions {
    readonly budget: RetryBudget;
    readonly clock: Clock;
    readonly random: () => number;
    /** Attempts per idempotent call, first included. */
    readonly maxAttempts: number;
    /** What a failed attempt says about retrying; undefined when it must not be retried. */
    readonly judge: (error: unknown) => RetryJudgement | undefined;
}

/** The retry options of a transport given `options`, with the defaults (the process's budget, 5 attempts). */
export function retryOptionsOf(options: TransportOptions, clock: Clock, judge: RetryOptions["judge"]): RetryOptions {
    return {
        budget: options.retryBudget ?? sharedRetryBudget,
        clock,
        random: options.random ?? Math.random,
        maxAttempts: options.maxAttempts ?? 5,
        judge,
    };
}

/** What retrying needs of one call. */
export interface RetryCall {
    /** False for a POST: it is never retried. */
    readonly idempotent: boolean;
    /** The call's deadline (epoch ms, our clock): no retry starts after it. */
    readonly notAfterMs?: number;
    /** Told before each retry's delay, with the failure retried; must not throw. */
    readonly onRetry?: (retry: { readonly error: unknown; readonly delayMs: number }) => void;
}

/**
 * A `Retry-After` longer than this is not waited out inside one call: the error goes to the caller (the task
 * waiter has a deadline and its own schedule).
 */
const MAX_RETRY_AFTER_MS = 60_000;

/** Makes `attempt` until it succeeds or a failure is not to be retried, which is then thrown. */
export async function withRetries<T>(attempt: () => Promise<T>, call: RetryCall, options: RetryOptions): Promise<T> {
    let lastRetryCost = 0;
    for (let attempts = 1; ; attempts++) {
        try {
            const answer = await attempt();
            options.budget.recordSuccess(lastRetryCost);
            return answer;
        } catch (error) {
            const retry = retryOf(error, attempts, call, options);
            const cost = retry === undefined ? undefined : options.budget.tryAcquire(retry.cause);
            if (retry === undefined || cost === undefined) throw error;
            lastRetryCost = cost;
            call.onRetry?.({ error, delayMs: retry.delayMs });
            await options.clock.sleep(retry.delayMs);
        }
    }
}

/** The delay before the next attempt and its cost, or undefined when this failure must not be retried. */
function retryOf(
    error: unknown,
    attempts: number,
    call: RetryCall,
    options: RetryOptions,
): { delayMs: number; cause: RetryCause } | undefined {
    const judgement = call.idempotent && attempts < options.maxAttempts ? options.judge(error) : undefined;
    if (judgement === undefined || judgement.retryAfterMs > MAX_RETRY_AFTER_MS) return undefined;
    const delayMs = retryDelayMs(attempts, options.random, judgement.retryAfterMs);
    if (call.notAfterMs !== undefined && options.clock.now() + delayMs > call.notAfterMs) return undefined;
    return { delayMs, cause: judgement.cause };
}

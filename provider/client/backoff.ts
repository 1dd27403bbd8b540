/**
 * Delays between retries (of one request in the transport, of a create's attempts in `obtain-task.ts`): full-jitter
 * exponential backoff, floored by the server's `Retry-After`.
 */

const BASE_MS = 500;
const CAP_MS = 20_000;

/**
 * "Full jitter": uniform between 0 and `500 ms × 2^(retry−1)`, capped at 20 s. It spreads parallel clients best
 * for the total work done (AWS Architecture Blog, "Exponential Backoff And Jitter").
 * @param retry 1 for the first retry.
 */
export function backoffDelayMs(retry: number, random: () => number): number {
    return Math.floor(random() * Math.min(CAP_MS, BASE_MS * 2 ** (retry - 1)));
}

/** The delay before retry number `retry` (1 for the first): the backoff, or the `Retry-After` when longer. */
export function retryDelayMs(retry: number, random: () => number, retryAfterMs = 0): number {
    return Math.max(retryAfterMs, backoffDelayMs(retry, random));
}

/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns milliseconds from
 * `nowMs` (0 for a date in the past), or undefined when absent or malformed.
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
    const text = value?.trim() ?? "";
    if (/^\d+$/.test(text)) return Number(text) * 1000;
    const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

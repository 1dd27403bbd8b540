/**
 * The `timeout` input's durations: Go's duration syntax (what Pulumi's own `customTimeouts` use), restricted to
 * non-negative `h`, `m`, `s` and `ms` terms. Imports nothing: the formats and the lifecycle both read it.
 */

/** Longest `timeout` text accepted ("167h59m59s999ms" is 15 characters). */
export const MAX_TIMEOUT_LENGTH = 32;
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 168 * 60 * 60 * 1_000;
const UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/;
const DURATION_TERM = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;

/**
 * Milliseconds in a duration such as `"45s"`, `"30m"`, `"1h30m"` or `"1.5h"`.
 * @throws RangeError when the text is not such a duration (the text itself is not repeated in the message).
 */
export function parseDurationMs(text: string): number {
    if (!DURATION.test(text)) {
        throw new RangeError('not a duration: expected terms such as "45s", "30m" or "1h30m" (units h, m, s, ms)');
    }
    let total = 0;
    for (const [, amount, unit] of text.matchAll(DURATION_TERM)) {
        total += Number(amount) * (UNIT_MS[unit ?? ""] ?? 0);
    }
    return Math.round(total);
}

/** True for a valid `timeout` input: a duration from 1 s to 168 h. */
export function isTimeoutDuration(text: string): boolean {
    if (text.length > MAX_TIMEOUT_LENGTH || !DURATION.test(text)) return false;
    const ms = parseDurationMs(text);
    return ms >= MIN_TIMEOUT_MS && ms <= MAX_TIMEOUT_MS;
}

/** The longest `settle` of source tracking: a quiet period longer than a day is a schedule, not a settle. */
export const MAX_SETTLE_MS = 24 * 60 * 60 * 1000;

/** True for a valid `settle`: a duration from 0 s to 24 h. */
export function isSettleDuration(text: string): boolean {
    if (text.length > MAX_TIMEOUT_LENGTH || !DURATION.test(text)) return false;
    return parseDurationMs(text) <= MAX_SETTLE_MS;
}

/**
 * The plain polling schedule: the delay before the next poll as a function of the time elapsed since the task was
 * submitted, for a task that reports no progress (or whose progress cannot be trusted).
 *
 * Its shape is set by the four task durations the waiter benchmark judges it on (5 s, 1 min, 10 min, 1 h; the
 * reasoning and the numbers are in docs/design/waiter.md): polls about 2 s apart while a task may be a few seconds
 * long, a 12 s plateau around the first minute, then a 29 s cap from 80 s on. Linear interpolation between the
 * knots below, then ±10 % jitter, which also keeps parallel waits from polling in lock-step.
 */

/** `[elapsed, delay]` in seconds; the last delay holds for ever after. */
const KNOTS: readonly (readonly [number, number])[] = [
    [0, 1.5],
    [5, 2.5],
    [25, 12],
    [65, 12],
    [80, 29],
];
const JITTER = 0.1;

/** The delay (ms) before the next poll, `elapsedMs` after submission; `random` is uniform in [0, 1). */
export function nextPollDelayMs(elapsedMs: number, random: () => number = Math.random): number {
    return Math.round(plainDelayS(Math.max(0, elapsedMs) / 1_000) * 1_000 * (1 - JITTER + 2 * JITTER * random()));
}

function plainDelayS(elapsedS: number): number {
    let [previousAt, previousDelay] = [0, 0];
    for (const [at, delay] of KNOTS) {
        if (elapsedS < at)
            return previousDelay + ((delay - previousDelay) * (elapsedS - previousAt)) / (at - previousAt);
        [previousAt, previousDelay] = [at, delay];
    }
    return previousDelay;
}

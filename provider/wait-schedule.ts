/**
 * The plain polling schedule: the delay before the next poll as a function of the time elapsed since the task was
 * submitted, for a task that reports no progress (or whose progress cannot be trusted).
 *
 * Its shape is set by the four task durations the waiter benchmark judges it on (5 s, 1 min, 10 min, 1 h) and by
 * one rule: a task does not end on our poll grid, so the delay in force around a duration, not where one poll happens
 * to fall, must meet that duration's lag targets. The reasoning and the measured figures are in
 * docs/design/waiter.md, "The plain schedule". Linear interpolation between the knots below, then ±10 % jitter,
 * which also keeps parallel waits from polling in lock-step.
 */

/** `[elapsed, delay]` in seconds; the last delay holds for ever after. */
const KNOTS: readonly (readonly [number, number])[] = [
    // A second poll at 3.3 s sees a task of 3 s end (bench/README.md, "Fan-out").
    [0, 1.5],
    [1.5, 1.8],
    // Gaps under 2 s, jitter included, until past 6 s: a task of about 5 s is seen within 2 s wherever it ends.
    [6, 1.8],
    // Under 12 s (twice the minute's mean-lag target) from 13 s until past a minute + 15 %, reached as fast as the
    // GET budget at 10 minutes asks: every poll before the cap is one the 29 s cap must make up for.
    [13, 11],
    [70, 11],
    // The cap: about half of it is the mean lag of every longer task, and it sets the GETs of an hour.
    [71, 29],
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

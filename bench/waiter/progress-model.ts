/**
 * How a simulated task reports its progress (bench/README.md, "Waiter", "Progress model"): nothing moves during a
 * start-up of a random share of its duration, then the work goes at a rate that wanders in a random walk around its
 * mean, and what a poll sees is rounded down to whole steps (whole percent, or whole files). The work is scaled so
 * that it is done exactly when the task completes: the same completion instants serve the runs that ignore progress.
 */

/** Parameters of the model, each a command-line option of the benchmark. */
export interface ProgressModel {
    /** The rate wanders within its mean × (1 ± rateWalk). */
    readonly rateWalk: number;
    /** The start-up before anything moves is uniform in [0, startup] × the task's duration. */
    readonly startup: number;
    /** Progress is seen in steps of 1 / steps (100: whole percent). */
    readonly steps: number;
}

/** The random walk takes this many steps over a run: the rate changes every 2 % of the work's time. */
const WALK_SEGMENTS = 50;
/** Each walk step moves the rate by up to this share of the band's half-width (so it crosses it in ~10 steps). */
const WALK_STEP = 0.4;

/** The progress a poll at `elapsedMs` after the POST sees (0 … 1; below 1 until the task completes). */
export type ProgressCurve = (elapsedMs: number) => number;

/** One task's reported progress, completing `completionMs` after its POST. */
export function progressCurve(completionMs: number, model: ProgressModel, random: () => number): ProgressCurve {
    const startupMs = model.startup * random() * completionMs;
    const segmentMs = (completionMs - startupMs) / WALK_SEGMENTS;
    const low = 1 - model.rateWalk;
    const high = 1 + model.rateWalk;
    let rate = low + random() * (high - low);
    const rates: number[] = [];
    for (let segment = 0; segment < WALK_SEGMENTS; segment++) {
        rates.push(rate);
        rate = reflect(rate + model.rateWalk * WALK_STEP * (2 * random() - 1), low, high);
    }
    const total = rates.reduce((sum, r) => sum + r, 0);
    return (elapsedMs) => {
        if (elapsedMs >= completionMs) return 1;
        const position = Math.max(0, elapsedMs - startupMs) / segmentMs;
        const whole = Math.floor(position);
        const done = rates.slice(0, whole).reduce((sum, r) => sum + r, 0) + (position - whole) * (rates[whole] ?? 0);
        return Math.min(1 - 1 / model.steps, Math.floor((done / total) * model.steps) / model.steps);
    };
}

/** `value` folded back into [low, high] at the edge it crossed. */
function reflect(value: number, low: number, high: number): number {
    if (value < low) return Math.min(high, 2 * low - value);
    if (value > high) return Math.max(low, 2 * high - value);
    return value;
}

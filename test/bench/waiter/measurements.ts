import { ContenderId, contenders, Measurement, TaskDurationS } from "../../../bench/waiter/benchmark";
import { DetectionSummary } from "../../../bench/waiter/simulate";

/** A summary with the figures the verdicts look at, in GETs and seconds. */
export function summaryOf(getsMean: number, lagMeanS: number, lagP95S: number): DetectionSummary {
    return {
        getsMean,
        getsMax: Math.ceil(getsMean) + 3,
        lagMeanMs: lagMeanS * 1_000,
        lagMeanCi95Ms: 120,
        lagP95Ms: lagP95S * 1_000,
        lagMaxMs: lagP95S * 2_000,
    };
}

/** One contender's measurement at T = `durationS`, progress ignored unless `progress`. */
export function measured(
    contender: ContenderId,
    durationS: TaskDurationS,
    summary: DetectionSummary,
    progress = false,
): Measurement {
    return { contender, durationS, progress, summary };
}

/**
 * Every contender measured at T = `durationS`, from `[GETs mean, mean lag s, p95 lag s]` each, and ours with
 * progress from `oursWithProgress`.
 */
export function measuredAll(
    durationS: TaskDurationS,
    figures: Readonly<Record<ContenderId, readonly [number, number, number]>>,
    oursWithProgress: readonly [number, number, number],
): Measurement[] {
    return [
        measured("ours", durationS, summaryOf(...oursWithProgress), true),
        ...contenders.map(({ id }) => measured(id, durationS, summaryOf(...figures[id]))),
    ];
}

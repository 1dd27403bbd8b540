/**
 * Our waiter's targets (bench/README.md, "Targets") and its comparison with the schedules users would otherwise get:
 * without progress no schedule may be as good on both GETs and mean lag; with it, ours should be better on both.
 */
import { ContenderId, Measurement, TaskDurationS } from "./benchmark";
import { DetectionSummary } from "./simulate";

/**
 * Limits for one task duration. GETs are judged on their mean, the typical cost of a task: with jitter (and the
 * completion spread) the count varies by a few GETs between runs, and the table shows the maximum as well.
 */
export interface Target {
    readonly getsMean: number;
    readonly lagMeanS: number;
    /** p95 lag: at most this many seconds, or at most this multiple of the measured mean lag. */
    readonly lagP95S?: number;
    readonly lagP95OverMean?: number;
}

/** The targets of ours without progress (the plain schedule), keyed by task duration in seconds. */
export const ourTargets: Readonly<Record<TaskDurationS, Target>> = {
    5: { getsMean: 5, lagMeanS: 1, lagP95S: 2 },
    60: { getsMean: 17, lagMeanS: 6, lagP95S: 12 },
    600: { getsMean: 37, lagMeanS: 15, lagP95S: 30 },
    3_600: { getsMean: 140, lagMeanS: 15, lagP95S: 30 },
};

/** The targets of ours reading the tasks' progress (at 5 s, those without it). */
export const progressTargets: Readonly<Record<TaskDurationS, Target>> = {
    5: ourTargets[5],
    60: { getsMean: 8, lagMeanS: 2, lagP95OverMean: 3 },
    600: { getsMean: 15, lagMeanS: 3, lagP95OverMean: 3 },
    3_600: { getsMean: 25, lagMeanS: 5, lagP95OverMean: 3 },
};

/** The target of one of our measurements. */
export function targetOf(measurement: Pick<Measurement, "durationS" | "progress">): Target {
    return (measurement.progress ? progressTargets : ourTargets)[measurement.durationS];
}

/**
 * Each limit `summary` exceeds, described with both numbers (lags to the millisecond, so a miss by 4 ms does not
 * read "15.00 s > 15 s"); empty when the target holds.
 */
export function targetFailures(summary: DetectionSummary, target: Target): string[] {
    const failures: string[] = [];
    if (summary.getsMean > target.getsMean)
        failures.push(`GETs mean ${summary.getsMean.toFixed(1)} > ${target.getsMean}`);
    if (summary.lagMeanMs > target.lagMeanS * 1_000) {
        failures.push(`mean lag ${seconds(summary.lagMeanMs, 3)} > ${target.lagMeanS} s`);
    }
    if (target.lagP95S !== undefined && summary.lagP95Ms > target.lagP95S * 1_000) {
        failures.push(`p95 lag ${seconds(summary.lagP95Ms, 3)} > ${target.lagP95S} s`);
    }
    const overMean = target.lagP95OverMean;
    if (overMean !== undefined && summary.lagP95Ms > overMean * summary.lagMeanMs) {
        failures.push(`p95 lag ${seconds(summary.lagP95Ms, 3)} > ${overMean} × mean`);
    }
    return failures;
}

/** Ours (with or without progress) against one competitor at one duration, on GETs and mean lag (lower is better). */
export interface Comparison {
    readonly progress: boolean;
    readonly against: ContenderId;
    readonly ours: Figures;
    readonly theirs: Figures;
    /** The competitor is at least as good on both: what must never happen without progress. */
    readonly theyDominate: boolean;
    /** Ours is better on both: what progress should give. */
    readonly oursDominates: boolean;
}

/** The two figures compared. */
export interface Figures {
    readonly getsMean: number;
    readonly lagMeanMs: number;
}

/** Ours, with and without progress, against every competitor, on the measurements of one task duration. */
export function compareWithCompetitors(measurements: readonly Measurement[]): Comparison[] {
    const find = (id: ContenderId, progress: boolean) => {
        const found = measurements.find((m) => m.contender === id && m.progress === progress);
        if (!found) throw new Error(`no measurement for ${id}${progress ? " with progress" : ""}`);
        const { getsMean, lagMeanMs } = found.summary;
        return { getsMean, lagMeanMs };
    };
    const competitors = [...new Set(measurements.map((m) => m.contender))].filter((id) => id !== "ours");
    return [false, true].flatMap((progress) => {
        const ours = find("ours", progress);
        return competitors.map((against) => {
            const theirs = find(against, false);
            return {
                progress,
                against,
                ours,
                theirs,
                theyDominate: theirs.getsMean <= ours.getsMean && theirs.lagMeanMs <= ours.lagMeanMs,
                oursDominates: ours.getsMean < theirs.getsMean && ours.lagMeanMs < theirs.lagMeanMs,
            };
        });
    });
}

/** Milliseconds as seconds, for messages and the table. */
export function seconds(ms: number, decimals = 2): string {
    return `${(ms / 1_000).toFixed(decimals)} s`;
}

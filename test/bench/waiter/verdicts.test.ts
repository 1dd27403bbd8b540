import assert from "node:assert/strict";
import { ContenderId, contenders, Measurement, TaskDurationS } from "../../../bench/waiter/benchmark";
import { DetectionSummary } from "../../../bench/waiter/simulate";
import { compareWithCompetitors, ourTargets, progressTargets, targetFailures } from "../../../bench/waiter/verdicts";

/** A summary with the figures the verdicts look at, in GETs and seconds. */
function summaryOf(getsMean: number, lagMeanS: number, lagP95S: number): DetectionSummary {
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
function measured(
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
function measuredAll(
    durationS: TaskDurationS,
    figures: Readonly<Record<ContenderId, readonly [number, number, number]>>,
    oursWithProgress: readonly [number, number, number],
): Measurement[] {
    return [
        measured("ours", durationS, summaryOf(...oursWithProgress), true),
        ...contenders.map(({ id }) => measured(id, durationS, summaryOf(...figures[id]))),
    ];
}

describe("bench/waiter/verdicts", () => {
    describe("targetFailures", () => {
        it("passes figures on the limits (GETs judged on the mean, not the max)", () => {
            assert.deepEqual(targetFailures(summaryOf(37, 15, 30), ourTargets[600]), []);
            assert.deepEqual(targetFailures(summaryOf(15, 3, 9), progressTargets[600]), []);
        });

        it("names every limit exceeded with both numbers", () => {
            assert.deepEqual(targetFailures(summaryOf(5.2, 1.01, 2.5), ourTargets[5]), [
                "GETs mean 5.2 > 5",
                "mean lag 1.010 s > 1 s",
                "p95 lag 2.500 s > 2 s",
            ]);
        });

        it("with progress, judges the p95 lag against three times the measured mean", () => {
            assert.deepEqual(targetFailures(summaryOf(7, 1.5, 4.6), progressTargets[60]), [
                "p95 lag 4.600 s > 3 × mean",
            ]);
            assert.deepEqual(targetFailures(summaryOf(26, 5.1, 12), progressTargets[3_600]), [
                "GETs mean 26.0 > 25",
                "mean lag 5.100 s > 5 s",
            ]);
        });
    });

    describe("compareWithCompetitors", () => {
        const comparisons = compareWithCompetitors(
            measuredAll(
                60,
                {
                    ours: [10, 4.5, 11],
                    fixed5s: [12.5, 2.5, 5],
                    terraform: [10, 4.5, 9],
                    huawei: [3.5, 10, 19],
                    aws: [7.4, 51, 117],
                },
                [7, 1.3, 2.4],
            ),
        );

        it("without progress, flags a competitor at least as good on both GETs and mean lag (ties count)", () => {
            const plain = comparisons.filter((c) => !c.progress);
            assert.deepEqual(
                plain.map((c) => `${c.against} ${c.theyDominate}`),
                ["fixed5s false", "terraform true", "huawei false", "aws false"],
            );
        });

        it("with progress, says which competitors ours beats on both", () => {
            const progress = comparisons.filter((c) => c.progress);
            assert.deepEqual(
                progress.map((c) => `${c.against} ${c.oursDominates}`),
                ["fixed5s true", "terraform true", "huawei false", "aws true"],
            );
            assert.deepEqual(progress[0]?.ours, { getsMean: 7, lagMeanMs: 1_300 });
        });

        it("refuses a comparison with a contender that was not measured", () => {
            assert.throws(
                () =>
                    compareWithCompetitors([
                        measured("ours", 60, summaryOf(16, 5, 11)),
                        measured("ours", 60, summaryOf(7, 1, 2), true),
                        measured("fixed5s", 60, summaryOf(12, 2, 5), true),
                    ]),
                /no measurement for fixed5s/,
            );
        });
    });
});

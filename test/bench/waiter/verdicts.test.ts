import assert from "node:assert/strict";
import { compareWithCompetitors, ourTargets, targetFailures } from "../../../bench/waiter/verdicts";
import { measured, measuredAll, summaryOf } from "./measurements";

describe("bench/waiter/verdicts", () => {
    describe("targetFailures", () => {
        it("passes figures on the limits (GETs judged on the mean, not the max)", () => {
            assert.deepEqual(targetFailures(summaryOf(37, 15, 30), ourTargets[600]), []);
        });

        it("names every limit exceeded with both numbers", () => {
            assert.deepEqual(targetFailures(summaryOf(5.2, 1.01, 2.5), ourTargets[5]), [
                "GETs mean 5.2 > 5",
                "mean lag 1.010 s > 1 s",
                "p95 lag 2.500 s > 2 s",
            ]);
        });
    });

    describe("compareWithCompetitors", () => {
        it("checks GETs against fixed 5 s and Terraform, mean and p95 lag against Huawei and AWS", () => {
            const comparisons = compareWithCompetitors(
                measuredAll(60, {
                    ours: [16, 5, 11],
                    fixed5s: [12, 2, 5],
                    terraform: [17, 3, 9],
                    huawei: [3, 4, 19],
                    aws: [7, 50, 117],
                }),
            );
            const verdicts = comparisons.map((c) => `${c.against} ${c.figure} ${c.ours} ${c.theirs} ${c.oursIsLower}`);
            assert.deepEqual(verdicts, [
                "fixed5s getsMean 16 12 false",
                "terraform getsMean 16 17 true",
                "huawei lagMeanMs 5000 4000 false",
                "huawei lagP95Ms 11000 19000 true",
                "aws lagMeanMs 5000 50000 true",
                "aws lagP95Ms 11000 117000 true",
            ]);
        });

        it("refuses a comparison with a contender that was not measured", () => {
            assert.throws(
                () => compareWithCompetitors([measured("ours", 60, summaryOf(16, 5, 11))]),
                /no measurement for fixed5s/,
            );
        });
    });
});

import assert from "node:assert/strict";
import { formatComparisonLine, formatTable } from "../../../bench/waiter/table";
import { compareWithCompetitors } from "../../../bench/waiter/verdicts";
import { measured, measuredAll, summaryOf } from "./measurements";

describe("bench/waiter/table", () => {
    describe("formatTable", () => {
        it("marks our row PASS with the targets, or FAIL with each limit exceeded; other rows get no verdict", () => {
            const lines = formatTable([
                measured("ours", 600, summaryOf(36.8, 14.9, 29.6)),
                measured("huawei", 600, summaryOf(30.5, 10, 19)),
                measured("ours", 3_600, summaryOf(141.2, 15.3, 29.6)),
            ]);
            assert.equal(lines.length, 4);
            assert.match(
                lines[1]!,
                /^600 s +ours \(waitForTask\) +36\.8 +40 +14\.90 s ±0\.12 +29\.60 s +PASS \(GETs ≤37, mean ≤15 s, p95 ≤30 s\)$/,
            );
            assert.match(lines[2]!, /^ +Huawei TF ModelArts +30\.5 +34 +10\.00 s ±0\.12 +19\.00 s$/);
            assert.match(lines[3]!, /^3600 s +ours .* FAIL: GETs mean 141\.2 > 140; mean lag 15\.300 s > 15 s$/);
        });
    });

    describe("formatComparisonLine", () => {
        it("says yes only where ours is lower on every figure, with both numbers", () => {
            const comparisons = compareWithCompetitors(
                measuredAll(60, {
                    ours: [15.9, 5.6, 11.1],
                    fixed5s: [12.5, 2.5, 4.7],
                    terraform: [16.1, 3.3, 9.7],
                    huawei: [3.5, 9.9, 19.7],
                    aws: [7.4, 51.5, 10],
                }),
            );
            assert.equal(
                formatComparisonLine(60, comparisons),
                "T = 60 s: fewer GETs than fixed 5 s NO (15.9 vs 12.5), Terraform default yes (15.9 vs 16.1); " +
                    "less lag than Huawei TF ModelArts yes (mean 5.60 s vs 9.90 s, p95 11.10 s vs 19.70 s), " +
                    "AWS SDK v3 waiter NO (mean 5.60 s vs 51.50 s, p95 11.10 s vs 10.00 s)",
            );
        });
    });
});

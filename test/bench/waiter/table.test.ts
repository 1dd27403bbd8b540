import assert from "node:assert/strict";
import { formatComparisonLines, formatTable } from "../../../bench/waiter/table";
import { compareWithCompetitors } from "../../../bench/waiter/verdicts";
import { measured, measuredAll, summaryOf } from "./measurements";

describe("bench/waiter/table", () => {
    describe("formatTable", () => {
        it("marks our rows PASS with their targets, or FAIL with each limit exceeded; other rows get no verdict", () => {
            const lines = formatTable([
                measured("ours", 600, summaryOf(14.2, 1.7, 2), true),
                measured("ours", 600, summaryOf(36.8, 14.9, 29.6)),
                measured("huawei", 600, summaryOf(30.5, 10, 19)),
                measured("ours", 3_600, summaryOf(141.2, 15.3, 29.6)),
            ]);
            assert.equal(lines.length, 5);
            assert.match(
                lines[1]!,
                /^600 s +ours, progress +14\.2 +18 +1\.70 s ±0\.12 +2\.00 s +4\.00 s +PASS \(GETs ≤15, mean ≤3 s, p95 ≤3× mean\)$/,
            );
            assert.match(
                lines[2]!,
                /^ +ours, no progress +36\.8 +40 +14\.90 s ±0\.12 +29\.60 s +59\.20 s +PASS \(GETs ≤37, mean ≤15 s, p95 ≤30 s\)$/,
            );
            assert.match(lines[3]!, /^ +Huawei TF ModelArts +30\.5 +34 +10\.00 s ±0\.12 +19\.00 s +38\.00 s$/);
            assert.match(
                lines[4]!,
                /^3600 s +ours, no progress .* FAIL: GETs mean 141\.2 > 140; mean lag 15\.300 s > 15 s$/,
            );
        });
    });

    describe("formatComparisonLines", () => {
        it("names the schedules as good as ours on both without progress, and those ours does not beat with it", () => {
            const comparisons = compareWithCompetitors(
                measuredAll(
                    60,
                    {
                        ours: [15.9, 5.6, 11.1],
                        fixed5s: [12.5, 2.5, 4.7],
                        terraform: [16.1, 3.3, 9.7],
                        huawei: [3.5, 9.9, 19.7],
                        aws: [7.4, 51.5, 10],
                    },
                    [7.1, 1.3, 2.4],
                ),
            );
            assert.deepEqual(formatComparisonLines(60, comparisons), [
                "T = 60 s, no progress (15.9 GETs / 5.60 s): as good on both: NO: fixed 5 s (12.5 GETs / 2.50 s)",
                "T = 60 s, progress (7.1 GETs / 1.30 s): better on both than all but Huawei TF ModelArts (3.5 GETs / 9.90 s)",
            ]);
        });

        it("says none and every when ours holds both claims", () => {
            const comparisons = compareWithCompetitors(
                measuredAll(
                    600,
                    {
                        ours: [29.8, 14.7, 28],
                        fixed5s: [120, 2.5, 4.7],
                        terraform: [66, 5, 9.5],
                        huawei: [30.5, 10, 19],
                        aws: [12, 66, 109],
                    },
                    [2, 1.7, 2],
                ),
            );
            const [plain, progress] = formatComparisonLines(600, comparisons);
            assert.match(plain!, /as good on both: none$/);
            assert.match(progress!, /better on both than every other schedule$/);
        });
    });
});

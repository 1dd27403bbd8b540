import assert from "node:assert/strict";
import { formatReport } from "../../../bench/cost/report";
import { compareStartups, providerSizeVerdict } from "../../../bench/cost/targets";
import { costReport, startupOf } from "./report-fixture";

const lineWith = (lines: string[], start: string) =>
    lines.find((line) => line.startsWith(start)) ?? assert.fail(`no line "${start}"`);

describe("bench/cost/targets", () => {
    it("passes a __provider of at most 4 KiB and names both numbers when one is larger", () => {
        assert.equal(providerSizeVerdict(4_096), "PASS");
        assert.equal(providerSizeVerdict(4_097), "FAIL: 4097 B > 4096 B");
    });

    it("judges start-up on the ratio of the medians, ours over the trivial provider's", () => {
        const trivial = [startupOf(900, 8), startupOf(1_000, 9), startupOf(900, 8)];
        const passing = compareStartups([startupOf(1_300, 400), startupOf(1_350, 450), startupOf(9_000, 450)], trivial);
        assert.equal(passing.medianRatio, 1.5);
        assert.equal(passing.pass, true, "one slow outlier does not move the median");
        assert.equal(compareStartups([startupOf(1_500, 500)], trivial).pass, false);
    });
});

describe("bench/cost/report", () => {
    it("prints sizes with their verdicts, start-ups with the ratio and its verdict, the profile and the latencies", () => {
        const lines = formatReport(costReport());
        assert.match(lineWith(lines, "ImportTask  "), /^ImportTask +2897 +5794 +PASS$/);
        assert.match(lines.join("\n"), /Identical whichever way the package is loaded: installed copy\./);
        assert.match(
            lineWith(lines, "ours (ImportTask)"),
            /^ours \(ImportTask\) +1000 ms +1100 ms +900 ms +10\.0 ms +90\.0 ms$/,
        );
        assert.match(lineWith(lines, "ours / trivial"), /^ours \/ trivial +1\.11× +1\.10× +PASS \(≤ 1\.5×\)$/);
        assert.match(lineWith(lines, "Ajv compile"), /^Ajv compile of the ImportTask schema +38\.0 ms$/);
        assert.match(lineWith(lines, "ajv library"), /^ajv library \(and its dependencies\) +30\.0 ms +68 files$/);
        assert.match(lineWith(lines, "ImportTask (62.8 kB)"), /Check RPC, ours +2\.00 ms +3\.00 ms +3\.00 ms$/);
        assert.ok(!lines.some((line) => line.includes("baseline")), "no baseline rows without a baseline");
    });

    it("prints FAIL with the numbers when a target is missed, and says which texts differ", () => {
        const lines = formatReport(
            costReport({ bytes: 5_000, ours: [startupOf(2_000, 1_000)], differing: ["source"] }),
        );
        assert.match(lineWith(lines, "ExportTask  "), /FAIL: 5000 B > 4096 B$/);
        assert.match(lineWith(lines, "ours / trivial"), /FAIL: 2\.22× > 1\.5×$/);
        assert.match(lines.join("\n"), /NOT identical: source differ from installed copy\./);
    });

    it("adds the baseline's rows, ratios and profile column when there is one", () => {
        const lines = formatReport(costReport({ baseline: true }));
        assert.match(lineWith(lines, "baseline (ImportTask)"), /^baseline \(ImportTask\) +1050 ms +1150 ms/);
        assert.match(lineWith(lines, "ours / baseline"), /^ours \/ baseline +0\.95× +0\.96×$/);
        assert.match(lineWith(lines, "Ajv compile"), /^Ajv compile of the ImportTask schema +38\.0 ms +68\.0 ms$/);
    });
});

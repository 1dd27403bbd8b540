import assert from "node:assert/strict";
import { describeTexts } from "../../../bench/cost/benchmark";
import type { StartupTiming } from "../../../bench/cost/startup";
import { compareStartups, providerSizeVerdict, startupVerdict } from "../../../bench/cost/targets";

/** A start-up of `totalMs` whose first Check took `firstCheckMs` (Configure 10 ms, the rest before the port). */
function startupOf(totalMs: number, firstCheckMs: number): StartupTiming {
    return {
        spawnToPortMs: totalMs - firstCheckMs - 10,
        configureMs: 10,
        firstCheckMs,
        totalMs,
        checkWindow: { startMs: 0, endMs: firstCheckMs },
    };
}

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

    it("states the start-up verdict with the limit, and the measured ratio when it fails", () => {
        const trivial = [startupOf(900, 8), startupOf(1_000, 9)];
        const ours = [startupOf(1_000, 90), startupOf(1_100, 100)];
        assert.equal(startupVerdict(compareStartups(ours, trivial)), "PASS (≤ 1.5×)");
        assert.equal(startupVerdict(compareStartups([startupOf(2_000, 1_000)], trivial)), "FAIL: 2.22× > 1.5×");
    });
});

describe("bench/cost/benchmark describeTexts (the sizes the 4 KiB target judges)", () => {
    const texts = (text: string) => ({ ImportTask: text, ExportTask: "e", ProcessorTask: "p" });

    it("sizes each text in UTF-8 bytes and names the variants that differ from the first", () => {
        const report = describeTexts(
            [
                { id: "installed", label: "installed", texts: texts("ü") },
                { id: "linked", label: "linked", texts: texts("ü") },
                { id: "source", label: "source", texts: texts("u") },
            ],
            "trivial",
        );
        assert.deepEqual(report.variants[0]!.bytes, { ImportTask: 2, ExportTask: 1, ProcessorTask: 1 });
        assert.deepEqual(report.differing, ["source"]);
        assert.equal(report.trivialBytes, 7);
    });
});

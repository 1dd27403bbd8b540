import assert from "node:assert/strict";
import { alternatingOrder, measureInTurn, StartupSubject } from "../../../bench/cost/startup";

const subject = (type: string): StartupSubject => ({ type, news: {} });

describe("bench/cost/startup", () => {
    it("alternates in ABBA order, every other round reversed", () => {
        assert.deepEqual(alternatingOrder(["A", "B"], 3), ["A", "B", "B", "A", "A", "B"]);
        assert.deepEqual(alternatingOrder(["A", "B", "C"], 2), ["A", "B", "C", "C", "B", "A"]);
    });

    it("measures each subject `runs` times in turn and returns the results in the subjects' order", async () => {
        const measured: string[] = [];
        const results = await measureInTurn([subject("ours"), subject("trivial")], 2, ({ type }) => {
            measured.push(type);
            return Promise.resolve(`${type}#${measured.filter((t) => t === type).length}`);
        });
        assert.deepEqual(measured, ["ours", "trivial", "trivial", "ours"]);
        assert.deepEqual(results, [
            ["ours#1", "ours#2"],
            ["trivial#1", "trivial#2"],
        ]);
    });
});

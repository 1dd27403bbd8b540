import assert from "node:assert/strict";
import { ImportTask } from "../../provider/import-task/resource";
import { ProcessorTask } from "../../provider/processor-task/resource";
import { checkedTriggers } from "../../provider/resources/json-triggers";

const importArgs = { datasetId: "d1", importPath: "obs://bucket/raw/", importType: "dir" } as const;

describe("resources: triggers must be JSON", () => {
    it("refuses a Date at compile time and at construction, saying what to pass", () => {
        assert.throws(
            // @ts-expect-error -- a Date is not JSON: the type refuses it, and plain-JS programs get the error below
            () => new ImportTask("raw", { ...importArgs, triggers: [new Date()] }),
            /ImportTask "raw": triggers\[0\] is a Date, which is not JSON .* never be seen: pass its text, such as date\.toISOString\(\)/,
        );
    });

    it("refuses what JSON cannot hold, wherever it is", () => {
        const cases: Array<[unknown, RegExp]> = [
            [[1, undefined], /triggers\[1\] is undefined/],
            [[1, NaN], /triggers\[1\] is the number NaN/],
            [{ at: new Map() }, /triggers\.at is a Map/],
            [[() => 1], /triggers\[0\] is a function/],
        ];
        for (const [triggers, message] of cases) {
            assert.throws(() => new ProcessorTask("p", { name: "p", template: {}, triggers } as never), message);
        }
    });

    it("passes JSON as it is, an absent property included", () => {
        const triggers = { batch: "2026-11-30", files: [1, 2], ok: true, none: null, later: undefined };
        assert.equal(checkedTriggers("ImportTask", "raw", triggers), triggers);
    });
});

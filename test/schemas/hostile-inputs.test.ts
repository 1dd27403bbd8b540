import assert from "node:assert/strict";
import { validateInputs } from "../../provider/schemas/validate";
import { inputTableOf } from "../../provider/registry";
import { hostileInputs, validExport, validImport, validProcessor } from "./fixtures/hostile-inputs";

/** Every string in a value, at any depth. */
function stringsIn(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (value === null || typeof value !== "object") return [];
    return Object.values(value).flatMap(stringsIn);
}

describe("hostile inputs", () => {
    it("holds at least 150 cases across the three resources", () => {
        assert.ok(hostileInputs.length >= 150, `only ${hostileInputs.length} cases`);
        for (const kind of ["ImportTask", "ExportTask", "ProcessorTask"] as const) {
            assert.ok(hostileInputs.filter((c) => c.kind === kind).length >= 40, kind);
        }
    });

    it("starts from inputs that are valid", () => {
        assert.deepEqual(validateInputs(inputTableOf("ImportTask"), validImport), []);
        assert.deepEqual(validateInputs(inputTableOf("ExportTask"), validExport), []);
        assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), validProcessor), []);
    });

    for (const hostile of hostileInputs) {
        it(`${hostile.kind}: rejects ${hostile.title}, naming ${hostile.property}`, () => {
            const failures = validateInputs(inputTableOf(hostile.kind), hostile.inputs);
            const named = failures.filter((f) => f.property === hostile.property);
            assert.ok(named.length > 0, `no failure names ${hostile.property}: ${JSON.stringify(failures)}`);
            for (const failure of failures) assert.ok(failure.reason.length > 0);
            // Reasons name rules, never values: no string of the input (8+ characters, so not a mere enum
            // word) appears in any reason, and a secret appears nowhere in the failures.
            const reasons = failures.map((f) => f.reason).join("\n");
            for (const text of stringsIn(hostile.inputs).filter((s) => s.length >= 8)) {
                assert.ok(!reasons.includes(text), `a reason repeats the input value ${JSON.stringify(text)}`);
            }
            if (hostile.secret !== undefined) {
                assert.ok(!JSON.stringify(failures).includes(hostile.secret), "a failure repeats the secret");
            }
        });
    }
});

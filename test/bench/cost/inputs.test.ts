import assert from "node:assert/strict";
import { describeTexts } from "../../../bench/cost/benchmark";
import {
    DEFAULT_LARGE_INPUT,
    largeImportInputs,
    largeInputs,
    largeProcessorInputs,
    smallInputs,
} from "../../../bench/cost/inputs";
import type { TaskResourceKind } from "../../../provider/kinds";
import { validateInputs } from "../../../provider/schemas/validate";
import { inputTableOf } from "../../../provider/registry";

describe("bench/cost/inputs", () => {
    it("are valid: the benchmark times checks that pass, not the failure path", () => {
        for (const [kind, input] of Object.entries({ ...smallInputs, ...largeInputs(DEFAULT_LARGE_INPUT) })) {
            assert.deepEqual(
                validateInputs(inputTableOf(kind as TaskResourceKind), input as Record<string, unknown>),
                [],
                kind,
            );
        }
    });

    it("grow with the requested size, up to the schemas' limits", () => {
        const largest = { labels: 1_000, operators: 100, paramsPerOperator: 256 };
        const imports = largeImportInputs(largest);
        assert.equal(imports.includedLabels?.length, 1_000);
        assert.equal(imports.excludedLabels?.length, 100);
        assert.equal(largeProcessorInputs(largest).template.operatorParams?.length, 100);
        assert.deepEqual(validateInputs(inputTableOf("ImportTask"), imports as unknown as Record<string, unknown>), []);
        assert.deepEqual(
            validateInputs(
                inputTableOf("ProcessorTask"),
                largeProcessorInputs(largest) as unknown as Record<string, unknown>,
            ),
            [],
        );
    });
});

describe("bench/cost/benchmark describeTexts", () => {
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

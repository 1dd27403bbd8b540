import assert from "node:assert/strict";
import { exportTaskInputs } from "../../provider/export-task/inputs";
import { importTaskInputs } from "../../provider/import-task/inputs";
import { processorTaskInputs } from "../../provider/processor-task/inputs";
import { validateInputs } from "../../provider/schemas/validate";
import { inputTableOf } from "../../provider/registry";
import type { ResourceKind } from "../../provider/kinds";
import type { DocumentedRequest } from "./fixtures/requests";
import { exportTaskExamples, importTaskExamples, processorTaskExamples } from "./fixtures/requests";

function describeExamples<Args extends object>(
    kind: ResourceKind,
    examples: ReadonlyArray<DocumentedRequest<Args>>,
    table: { requestBody(inputs: object): Record<string, unknown> },
): void {
    describe(`${kind}: the documented example requests`, () => {
        for (const example of examples) {
            it(`accepts "${example.title}"`, () => {
                assert.deepEqual(validateInputs(inputTableOf(kind), example.args as Record<string, unknown>), []);
            });
            it(`sends the documented body for "${example.title}"`, () => {
                assert.deepStrictEqual(table.requestBody(example.args), example.body);
            });
        }
    });
}

describeExamples("ImportTask", importTaskExamples, importTaskInputs);
describeExamples("ExportTask", exportTaskExamples, exportTaskInputs);
describeExamples("ProcessorTask", processorTaskExamples, processorTaskInputs);

describe("the quickstart and pipeline example programs", () => {
    const datasetId = "gfghHSokody6AJigS5A";

    it("accepts the quickstart import", () => {
        const args = { datasetId, importPath: "obs://my-bucket/raw/cats-dogs/", importType: "dir" };
        assert.deepEqual(validateInputs(inputTableOf("ImportTask"), args), []);
    });

    it("accepts the pipeline's three resources", () => {
        const importArgs = { datasetId, importPath: "obs://bucket/raw/", importType: "dir" };
        assert.deepEqual(validateInputs(inputTableOf("ImportTask"), importArgs), []);
        const validation = {
            name: "validate-raw",
            inputs: [{ type: "DATASET", source: datasetId }],
            workPath: { type: "DATASET", path: datasetId, versionName: "V001" },
            createVersion: true,
            template: {
                id: "sys_data_validation",
                operatorParams: [{ name: "MetaValidation", params: { task_type: "image_classification" } }],
            },
        };
        assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), validation), []);
        const exportArgs = {
            datasetId,
            path: "/bucket/export/",
            exportType: 3,
            exportParams: { exportDest: "DIR", sampleState: "" },
        };
        assert.deepEqual(validateInputs(inputTableOf("ExportTask"), exportArgs), []);
    });
});

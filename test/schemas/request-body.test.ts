import assert from "node:assert/strict";
import { providerOptionFields } from "../../provider/schemas/common";
import { exportTaskApiFields, toExportTaskRequestBody } from "../../provider/schemas/export-task";
import { importTaskApiFields, toImportTaskRequestBody } from "../../provider/schemas/import-task";
import {
    processorTaskApiFields,
    processorTaskUpdatableFields,
    toProcessorTaskRequestBody,
} from "../../provider/schemas/processor-task";
import { validateInputs } from "../../provider/schemas/validate";
import { allExportFields, allImportFields, allProcessorFields } from "./fixtures/all-fields";

// `exclusive`: API fields the all-fields fixture cannot set because it sets their alternative.
const cases = [
    {
        kind: "ImportTask",
        fixture: allImportFields,
        toBody: toImportTaskRequestBody,
        apiFields: importTaskApiFields,
        exclusive: [],
    },
    {
        kind: "ExportTask",
        fixture: allExportFields,
        toBody: toExportTaskRequestBody,
        apiFields: exportTaskApiFields,
        exclusive: [],
    },
    {
        kind: "ProcessorTask",
        fixture: allProcessorFields,
        toBody: toProcessorTaskRequestBody,
        apiFields: processorTaskApiFields,
        exclusive: ["dataSource"],
    },
] as const;

for (const { kind, fixture, toBody, apiFields, exclusive } of cases) {
    describe(`${kind} request body`, () => {
        const args = fixture.args as never;

        it("accepts an input that sets every field", () => {
            assert.deepEqual(validateInputs(kind, fixture.args as unknown as Record<string, unknown>), []);
        });

        it("maps every field to its documented API name, user-map keys verbatim", () => {
            assert.deepStrictEqual(toBody(args), fixture.body);
        });

        it("sends neither the path parameter nor provider options", () => {
            const body = toBody(args);
            for (const key of ["datasetId", "dataset_id", ...providerOptionFields, "adopt_task_id"]) {
                assert.ok(!(key in body), key);
            }
        });

        it("lists as API fields exactly the inputs that reach the body", () => {
            const notSent = new Set<string>(["datasetId", ...providerOptionFields]);
            const inputNames = [...Object.keys(fixture.args).filter((name) => !notSent.has(name)), ...exclusive];
            assert.deepEqual([...apiFields].sort(), inputNames.sort());
        });
    });
}

describe("request bodies", () => {
    it("leave out undefined fields and inject no defaults", () => {
        const body = toImportTaskRequestBody({
            datasetId: "d1",
            importPath: "obs://my-bucket/raw/",
            importType: "dir",
            difficultOnly: undefined,
        });
        assert.deepStrictEqual(body, { import_path: "obs://my-bucket/raw/", import_type: "dir" });
    });

    it("send trainSampleRatio as a string, whether written as a string or a number", () => {
        const ratioOf = (trainSampleRatio: string | number) =>
            (
                toExportTaskRequestBody({ datasetId: "d1", path: "/my-bucket/x/", exportParams: { trainSampleRatio } })
                    .export_params as Record<string, unknown>
            ).train_sample_ratio;
        assert.equal(ratioOf(1), "1");
        assert.equal(ratioOf(0.75), "0.75");
        assert.equal(ratioOf("1.00"), "1.00");
    });

    it("pass operator params and label properties through untouched, keys and nested values alike", () => {
        const params = { simlarity_threshold: "0.9", AddNoise: "1", nested: { camelKey: ["x"] } };
        const body = toProcessorTaskRequestBody({
            name: "t",
            template: { id: "sys_data_selection", operatorParams: [{ params }] },
            dataSource: { type: "DATASET", source: "d1" },
        });
        assert.deepStrictEqual(body.template, { id: "sys_data_selection", operator_params: [{ params }] });
        assert.deepStrictEqual(body.data_source, { type: "DATASET", source: "d1" });
        assert.equal(JSON.stringify(body).includes("simlarity_threshold"), true);
        assert.equal(JSON.stringify(body).includes("add_noise"), false);
    });
});

describe("field classes", () => {
    it("keep provider options apart from API fields", () => {
        assert.deepEqual([...providerOptionFields], ["timeout", "adoptTaskId", "triggers"]);
        for (const apiFields of [importTaskApiFields, exportTaskApiFields, processorTaskApiFields]) {
            assert.ok(providerOptionFields.every((f) => !(apiFields as readonly string[]).includes(f)));
        }
    });

    it("make description the one ProcessorTask field updated in place", () => {
        assert.deepEqual([...processorTaskUpdatableFields], ["description"]);
        assert.ok(processorTaskApiFields.includes("description"));
    });
});

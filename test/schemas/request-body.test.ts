import assert from "node:assert/strict";
import { taskProviderOptions } from "../../provider/schemas/common";
import { exportTaskInputs } from "../../provider/export-task/inputs";
import { importTaskInputs } from "../../provider/import-task/inputs";
import type { ImportTaskInputs } from "../../provider/import-task/inputs";
import { processorTaskInputs } from "../../provider/processor-task/inputs";
import { validateInputs } from "../../provider/schemas/validate";
import { inputTableOf } from "../../provider/registry";
import { allExportFields, allImportFields, allProcessorFields } from "../../testkit/all-fields";

// `exclusive`: API fields the all-fields fixture cannot set because it sets their alternative.
const cases = [
    {
        kind: "ImportTask",
        fixture: allImportFields,
        table: importTaskInputs,
        exclusive: [],
    },
    {
        kind: "ExportTask",
        fixture: allExportFields,
        table: exportTaskInputs,
        exclusive: [],
    },
    {
        kind: "ProcessorTask",
        fixture: allProcessorFields,
        table: processorTaskInputs,
        exclusive: ["dataSource"],
    },
] as const;

const providerOptionFields = Object.keys(taskProviderOptions);

for (const { kind, fixture, table, exclusive } of cases) {
    describe(`${kind} request body`, () => {
        const toBody = (inputs: object) => table.requestBody(inputs);
        const args = fixture.args;
        const apiFields = Object.keys(table.apiNames).filter((name) => !table.apiNames[name]?.startsWith("(path)"));

        it("accepts an input that sets every field", () => {
            assert.deepEqual(
                validateInputs(inputTableOf(kind), fixture.args as unknown as Record<string, unknown>),
                [],
            );
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
        const inputs: ImportTaskInputs = {
            datasetId: "d1",
            importPath: "obs://my-bucket/raw/",
            importType: "dir",
            difficultOnly: undefined,
        };
        const body = importTaskInputs.requestBody(inputs);
        assert.deepStrictEqual(body, { import_path: "obs://my-bucket/raw/", import_type: "dir" });
    });

    it("send trainSampleRatio as a string, whether written as a string or a number", () => {
        const ratioOf = (trainSampleRatio: string | number) =>
            (
                exportTaskInputs.requestBody({
                    datasetId: "d1",
                    path: "/my-bucket/x/",
                    exportParams: { trainSampleRatio },
                }).export_params as Record<string, unknown>
            ).train_sample_ratio;
        assert.equal(ratioOf(1), "1");
        assert.equal(ratioOf(0.75), "0.75");
        assert.equal(ratioOf("1.00"), "1.00");
    });

    it("pass operator params and label properties through untouched, keys and nested values alike", () => {
        const params = { simlarity_threshold: "0.9", AddNoise: "1", nested: { camelKey: ["x"] } };
        const body = processorTaskInputs.requestBody({
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
    const tables = [importTaskInputs, exportTaskInputs, processorTaskInputs];

    it("keep provider options apart from API fields", () => {
        assert.deepEqual(providerOptionFields, ["timeout", "adoptTaskId", "triggers"]);
        for (const table of tables) assert.ok(providerOptionFields.every((f) => !(f in table.apiNames)));
    });

    it("send the dataset id of imports and exports in the URL path", () => {
        assert.equal(importTaskInputs.apiNames.datasetId, "(path) dataset_id");
        assert.equal(exportTaskInputs.apiNames.datasetId, "(path) dataset_id");
    });

    it("update timeout in place everywhere, description on a ProcessorTask, trackSource on an ImportTask; all else replaces", () => {
        // Turning tracking on or off re-runs nothing: its first listing is recorded as the baseline.
        assert.deepEqual(importTaskInputs.inPlace, ["trackSource", "timeout"]);
        assert.deepEqual(exportTaskInputs.inPlace, ["timeout"]);
        assert.deepEqual(processorTaskInputs.inPlace, ["description", "timeout"]);
        for (const table of tables) {
            assert.ok(!table.inPlace.includes("adoptTaskId") && !table.inPlace.includes("triggers"));
            assert.ok(table.inPlace.every((name) => name in table.fields));
        }
    });

    it("mark the inputs the service fills in when left out", () => {
        assert.deepEqual(importTaskInputs.serverDefaulted, []);
        assert.deepEqual(exportTaskInputs.serverDefaulted, ["exportFormat", "versionFormat", "versionId"]);
        assert.deepEqual(processorTaskInputs.serverDefaulted, ["versionId"]);
    });
});

/**
 * The answer schemas against the pages: each is a valid draft-07 schema that compiles in strict mode, and every
 * documented example answer (`test/documented/fixtures/answers/`, `test/documented/fixtures/datasets.ts`) has the
 * types its schema, hence its TypeScript type, declares, nested fields included. The client checks less than this
 * (`answer-check.ts`): here the whole schema is run.
 */
import assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import Ajv from "ajv";
import type { AnswerKind } from "../../provider/client/answer-check";
import { createTaskAnswer } from "../../provider/client/modelarts/creates";
import {
    createDatasetVersionAnswer,
    datasetVersionAnswer,
    datasetVersionListAnswer,
} from "../../provider/client/modelarts/dataset-versions";
import {
    createDatasetAnswer,
    datasetAnswer,
    datasetListAnswer,
    updateDatasetAnswer,
} from "../../provider/client/modelarts/datasets";
import { exportTaskAnswer, exportTaskListAnswer } from "../../provider/client/modelarts/export-tasks";
import { importTaskAnswer, importTaskListAnswer } from "../../provider/client/modelarts/import-tasks";
import { processorTaskAnswer, processorTaskListAnswer } from "../../provider/client/modelarts/processor-tasks";
import { AJV_OPTIONS } from "../../provider/ajv-instance";
import { documentedDatasetAnswers as documented } from "../documented/fixtures/datasets";

const fixture = (name: string): unknown =>
    JSON.parse(readFileSync(join(__dirname, "..", "documented", "fixtures", "answers", `${name}.json`), "utf8"));

const ajv = new Ajv({ ...AJV_OPTIONS, meta: true, validateSchema: true });

/** The whole schema of `kind`, run on `answer`: the failures, empty when it has every declared type. */
function failuresOf(kind: AnswerKind, answer: unknown): string[] {
    const validate = ajv.compile(kind.schema);
    return validate(answer) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

const KINDS: Readonly<Record<string, AnswerKind>> = {
    createTaskAnswer,
    importTaskAnswer,
    importTaskListAnswer,
    exportTaskAnswer,
    exportTaskListAnswer,
    processorTaskAnswer,
    processorTaskListAnswer,
    createDatasetAnswer,
    datasetAnswer,
    datasetListAnswer,
    updateDatasetAnswer,
    createDatasetVersionAnswer,
    datasetVersionAnswer,
    datasetVersionListAnswer,
};

describe("client/modelarts answer schemas", () => {
    it("are valid draft-07 schemas that compile in strict mode", () => {
        for (const [name, { schema }] of Object.entries(KINDS)) {
            assert.equal(ajv.validateSchema(schema), true, `${name}: ${ajv.errorsText()}`);
            assert.equal(typeof ajv.compile(schema), "function", name);
        }
    });

    const examples: ReadonlyArray<readonly [string, AnswerKind, unknown]> = [
        ["Querying the Dataset Import Task List", importTaskListAnswer, fixture("import-task-list")],
        ["Querying the Dataset Export Task List", exportTaskListAnswer, fixture("export-task-list")],
        ["Querying the List of a Processing Task", processorTaskListAnswer, fixture("processor-task-list")],
        ["Querying the Dataset List", datasetListAnswer, fixture("dataset-list")],
        ["Querying Details About a Dataset", datasetAnswer, fixture("dataset-details")],
        ["Creating a Dataset", createDatasetAnswer, documented.createDataset],
        ["Querying Details About a Dataset (2)", datasetAnswer, documented.getDataset],
        ["Modifying a Dataset", updateDatasetAnswer, documented.updateDataset],
        ["Creating a Dataset Labeling Version", createDatasetVersionAnswer, documented.createDatasetVersion],
        ["Querying Details About a Dataset Version", datasetVersionAnswer, documented.getDatasetVersion],
        ["Querying the Dataset Version List", datasetVersionListAnswer, documented.listDatasetVersions],
    ];
    for (const [page, kind, answer] of examples) {
        it(`accept the example answer of "${page}", nested fields included`, () => {
            assert.deepEqual(failuresOf(kind, answer), []);
        });
    }

    it("accept the quirks the pages allow: an import type as a number, a ratio as a number, null label values, any result", () => {
        assert.deepEqual(failuresOf(importTaskAnswer, { status: "COMPLETED", import_type: 0 }), []);
        assert.deepEqual(failuresOf(importTaskAnswer, { status: "COMPLETED", import_type: "dir" }), []);
        const ratio = { export_tasks: [{ export_params: { train_sample_ratio: 1.0, clear_difficult: false } }] };
        assert.deepEqual(failuresOf(exportTaskListAnswer, ratio), []);
        const noValues = { labels: [{ name: "cat", property: { colour: null, size: ["big"] } }] };
        const search = { export_tasks: [{ export_params: { search_conditions: [{ label_list: noValues }] } }] };
        assert.deepEqual(failuresOf(exportTaskListAnswer, search), []);
        for (const result of ["xxx", { a: [1, null] }, null, 3])
            assert.deepEqual(failuresOf(processorTaskAnswer, { status: 2, result }), []);
    });

    it("would refuse an example whose nested field has another type than declared", () => {
        const listed = { import_tasks: [{ task_id: "t", file_statistics: { file_num_total: "12" } }] };
        assert.deepEqual(failuresOf(importTaskListAnswer, listed), [
            "/import_tasks/0/file_statistics/file_num_total must be number",
        ]);
        const labels = {
            dataset_id: "d",
            dataset_name: "n",
            status: 1,
            labels: [{ property: { "@modelarts:color": 3 } }],
        };
        assert.equal(failuresOf(datasetAnswer, labels).length, 1);
    });
});

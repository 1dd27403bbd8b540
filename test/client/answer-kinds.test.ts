/**
 * What the client checks in each answer, written out: the fields a provider decision rests on, each with its JSON
 * type (`?`: may be absent or null). A change here changes when an answer is malformed, hence when a wait or a look
 * retries: it must be deliberate.
 */
import assert from "node:assert/strict";
import { type AnswerKind, projectionOf } from "../../provider/client/answer-check";
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

/** `{ status: "string", error_msg: "string?", import_tasks: "array of object", task_id: "non-empty string" }`. */
function checkedFields(kind: AnswerKind): Record<string, string> {
    const { properties } = projectionOf(kind);
    return Object.fromEntries(
        Object.entries(properties).map(([name, own]) => {
            const types = [own.type].flat();
            const optional = types.includes("null") ? "?" : "";
            const [type] = types.filter((t) => t !== "null");
            const items = own.items === undefined ? "" : ` of ${String(own.items.type)}`;
            const nonEmpty = own.minLength === undefined ? "" : "non-empty ";
            return [name, `${nonEmpty}${String(type)}${items}${optional}`];
        }),
    );
}

const TASK = { status: "string", error_code: "string?", error_msg: "string?" };

describe("client: the fields each answer is checked for", () => {
    const expected: ReadonlyArray<readonly [string, AnswerKind, Record<string, string>]> = [
        ["importTask", importTaskAnswer, TASK],
        ["exportTask", exportTaskAnswer, TASK],
        ["processorTask", processorTaskAnswer, { status: "number", error_msg: "string?" }],
        ["importTaskList", importTaskListAnswer, { import_tasks: "array of object", total_count: "number?" }],
        ["exportTaskList", exportTaskListAnswer, { export_tasks: "array of object", total_count: "number?" }],
        ["processorTaskList", processorTaskListAnswer, { tasks: "array of object", count: "number?" }],
        ["dataset", datasetAnswer, { dataset_id: "string", dataset_name: "string", status: "number" }],
        ["datasetList", datasetListAnswer, { datasets: "array of object", total_number: "number?" }],
        ["datasetVersion", datasetVersionAnswer, { version_id: "string", version_name: "string", status: "number" }],
        ["datasetVersionList", datasetVersionListAnswer, { versions: "array of object", total_number: "number?" }],
        ["createTask", createTaskAnswer, { task_id: "non-empty string" }],
        ["createDataset", createDatasetAnswer, { dataset_id: "non-empty string" }],
        ["createDatasetVersion", createDatasetVersionAnswer, { version_id: "non-empty string" }],
        ["updateDataset", updateDatasetAnswer, {}],
    ];
    for (const [name, kind, fields] of expected) {
        it(`${name}: ${Object.keys(fields).join(", ") || "nothing"}`, () => {
            assert.deepEqual(checkedFields(kind), fields);
        });
    }

    it("refuses to check a field the schema does not declare", () => {
        const kind = { schema: { type: "object", properties: {} }, readIfPresent: ["status"] } as const;
        assert.throws(() => projectionOf(kind), /declares no field "status"/);
    });
});

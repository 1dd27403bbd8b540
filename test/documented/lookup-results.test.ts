/**
 * The example responses of the list pages (and of "Querying Details About a Dataset" and "… a Dataset Version"),
 * copied verbatim into
 * `fixtures/answers/`, served as the service's answer: each lookup parses them into its typed, camelCased result.
 */
import assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { getDataset, getDatasets } from "../../provider/dataset/lookups";
import { getDatasetVersion, getDatasetVersions } from "../../provider/dataset-version/lookups";
import { getExportTasks } from "../../provider/export-task/lookups";
import { getImportTasks } from "../../provider/import-task/lookups";
import { getProcessorTasks } from "../../provider/processor-task/lookups";
import { LookupEmulator, startLookupEmulator } from "../lookups/program-config";

const DATASET_ID = "gfghHSokody6AJigS5A";
const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", "answers", `${name}.json`), "utf8");

describe("documented example responses as lookup results", () => {
    let api: LookupEmulator;
    beforeEach(async () => {
        api = await startLookupEmulator({ datasets: [{ id: DATASET_ID, name: "dataset-f9e8" }] });
    });
    afterEach(() => api.close());

    /** The next answer of `route` is the page's example. */
    const serve = (route: string, name: string) =>
        api.emulator.planFault({ route: `GET /v2/{project_id}${route}`, fault: { kind: "body", body: fixture(name) } });

    it("Querying the Dataset Import Task List", async () => {
        serve("/datasets/{dataset_id}/import-tasks", "import-task-list");
        const result = await getImportTasks({ datasetId: DATASET_ID });
        assert.equal(result.totalCount, 1);
        const [task] = result.importTasks;
        assert.equal(task?.taskId, "gfghHSokody6AJigS5A_RHJ1zOkIoI3Nzwxj8nh");
        assert.equal(task.importType, 0);
        assert.equal(task.importPath, "obs://test-obs/daoLu_images/animals/");
        assert.deepEqual([task.importedSampleCount, task.createTime, task.elapsedTime], [20, 1606114833874, 2]);
    });

    it("Querying the Dataset Export Task List", async () => {
        serve("/datasets/{dataset_id}/export-tasks", "export-task-list");
        const result = await getExportTasks({ datasetId: DATASET_ID });
        assert.equal(result.totalCount, 2);
        assert.deepEqual(
            result.exportTasks.map((t) => [t.taskId, t.status, t.progress, t.exportParams?.exportDest]),
            [
                ["rF9NNoB56k5rtYKg2Y7", "SUCCESSED", 100, "NEW_DATASET"],
                ["TZMuy7OKbClkGCAc3gb", "SUCCESSED", 100, "DIR"],
            ],
        );
        const params = result.exportTasks[1]?.exportParams;
        assert.equal(params?.trainSampleRatio, 1.0); // documented as a String, served as a number
        assert.equal((params as Record<string, unknown> | undefined)?.clearDifficult, false); // undocumented, kept
    });

    it("Querying the List of a Processing Task", async () => {
        serve("/processor-tasks", "processor-task-list");
        const result = await getProcessorTasks();
        assert.equal(result.count, 1);
        const [task] = result.tasks;
        assert.ok(task);
        assert.deepEqual(
            [task.taskId, task.status, task.versionName, task.isCurrent],
            ["ddwRJeTnjpiq4dNUZOq", 2, "V001", true],
        );
        assert.deepEqual(task.inputs, [{ type: "DATASET", source: "X6c3N3eztX7cr3Arvqu" }]);
        const params = task.template?.operatorParams?.[0]?.params;
        assert.deepEqual(Object.keys(params ?? {}), [
            "op_list",
            "task_type",
            "manifest_path",
            "file_path",
            "is_normed",
        ]);
    });

    it("Querying the Dataset List, and Querying Details About a Dataset", async () => {
        serve("/datasets", "dataset-list");
        const list = await getDatasets();
        assert.equal(list.totalNumber, 1);
        const [dataset] = list.datasets;
        assert.equal(dataset?.datasetId, DATASET_ID);
        assert.deepEqual(dataset.dataSources, [{ dataType: 0, dataPath: "/test-obs/classify/input/animals/" }]);
        assert.equal(dataset.samples?.length, 4);
        assert.deepEqual(dataset.featureSupports, ["0"]);
        serve("/datasets/{dataset_id}", "dataset-details");
        const details = await getDataset({ datasetId: DATASET_ID });
        assert.equal(details.datasetVersionCount, 3);
        assert.deepEqual(details.labels?.[0], {
            name: "Rabbits",
            type: 0,
            property: { "@modelarts:color": "#3399ff" },
        });
    });

    it("Querying the Dataset Version List, and Querying Details About a Dataset Version", async () => {
        serve("/datasets/{dataset_id}/versions", "dataset-version-list");
        const list = await getDatasetVersions({ datasetId: DATASET_ID });
        assert.equal(list.totalNumber, 3);
        assert.deepEqual(
            list.versions.map((v) => [v.versionId, v.versionName, v.status, v.trainEvaluateSampleRatio]),
            [
                ["54IXbeJhfttGpL46lbv", "V003", 1, "0.8"],
                ["eSOKEQaXhKzxN00WKoV", "V002", 1, "0.9999"],
                ["vlGvUqOcxxGPIB0ugeE", "V001", 1, "0.99"],
            ],
        );
        serve("/datasets/{dataset_id}/versions/{version_id}", "dataset-version-details");
        const details = await getDatasetVersion({ datasetId: DATASET_ID, versionId: "eSOKEQaXhKzxN00WKoV" });
        assert.deepEqual(
            [details.versionName, details.isCurrent, details.labelType, details.createTime],
            ["V002", true, "single", 1605691027084],
        );
        assert.deepEqual(details.labelStats?.[0], {
            name: "Rabbits",
            type: 0,
            property: { "@modelarts:color": "#3399ff" },
            count: 5,
            sampleCount: 5,
        });
    });
});

import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { DEFAULT_PROJECT_ID, DEMO_CREDENTIALS } from "../../emulator/server";
import { HttpTransport } from "../../provider/client/http";
import { getDataset, getDatasets } from "../../provider/dataset/lookups";
import { getDatasetVersion, getDatasetVersions } from "../../provider/dataset-version/lookups";
import { getExportTask, getExportTasks } from "../../provider/export-task/lookups";
import { getImportTask, getImportTasks } from "../../provider/import-task/lookups";
import { MAX_PAGES } from "../../provider/client/pager";
import { getProcessorTask, getProcessorTasks } from "../../provider/processor-task/lookups";
import { FakeClock } from "../../testkit/fake-clock";
import { stackConfig } from "../../emulator/server";
import { LookupEmulator, startLookupEmulator } from "./program-config";

const DATASET_ID = "gfghHSokody6AJigS5A";
const IMPORT_PATH = "obs://my-bucket/raw/cats-dogs/";

/** Fails unless `promise` rejects with a message matching every pattern. */
async function rejectsWith(promise: Promise<unknown>, ...patterns: RegExp[]): Promise<string> {
    const error = await promise.then(
        () => assert.fail("the lookup succeeded"),
        (e: unknown) => e as Error,
    );
    for (const pattern of patterns) assert.match(error.message, pattern);
    return error.message;
}

describe("lookups against the emulator", function () {
    this.timeout(30_000);
    let api: LookupEmulator;

    /** Creates something the lookups then find; resolves to its `task_id`. */
    const post = async (path: string, body: object): Promise<string> => {
        const credentials = { kind: "aksk" as const, ...DEMO_CREDENTIALS };
        const transport = new HttpTransport({ endpoint: api.emulator.url, projectId: DEFAULT_PROJECT_ID, credentials });
        const sent = { method: "POST" as const, path: `/v2/${DEFAULT_PROJECT_ID}${path}`, body };
        return (await transport.send<{ task_id: string }>(sent)).task_id;
    };

    describe("datasets", () => {
        beforeEach(async () => {
            const others = Array.from({ length: 204 }, (_, i) => ({
                id: `ds${String(i).padStart(4, "0")}`,
                name: `set-${i}`,
            }));
            api = await startLookupEmulator({
                datasets: [{ id: DATASET_ID, name: "cats-dogs" }, { id: "dogsOnlyId", name: "cats-dogs-2" }, ...others],
            });
        });
        afterEach(() => api.close());

        it("finds a dataset by its exact name although the search is fuzzy, and by its id", async () => {
            const byName = await getDataset({ name: "cats-dogs" });
            assert.equal(byName.datasetId, DATASET_ID);
            assert.equal(byName.datasetName, "cats-dogs");
            const requests = api.takeRequests();
            assert.equal(
                requests.at(-1),
                `GET /v2/${stackConfig(api.emulator.url)["modelarts:projectId"]}/datasets/${DATASET_ID}`,
            );
            const byId = await getDataset({ datasetId: DATASET_ID });
            assert.deepEqual(byId, byName);
            assert.deepEqual(api.takeRequests().length, 1);
        });

        it("names what the search found when no dataset has the exact name", async () => {
            await rejectsWith(
                getDataset({ name: "cats" }),
                /^getDataset: no dataset is named "cats"/,
                /"cats-dogs", "cats-dogs-2"/,
            );
            await rejectsWith(getDataset({ name: "zebras" }), /found no dataset/);
        });

        it("fails on a name several datasets have (in other workspaces, say), naming their ids", async () => {
            const twins = [
                { dataset_id: "firstOne", dataset_name: "twin" },
                { dataset_id: "secondOne", dataset_name: "twin" },
            ];
            const body = JSON.stringify({ total_number: 2, datasets: twins });
            api.emulator.planFault({ route: "GET /v2/{project_id}/datasets", fault: { kind: "body", body } });
            await rejectsWith(getDataset({ name: "twin" }), /2 datasets are named "twin" \(ids firstOne, secondOne\)/);
        });

        it("checks its arguments before any request", async () => {
            await rejectsWith(getDataset({} as never), /either "datasetId" or "name"/);
            await rejectsWith(getDataset({ name: "a", datasetId: "b" } as never), /not both/);
            await rejectsWith(
                getDataset({ datasetID: "b" } as never),
                /unknown argument "datasetID" \(the arguments are datasetId, name\): did you mean "datasetId"\?/,
            );
            await rejectsWith(getDatasets({ limit: 0 }), /"limit" must be an integer from 1 to 100/);
            await rejectsWith(
                getDatasets({ sortBy: "name" as never }),
                /"sortBy" must be one of "create_time", "dataset_name"/,
            );
            await rejectsWith(getDatasets({ datasetType: 2 as never }), /"datasetType" must be one of 0, 1, 3, 100/);
            assert.deepEqual(api.takeRequests(), []);
        });

        it("follows the pages to the end although total_number stops at 100", async () => {
            const all = await getDatasets();
            assert.equal(all.datasets.length, 206);
            assert.equal(all.totalNumber, 100);
            assert.equal(new Set(all.datasets.map((d) => d.datasetId)).size, 206);
            assert.equal(api.takeRequests().length, 3); // pages 0, 1, 2 of 100
            const fromPage = await getDatasets({ limit: 50, offset: 4, sortBy: "dataset_name", order: "asc" });
            assert.deepEqual(
                fromPage.datasets.map((d) => d.datasetName),
                all.datasets
                    .map((d) => d.datasetName)
                    .sort()
                    .slice(200),
            );
        });

        it("fails beyond its bound of pages rather than return part of the list", async () => {
            await rejectsWith(
                getDatasets({ limit: 2 }),
                new RegExp(`beyond ${MAX_PAGES} pages \\(200 items read\\).*narrow it`),
            );
            assert.equal(api.takeRequests().length, MAX_PAGES);
        });

        it("sends the documented query parameters: a fuzzy search, the labels, the preview files", async () => {
            const found = await getDatasets({ searchContent: "CATS", withLabels: true, filePreview: true });
            assert.deepEqual(found.datasets.map((d) => d.datasetId).sort(), [DATASET_ID, "dogsOnlyId"].sort());
            assert.ok(found.datasets.every((d) => Array.isArray(d.labels) && Array.isArray(d.samples)));
            const plain = await getDatasets({ searchContent: "cats", datasetVersion: "all", supportExport: true });
            assert.ok(plain.datasets.every((d) => d.labels === undefined && d.samples === undefined));
        });
    });

    describe("tasks", () => {
        // Task progress follows this clock: each advance ends the tasks created before it. It starts at the real
        // time, so the signatures of the client are within the emulator's allowed skew.
        let clock: FakeClock;
        beforeEach(async () => {
            clock = new FakeClock(Date.now());
            api = await startLookupEmulator({
                datasets: [{ id: DATASET_ID, name: "cats-dogs" }],
                clock,
                taskDurationMs: 10,
            });
        });
        afterEach(() => api.close());

        it("lists import tasks across pages, camelCased, and reads one; NOT_EXIST is an error", async () => {
            const ids: string[] = [];
            for (let i = 0; i < 3; i++) {
                ids.push(
                    await post(`/datasets/${DATASET_ID}/import-tasks`, {
                        import_path: IMPORT_PATH,
                        import_type: "dir",
                    }),
                );
                await clock.sleep(20);
            }
            api.takeRequests();
            const listed = await getImportTasks({ datasetId: DATASET_ID, limit: 2 });
            assert.equal(listed.totalCount, 3);
            assert.deepEqual(listed.importTasks.map((t) => t.taskId).sort(), [...ids].sort());
            assert.equal(api.takeRequests().length, 2);
            const one = await getImportTask({ datasetId: DATASET_ID, taskId: ids[0]! });
            assert.equal(one.status, "COMPLETED");
            assert.equal(one.importPath, IMPORT_PATH);
            assert.equal(typeof one.fileStatistics?.fileNumTotal, "number");
            await rejectsWith(
                getImportTask({ datasetId: DATASET_ID, taskId: "nope" }),
                /has no import task nope \(NOT_EXIST\)/,
            );
            await rejectsWith(getImportTasks({ datasetId: "" }), /"datasetId" must be a non-empty string/);
        });

        it("filters dataset versions by every documented parameter, and reads one", async () => {
            const credentials = { kind: "aksk" as const, ...DEMO_CREDENTIALS };
            const transport = new HttpTransport({
                endpoint: api.emulator.url,
                projectId: DEFAULT_PROJECT_ID,
                credentials,
            });
            const publish = async (body: object) => {
                const path = `/v2/${DEFAULT_PROJECT_ID}/datasets/${DATASET_ID}/versions`;
                const answer = await transport.send<{ version_id: string }>({ method: "POST", path, body });
                await clock.sleep(20);
                return answer.version_id;
            };
            const plain = await publish({ version_format: "Default" });
            const csv = await publish({ version_format: "CSV", train_evaluate_sample_ratio: "0.5" });
            api.takeRequests();
            const all = await getDatasetVersions({ datasetId: DATASET_ID, status: 1, limit: 1 });
            assert.deepEqual(all.versions.map((v) => v.versionId).sort(), [plain, csv].sort());
            assert.equal(api.takeRequests().length, 2, "one page a version");
            const byFormat = await getDatasetVersions({ datasetId: DATASET_ID, versionFormat: "CSV" });
            assert.deepEqual(
                byFormat.versions.map((v) => [v.versionId, v.versionFormat]),
                [[csv, "CSV"]],
            );
            const byRatio = await getDatasetVersions({ datasetId: DATASET_ID, trainEvaluateRatio: "0.0,0.6" });
            assert.deepEqual(
                byRatio.versions.map((v) => v.versionId),
                [csv],
            );
            assert.deepEqual((await getDatasetVersions({ datasetId: DATASET_ID, status: 4 })).versions, []);
            const one = await getDatasetVersion({ datasetId: DATASET_ID, versionId: plain });
            assert.deepEqual([one.versionId, one.status, one.versionFormat], [plain, 1, "Default"]);
            await rejectsWith(getDatasetVersion({ datasetId: DATASET_ID, versionId: "nope" }), /ModelArts\.4353/);
            api.takeRequests();
            await rejectsWith(
                getDatasetVersions({ datasetId: DATASET_ID, versionFormat: "Json" as never }),
                /versionFormat/,
                /"Default", "CarbonData", "CSV"/,
            );
            await rejectsWith(getDatasetVersion({ datasetId: DATASET_ID, versionId: "" }), /"versionId"/);
            assert.equal(api.takeRequests().length, 0, "bad arguments send nothing");
        });

        it("filters export tasks by exportType and reads one; an unknown id is the service's error", async () => {
            const body = (exportType: number) => ({
                path: "/my-bucket/export/",
                export_type: exportType,
                export_params: { export_dest: "DIR" },
            });
            const labeled = await post(`/datasets/${DATASET_ID}/export-tasks`, body(0));
            await post(`/datasets/${DATASET_ID}/export-tasks`, body(2));
            const only = await getExportTasks({ datasetId: DATASET_ID, exportType: 0 });
            assert.deepEqual(
                only.exportTasks.map((t) => t.taskId),
                [labeled],
            );
            assert.equal((await getExportTasks({ datasetId: DATASET_ID })).exportTasks.length, 2);
            const one = await getExportTask({ datasetId: DATASET_ID, taskId: labeled });
            assert.equal(one.exportParams?.exportDest, "DIR");
            await rejectsWith(getExportTask({ datasetId: DATASET_ID, taskId: "nope" }), /ModelArts\.4359/);
            await rejectsWith(getExportTasks({ datasetId: DATASET_ID, exportType: 4 as never }), /one of 0, 1, 2, 3/);
        });

        it("filters processing tasks by every kind of parameter; operator params keep their keys", async () => {
            const create = (name: string, versionId: string) =>
                post("/processor-tasks", {
                    name,
                    inputs: [{ type: "DATASET", source: DATASET_ID }],
                    version_id: versionId,
                    template: {
                        id: "sys_data_analyse",
                        operator_params: [{ id: "op", params: { task_type: "x", "@k": 1 } }],
                    },
                });
            const first = await create("analyse-one", "V1");
            await clock.sleep(20);
            const second = await create("analyse-two", "V2");
            const byName = await getProcessorTasks({ taskName: "two", sourceType: "DATASET", source: DATASET_ID });
            assert.deepEqual(
                byName.tasks.map((t) => t.taskId),
                [second],
            );
            const byVersions = await getProcessorTasks({
                versionId: ["V1", "V2"],
                sortBy: "name",
                order: "asc",
                returnResult: false,
            });
            assert.deepEqual(
                byVersions.tasks.map((t) => t.taskId),
                [first, second],
            );
            assert.equal(byVersions.count, 2);
            await clock.sleep(20);
            const newerOnV1 = await create("analyse-three", "V1");
            const current = await getProcessorTasks({ queryCurrent: true, sortBy: "name", order: "asc" });
            assert.deepEqual(
                current.tasks.map((t) => t.taskId),
                [newerOnV1, second],
            );
            const one = await getProcessorTask({ taskId: first });
            assert.deepEqual(one.template?.operatorParams?.[0]?.params, { task_type: "x", "@k": 1 });
            await rejectsWith(getProcessorTask({ taskId: "nope" }), /ModelArts\.4700/);
            await rejectsWith(
                getProcessorTasks({ status: 9 as never, versionId: "V1" as never }),
                /"status" must be one of 0, 1, 2, 3, 4; "versionId" must be an array/,
            );
        });
    });

    describe("configuration and secrets", () => {
        beforeEach(async () => {
            api = await startLookupEmulator({ datasets: [{ id: DATASET_ID, name: "cats-dogs" }] });
        });
        afterEach(() => api.close());

        it("names every setting to fix when the stack is not configured, before any request", async () => {
            pulumi.runtime.setAllConfig({});
            await rejectsWith(getDatasets(), /modelarts:region/, /modelarts:projectId/, /modelarts:accessKey/);
            assert.deepEqual(api.takeRequests(), []);
        });

        it("takes what the stack config leaves unset from the environment", async () => {
            const { "modelarts:secretKey": secretKey, ...rest } = stackConfig(api.emulator.url);
            pulumi.runtime.setAllConfig({ ...rest, "modelarts:accessKey": "" });
            const saved = { ...process.env };
            Object.assign(process.env, { HW_ACCESS_KEY: DEMO_CREDENTIALS.accessKey, HW_SECRET_KEY: secretKey });
            try {
                assert.equal((await getDataset({ name: "cats-dogs" })).datasetId, DATASET_ID);
            } finally {
                process.env = saved;
            }
        });

        it("keeps the secret key and data-source passwords out of results and errors", async () => {
            const secretKey = DEMO_CREDENTIALS.secretKey;
            const route = `GET /v2/{project_id}/datasets/{dataset_id}/import-tasks`;
            const task = {
                task_id: "t1",
                status: "FAILED",
                error_msg: `connect failed: user_password=hunter2-secret key=${secretKey}`,
                data_source: { data_type: 1, source_info: { user_name: "u", user_password: "hunter2-secret" } },
            };
            api.emulator.planFault({
                route,
                fault: { kind: "body", body: JSON.stringify({ total_count: 1, import_tasks: [task] }) },
            });
            const listed = JSON.stringify(await getImportTasks({ datasetId: DATASET_ID }));
            assert.doesNotMatch(listed, /hunter2-secret|userPassword/);
            assert.ok(!listed.includes(secretKey));
            assert.match(listed, /"userName":"u"/);
            const gateway = { kind: "error", status: 400, message: `bad signature for ${secretKey}` } as const;
            api.emulator.planFault({ route: "GET /v2/{project_id}/datasets", fault: gateway });
            const message = await rejectsWith(getDatasets(), /bad signature for \*\*\*/);
            assert.ok(!message.includes(secretKey));
        });
    });
});

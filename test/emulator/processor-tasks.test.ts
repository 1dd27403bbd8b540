import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { jpegImage, pngImage } from "../../emulator/sample-images";
import { CallResult, DATASET_ID, DURATION_MS, EmulatorFixture, assertError } from "./fixture";

const TASKS = "/processor-tasks";

describe("emulator processor tasks", () => {
    let fixture: EmulatorFixture;
    let datasetId: string;
    beforeEach(async () => {
        fixture = await EmulatorFixture.start();
        const dir = join(fixture.dataDir, "obs/my-bucket/mixed");
        mkdirSync(join(dir, "cat"), { recursive: true });
        const red = pngImage(8, 8, () => [200, 0, 0]);
        writeFileSync(join(dir, "cat/a.png"), red);
        writeFileSync(join(dir, "cat/b.png"), red); // an exact duplicate of a.png
        writeFileSync(join(dir, "c.png"), Buffer.from("not an image at all"));
        writeFileSync(
            join(dir, "d.jpg"),
            jpegImage(2, 1, (i) => 50 + 100 * i),
        );
        const created = await fixture.call("POST", "/datasets", {
            body: {
                dataset_name: "mixed",
                dataset_type: 0,
                data_sources: [{ data_path: "/my-bucket/mixed/", data_type: 0 }],
                work_path: "/my-bucket/work/",
                work_path_type: 0,
            },
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        datasetId = created.body.dataset_id;
        await fixture.advance(DURATION_MS);
    });
    afterEach(() => fixture.close());

    async function runTask(templateId: string, extra: object = {}): Promise<CallResult["body"]> {
        const created = await fixture.call("POST", TASKS, {
            body: {
                name: `${templateId}-${fixture.clock.now()}`,
                inputs: [{ type: "DATASET", source: datasetId }],
                template: { id: templateId },
                ...extra,
            },
        });
        assert.equal(created.status, 200, JSON.stringify(created.body));
        await fixture.advance(DURATION_MS);
        return (await fixture.call("GET", `${TASKS}/${created.body.task_id}`)).body;
    }

    const sampleCount = async () => (await fixture.call("GET", `/datasets/${datasetId}`)).body.total_sample_count;

    it("creates a dataset from its data source (4 samples, 2 labelled by folder)", async () => {
        const dataset = await fixture.get(`/datasets/${datasetId}`);
        const { dataset_name, dataset_type, total_sample_count, annotated_sample_count, work_path } = dataset;
        assert.deepEqual(
            [dataset_name, dataset_type, total_sample_count, annotated_sample_count, work_path],
            ["mixed", 0, 4, 2, "/my-bucket/work/"],
        );
        const body = {
            dataset_name: "mixed",
            data_sources: [{ data_path: "/my-bucket/mixed/" }],
            work_path: "/my-bucket/w/",
        };
        const duplicate = await fixture.call("POST", "/datasets", { body });
        assertError(duplicate, 400, "ModelArts.4351");
    });

    it("moves 0 → 1 → 2 and answers the documented fields", async () => {
        const created = await fixture.call("POST", TASKS, {
            body: {
                name: "analyse",
                description: "",
                data_source: { type: "DATASET", source: datasetId },
                template: {
                    id: "sys_data_analyse",
                    operator_params: [{ id: "sys_data_analyse", params: { op_list: [] } }],
                },
                version_id: "J4Eh2FDEWH1qnDlD3hQ",
            },
        });
        assert.deepEqual(Object.keys(created.body), ["task_id"]);
        const url = `${TASKS}/${created.body.task_id}`;
        assert.equal((await fixture.call("GET", url)).body.status, 0);
        await fixture.advance(DURATION_MS / 2);
        assert.equal((await fixture.call("GET", url)).body.status, 1);
        await fixture.advance(DURATION_MS / 2);
        const done = (await fixture.call("GET", url)).body;
        assert.equal(done.status, 2);
        const documented = [
            "create_time",
            "data_source",
            "description",
            "duration_seconds",
            "error_msg",
            "inputs",
            "is_current",
            "name",
            "result",
            "status",
            "task_id",
            "template",
            "version_count",
            "version_id",
            "version_name",
            "work_path",
            "workspace_id",
        ];
        assert.deepEqual(
            Object.keys(done).filter((key) => !documented.includes(key)),
            [],
            "only documented fields",
        );
        assert.deepEqual(done.inputs, [{ type: "DATASET", source: datasetId }]);
        assert.deepEqual(done.data_source, { type: "DATASET", source: datasetId });
        assert.equal(done.template.name, "data analyse");
        assert.deepEqual(done.template.operator_params, [{ id: "sys_data_analyse", params: { op_list: [] } }]);
        const { version_id, workspace_id, version_count, is_current } = done;
        assert.deepEqual([version_id, workspace_id, version_count, is_current], ["J4Eh2FDEWH1qnDlD3hQ", "0", 0, true]);
        assert.equal(done.result.sample_count, 4);
        assert.deepEqual(done.result.label_stats, { cat: 2 });
        assert.deepEqual(done.result.image_width, { min: 8, max: 16, mean: 10.67 }, "c.png has no image header");
        assert.equal(done.result.unreadable_sample_count, 0);
    });

    it("sys_data_validation reports and drops the unreadable sample; status 3 when none is valid", async () => {
        const done = await runTask("sys_data_validation");
        assert.equal(done.status, 2);
        assert.deepEqual([done.result.valid_sample_count, done.result.invalid_sample_count], [3, 1]);
        assert.equal(done.result.invalid_samples[0].source, "obs://my-bucket/mixed/c.png");
        assert.equal(await sampleCount(), 3);
        mkdirSync(join(fixture.dataDir, "obs/my-bucket/bad"));
        writeFileSync(join(fixture.dataDir, "obs/my-bucket/bad/x.png"), "garbage");
        const failed = await runTask("sys_data_validation", {
            inputs: [{ type: "OBS", source: "obs://my-bucket/bad/" }],
        });
        assert.equal(failed.status, 3);
        assert.match(failed.error_msg, /^Task failed/);
    });

    it("sys_data_selection drops exact duplicates by content; cleaning and augmentation change nothing", async () => {
        for (const template of ["sys_data_cleaning", "sys_data_augmentation"]) {
            assert.equal((await runTask(template)).status, 2);
            assert.equal(await sampleCount(), 4, template);
        }
        const done = await runTask("sys_data_selection");
        assert.deepEqual(done.result.duplicates, [
            { source: "obs://my-bucket/mixed/cat/b.png", duplicate_of: "obs://my-bucket/mixed/cat/a.png" },
        ]);
        assert.equal(await sampleCount(), 3);
    });

    it("refuses bad bodies (0101), a second task of the same name (4709) and an unknown dataset (4352)", async () => {
        const inputs = [{ type: "DATASET", source: datasetId }];
        const base = { name: "t", inputs, template: { id: "sys_data_validation" } };
        const cases: Array<[object, string]> = [
            [{ ...base, name: undefined }, "ModelArts.0101"],
            [{ ...base, template: { id: 7 } }, "ModelArts.0101"],
            [{ ...base, template: undefined }, "ModelArts.0101"],
            [{ ...base, data_source: { type: "DATASET", source: datasetId } }, "ModelArts.0101"],
            [{ ...base, inputs: undefined }, "ModelArts.0101"],
            [{ ...base, description: "a <b>" }, "ModelArts.0101"],
            [{ ...base, work_path: { type: "DATASET", path: datasetId, version_name: "V 1" } }, "ModelArts.0101"],
            [{ ...base, inputs: [{ type: "DATASET", source: "nope" }] }, "ModelArts.4352"],
        ];
        for (const [body, code] of cases) {
            const answer = await fixture.call("POST", TASKS, { body });
            assert.deepEqual([answer.status, answer.body.error_code], [400, code], JSON.stringify(body));
        }
        const unknown = await fixture.call("POST", TASKS, { body: { ...base, template: { id: "sys_data_validate" } } });
        assertError(unknown, 404, "ModelArts.3021");
        assert.match(String(unknown.body.error_msg), /Template \(sys_data_validate\) does not exists/);
        assert.equal((await fixture.call("POST", TASKS, { body: base })).status, 200);
        const again = await fixture.call("POST", TASKS, { body: base });
        assertError(again, 400, "ModelArts.4709");
    });

    it("updates only the description (PUT → {}), deletes (200 {}, not while initializing), then 4700", async () => {
        const body = { name: "t", data_source: { source: DATASET_ID }, template: { id: "sys_data_analyse" } };
        const created = await fixture.call("POST", TASKS, { body });
        const url = `${TASKS}/${created.body.task_id}`;
        const early = await fixture.call("DELETE", url);
        assertError(early, 403, "ModelArts.4850");
        assert.deepEqual((await fixture.call("PUT", url, { body: { description: "test" } })).body, {});
        assert.equal((await fixture.call("GET", url)).body.description, "test");
        const bad = await fixture.call("PUT", url, { body: { description: "x=1" } });
        assertError(bad, 400, "ModelArts.0101");
        await fixture.advance(DURATION_MS);
        const deleted = await fixture.call("DELETE", url);
        assert.deepEqual([deleted.status, deleted.body], [200, {}]);
        for (const method of ["GET", "PUT", "DELETE"]) {
            const gone = await fixture.call(method, url, method === "PUT" ? { body: { description: "" } } : {});
            assertError(gone, 400, "ModelArts.4700", method);
        }
    });

    it("routes /processor-tasks/items before /{task_id} and lists the algorithm types", async () => {
        const items = (await fixture.call("GET", `${TASKS}/items`)).body;
        assert.equal(items.total, 4);
        assert.deepEqual(
            items.items.map((i: { template_id: string }) => i.template_id),
            ["sys_data_cleaning", "sys_data_augmentation", "sys_data_validation", "sys_data_selection"],
        );
    });

    it("lists {count, tasks} with filters, sorting, paging and return_result", async () => {
        await runTask("sys_data_analyse");
        await runTask("sys_data_validation");
        const all = (await fixture.call("GET", TASKS)).body;
        assert.equal(all.count, 2);
        assert.equal(all.tasks[0].template.id, "sys_data_validation", "newest first by default");
        const analyse = await fixture.get(TASKS, { query: { task_type: "sys_data_analyse", return_result: "false" } });
        assert.equal(analyse.count, 1);
        assert.equal(analyse.tasks[0].result, undefined);
        const bySource = await fixture.get(TASKS, { query: { source_type: "DATASET", source: "other", status: 2 } });
        assert.equal(bySource.count, 0);
        const page = (await fixture.call("GET", TASKS, { query: { limit: 1, offset: 1, order: "asc" } })).body;
        assert.equal(page.tasks[0].template.id, "sys_data_validation");
    });
});

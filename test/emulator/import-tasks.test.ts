import assert from "node:assert/strict";
import { readdirSync } from "fs";
import { join } from "path";
import { DATASET_ID, DURATION_MS, EmulatorFixture, assertError, createImport } from "./fixture";

const TASKS = `/datasets/${DATASET_ID}/import-tasks`;

/** Files under a directory of the data dir, recursively. */
function filesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? filesUnder(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
    );
}

describe("emulator import tasks", () => {
    let fixture: EmulatorFixture;
    beforeEach(async () => (fixture = await EmulatorFixture.start()));
    afterEach(() => fixture.close());

    const get = (taskId: string) => fixture.get(`${TASKS}/${taskId}`);

    it("moves QUEUING → RUNNING → COMPLETED over the task duration, with epoch-ms times", async () => {
        const body = { import_path: "obs://my-bucket/raw/cats-dogs/", import_type: "dir" };
        const created = await fixture.call("POST", TASKS, { body });
        assert.deepEqual(Object.keys(created.body), ["task_id"]);
        assert.match(created.body.task_id, new RegExp(`^${DATASET_ID}_[A-Za-z0-9]{20}$`));
        const start = fixture.clock.now();
        assert.equal((await get(created.body.task_id)).status, "QUEUING");
        await fixture.advance(DURATION_MS / 2);
        const running = await get(created.body.task_id);
        assert.equal(running.status, "RUNNING");
        assert.ok(running.imported_sample_count < 12);
        await fixture.advance(DURATION_MS / 2);
        const done = await get(created.body.task_id);
        assert.equal(done.status, "COMPLETED");
        assert.equal(done.create_time, start);
        const documented = [
            "annotated_sample_count",
            "create_time",
            "data_source",
            "dataset_id",
            "elapsed_time",
            "error_code",
            "error_msg",
            "file_statistics",
            "finished_file_count",
            "finished_file_size",
            "import_path",
            "import_type",
            "imported_sample_count",
            "imported_sub_sample_count",
            "processor_task_id",
            "processor_task_status",
            "status",
            "task_id",
            "total_file_count",
            "total_file_size",
            "total_sample_count",
            "total_sub_sample_count",
            "unconfirmed_sample_count",
            "update_ms",
        ];
        assert.deepEqual(
            Object.keys(done).filter((key) => !documented.includes(key)),
            [],
            "only documented fields",
        );
        assert.equal(done.update_ms, start + DURATION_MS);
        assert.equal(done.elapsed_time, 0);
    });

    it("counts the sample files on disk and the labelled ones (label folders and label files)", async () => {
        const files = filesUnder(join(fixture.dataDir, "obs/my-bucket/raw/cats-dogs"));
        const images = files.filter((f) => /\.(png|jpg)$/.test(f));
        const labelled = images.filter((f) => f.includes("/") || files.includes(f.replace(/\.\w+$/, ".txt")));
        assert.deepEqual([images.length, labelled.length], [12, 8], "the shipped sample data");
        const taskId = await createImport(fixture, { import_path: "s3://my-bucket/raw/cats-dogs/" });
        await fixture.advance(DURATION_MS);
        const done = await get(taskId);
        assert.equal(done.total_sample_count, images.length);
        assert.equal(done.imported_sample_count, images.length);
        assert.equal(done.annotated_sample_count, labelled.length);
        assert.deepEqual([done.total_file_count, done.finished_file_count], [images.length, images.length]);
        assert.equal(done.file_statistics.file_num_total, images.length);
        assert.equal(done.import_path, "obs://my-bucket/raw/cats-dogs/", "s3:// is echoed as obs://");
        assert.equal(done.import_type, 0);
        const dataset = await fixture.get(`/datasets/${DATASET_ID}`);
        const counts = [dataset.total_sample_count, dataset.annotated_sample_count];
        assert.deepEqual(counts, [images.length, labelled.length]);
    });

    it("imports a manifest: its lines with an existing source, labelled where it has annotations", async () => {
        const path = "obs://my-bucket/manifests/cats-dogs.manifest";
        const taskId = await createImport(fixture, { import_path: path, import_type: "manifest" });
        await fixture.advance(DURATION_MS);
        const done = await get(taskId);
        const counts = [done.status, done.import_type, done.imported_sample_count, done.annotated_sample_count];
        assert.deepEqual(counts, ["COMPLETED", 1, 12, 8]);
    });

    it("applies import_annotations, included_labels and excluded_labels", async () => {
        const cases: Array<[object, number, number]> = [
            [{ import_annotations: false }, 12, 0],
            [{ included_labels: [{ name: "cat" }, { name: "bird" }] }, 5, 5],
            [{ excluded_labels: [{ name: "dog" }] }, 9, 5],
            [{ included_labels: ["dog"] }, 3, 3],
        ];
        for (const [options, imported, annotated] of cases) {
            const taskId = await createImport(fixture, options);
            await fixture.advance(DURATION_MS);
            const done = await get(taskId);
            const counts = [done.imported_sample_count, done.annotated_sample_count];
            assert.deepEqual(counts, [imported, annotated], JSON.stringify(options));
        }
    });

    it("fails a task whose bucket (4311) or path (4312) does not exist, or that holds no sample (4340)", async () => {
        const cases: Array<[string, string]> = [
            ["obs://no-such-bucket/raw/", "ModelArts.4311"],
            ["obs://my-bucket/no/such/dir/", "ModelArts.4312"],
            ["obs://my-bucket/manifests/", "ModelArts.4340"],
        ];
        for (const [path, code] of cases) {
            const taskId = await createImport(fixture, { import_path: path });
            await fixture.advance(DURATION_MS);
            const failed = await get(taskId);
            assert.deepEqual(
                [failed.status, failed.error_code, typeof failed.error_msg],
                ["FAILED", code, "string"],
                path,
            );
        }
    });

    it("refuses a second import while one is running (ModelArts.4356), and accepts it afterwards", async () => {
        await createImport(fixture);
        const second = await fixture.call("POST", TASKS, { body: { import_path: "obs://my-bucket/raw/cats-dogs/" } });
        assertError(second, 400, "ModelArts.4356");
        await fixture.advance(DURATION_MS);
        assert.ok(await createImport(fixture));
    });

    it("refuses bad bodies: missing path and wrong types 4396, traversal 4315", async () => {
        const cases: Array<[object, string]> = [
            [{}, "ModelArts.4396"],
            [{ import_path: "obs://my-bucket/raw/", import_type: "folder" }, "ModelArts.4396"],
            [{ import_path: "obs://my-bucket/raw/", import_annotations: "yes" }, "ModelArts.4396"],
            [{ import_path: "obs://my-bucket/raw/", import_origin: "dws" }, "ModelArts.4396"],
            [{ import_path: "obs://my-bucket/../../etc/" }, "ModelArts.4315"],
            [{ import_path: "/my-bucket/raw/" }, "ModelArts.4315"],
        ];
        for (const [body, code] of cases) {
            const answer = await fixture.call("POST", TASKS, { body });
            assert.deepEqual([answer.status, answer.body.error_code], [400, code], JSON.stringify(body));
        }
        assert.equal(fixture.emulator.createdTasks().import, 0);
    });

    it("answers 200 NOT_EXIST for an unknown task and 400 ModelArts.4352 for an unknown dataset", async () => {
        assert.deepEqual(await get("nope"), { task_id: "nope", status: "NOT_EXIST" });
        const unknown = await fixture.call("GET", "/datasets/nope/import-tasks/x");
        assertError(unknown, 400, "ModelArts.4352");
    });

    it("lists newest first, with total_count, limit and offset (the page number)", async () => {
        const ids: string[] = [];
        for (let i = 0; i < 3; i++) {
            ids.push(await createImport(fixture));
            await fixture.advance(DURATION_MS);
        }
        const first = (await fixture.call("GET", TASKS, { query: { limit: 2 } })).body;
        const second = (await fixture.call("GET", TASKS, { query: { limit: 2, offset: 1 } })).body;
        assert.equal(first.total_count, 3);
        const listed = [...first.import_tasks, ...second.import_tasks].map((t: { task_id: string }) => t.task_id);
        assert.deepEqual(listed, ids.reverse());
        const bad = await fixture.call("GET", TASKS, { query: { limit: 101 } });
        assertError(bad, 400, "ModelArts.0101");
    });
});

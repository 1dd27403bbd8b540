import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { DATASET_ID, DURATION_MS, EmulatorFixture, assertError, createImport } from "./fixture";

const TASKS = `/datasets/${DATASET_ID}/export-tasks`;

describe("emulator export tasks", () => {
    let fixture: EmulatorFixture;
    beforeEach(async () => {
        fixture = await EmulatorFixture.start();
        await createImport(fixture);
        await fixture.advance(DURATION_MS);
    });
    afterEach(() => fixture.close());

    async function exportAndWait(body: object): Promise<{ taskId: string; task: Record<string, unknown> }> {
        const created = await fixture.call("POST", TASKS, { body });
        assert.equal(created.status, 200, JSON.stringify(created.body));
        await fixture.advance(DURATION_MS);
        const taskId = created.body.task_id as string;
        return { taskId, task: (await fixture.call("GET", `${TASKS}/${taskId}`)).body };
    }

    it("moves INIT → RUNNING → SUCCESSED and echoes the documented fields and quirks", async () => {
        const created = await fixture.call("POST", TASKS, {
            body: {
                path: "/my-bucket/export/",
                export_type: 3,
                export_params: { sample_state: "", export_dest: "DIR" },
            },
        });
        assert.deepEqual(Object.keys(created.body), ["task_id"]);
        const url = `${TASKS}/${created.body.task_id}`;
        assert.equal((await fixture.call("GET", url)).body.status, "INIT");
        await fixture.advance(DURATION_MS / 2);
        assert.equal((await fixture.call("GET", url)).body.status, "RUNNING");
        await fixture.advance(DURATION_MS / 2);
        const done = (await fixture.call("GET", url)).body;
        assert.deepEqual(
            { ...done, create_time: 0, update_time: 0 },
            {
                task_id: created.body.task_id,
                path: "/my-bucket/export/",
                export_type: 3,
                export_format: 2,
                version_format: "Default",
                export_params: {
                    sample_state: "",
                    export_dest: "DIR",
                    clear_hard_property: true,
                    clear_difficult: false,
                    train_sample_ratio: 1,
                    ratio_sample_usage: false,
                },
                status: "SUCCESSED",
                progress: 100,
                total_sample_count: 12,
                finished_sample_count: 12,
                create_time: 0,
                update_time: 0,
            },
        );
    });

    it("writes the samples, label files and a manifest in the tile layout", async () => {
        const { taskId } = await exportAndWait({
            path: "obs://my-bucket/export/",
            export_params: { export_dest: "DIR" },
        });
        const dir = join(fixture.dataDir, "obs/my-bucket/export");
        const files = readdirSync(dir).sort();
        assert.equal(files.filter((f) => /\.(png|jpg)$/.test(f)).length, 12);
        assert.equal(files.filter((f) => f.endsWith(".txt")).length, 8);
        assert.equal(readFileSync(join(dir, "cat-01.txt"), "utf8"), "cat\n");
        const original = join(fixture.dataDir, "obs/my-bucket/raw/cats-dogs/cat/cat-01.png");
        assert.deepEqual(readFileSync(join(dir, "cat-01.png")), readFileSync(original));
        const lines = readFileSync(join(dir, `${taskId}.manifest`), "utf8")
            .trim()
            .split("\n");
        const manifest = lines.map((l) => JSON.parse(l) as { source: string; annotation: Array<{ name: string }> });
        assert.equal(manifest.length, 12);
        const dog = manifest.find((l) => l.source === "obs://my-bucket/export/dog-02.jpg");
        assert.deepEqual(
            dog?.annotation.map((a) => a.name),
            ["dog"],
        );
    });

    it("writes the tree layout, only labelled samples for export_type 0, with an s3:// manifest header", async () => {
        const { task, taskId } = await exportAndWait({
            path: "/my-bucket/tree/",
            export_type: 0,
            export_format: 1,
            source_type_header: "s3://",
        });
        assert.equal(task.finished_sample_count, 8);
        const dir = join(fixture.dataDir, "obs/my-bucket/tree");
        assert.deepEqual(readdirSync(join(dir, "cat")).sort(), ["cat-01.png", "cat-02.jpg", "cat-03.png"]);
        assert.deepEqual(readdirSync(join(dir, "bird")).sort(), ["bird-01.jpg", "bird-02.png"]);
        assert.ok(!existsSync(join(dir, "unsorted-01.png")));
        const manifest = readFileSync(join(dir, `${taskId}.manifest`), "utf8");
        assert.match(manifest, /"source":"s3:\/\/my-bucket\/tree\/cat\/cat-01\.png"/);
    });

    it("selects by sample_state and label search conditions", async () => {
        const unlabelled = await exportAndWait({
            path: "/my-bucket/a/",
            export_type: 3,
            export_params: { sample_state: "__NONE__" },
        });
        assert.equal(unlabelled.task.total_sample_count, 4);
        const birdsOrDogs = await exportAndWait({
            path: "/my-bucket/b/",
            export_type: 3,
            export_params: {
                search_conditions: [{ label_list: { labels: [{ name: "bird" }, { name: "dog" }], op: "OR" } }],
            },
        });
        assert.equal(birdsOrDogs.task.total_sample_count, 5);
    });

    it("creates a dataset for NEW_DATASET, refusing a name that exists (4351)", async () => {
        const params = {
            export_dest: "NEW_DATASET",
            export_new_dataset_name: "exported",
            export_new_dataset_work_path: "/my-bucket/out/",
        };
        const export_params = { ...params, train_sample_ratio: "0.80" };
        const { task } = await exportAndWait({ path: "/my-bucket/input/", export_type: 2, export_params });
        assert.equal(task.status, "SUCCESSED");
        assert.equal((task.export_params as Record<string, unknown>).train_sample_ratio, 0.8);
        const again = await fixture.call("POST", TASKS, { body: { path: "/my-bucket/input/", export_params: params } });
        assertError(again, 400, "ModelArts.4351");
    });

    it("refuses a missing or climbing path (4358) and bad parameters (4384); unknown task: 4359", async () => {
        const cases: Array<[object, string]> = [
            [{ export_type: 3 }, "ModelArts.4358"],
            [{ path: "/my-bucket/../x/" }, "ModelArts.4358"],
            [{ path: "/my-bucket/x/", export_type: 7 }, "ModelArts.4384"],
            [{ path: "/my-bucket/x/", export_params: { export_dest: "FTP" } }, "ModelArts.4384"],
            [{ path: "/my-bucket/x/", export_params: { train_sample_ratio: "1.5" } }, "ModelArts.4384"],
            [{ path: "/my-bucket/x/", export_params: { export_dest: "NEW_DATASET" } }, "ModelArts.4384"],
        ];
        for (const [body, code] of cases) {
            const answer = await fixture.call("POST", TASKS, { body });
            assert.deepEqual([answer.status, answer.body.error_code], [400, code], JSON.stringify(body));
        }
        const unknown = await fixture.call("GET", `${TASKS}/nope`);
        assertError(unknown, 400, "ModelArts.4359");
        assert.equal(unknown.body.error_msg, "Export task does not exist");
    });

    it("lists with total_count and filters by export_type", async () => {
        await exportAndWait({ path: "/my-bucket/a/", export_type: 0 });
        await exportAndWait({ path: "/my-bucket/b/", export_type: 2 });
        const all = (await fixture.call("GET", TASKS)).body;
        const labelled = (await fixture.call("GET", TASKS, { query: { export_type: 0 } })).body;
        assert.deepEqual([all.total_count, all.export_tasks.length, labelled.total_count], [2, 2, 1]);
        assert.equal(labelled.export_tasks[0].path, "/my-bucket/a/");
    });
});

import assert from "node:assert/strict";
import { existsSync } from "fs";
import { join } from "path";
import { DURATION_MS, EmulatorFixture, assertError, catsDogs, createDataset } from "./fixture";

describe("emulator datasets", () => {
    let fixture: EmulatorFixture;
    beforeEach(async () => {
        fixture = await EmulatorFixture.start();
    });
    afterEach(() => fixture.close());

    it("creates a dataset: 201 {dataset_id}, status 0 → 8 (importing) → 1, samples from the OBS files", async () => {
        const createdAt = fixture.clock.now();
        const created = await fixture.call("POST", "/datasets", { body: catsDogs() });
        assert.deepEqual([created.status, Object.keys(created.body)], [201, ["dataset_id"]]);
        const url = `/datasets/${created.body.dataset_id}`;
        const statuses = [];
        for (const step of [0, DURATION_MS / 2, DURATION_MS / 2]) {
            await fixture.advance(step);
            const { status, total_sample_count } = await fixture.get(url);
            statuses.push([status, total_sample_count]);
        }
        assert.deepEqual(statuses, [
            [0, 0],
            [8, 0],
            [1, 12],
        ]);
        const dataset = await fixture.get(url);
        const inner = `/my-bucket/work/pets-${created.body.dataset_id}/`;
        assert.deepEqual(
            [dataset.dataset_name, dataset.dataset_type, dataset.annotated_sample_count, dataset.work_path_type],
            ["pets", 0, 8, 0],
        );
        assert.deepEqual(
            [dataset.inner_work_path, dataset.inner_annotation_path, dataset.inner_data_path],
            [inner, `${inner}annotation/`, `${inner}data/`],
        );
        assert.deepEqual(dataset.labels, catsDogs().labels);
        assert.deepEqual(dataset.data_sources, catsDogs().data_sources);
        assert.deepEqual([dataset.workspace_id, dataset.import_data, dataset.next_version_num], ["0", false, 1]);
        assert.deepEqual([dataset.create_time, dataset.update_time], [createdAt, createdAt + DURATION_MS]);
        assert.equal(dataset.current_version_id, undefined);
    });

    it("never passes through 8 without data to import, and never keeps a data source password", async () => {
        const password = "Dws-Passw0rd!";
        const source = { data_type: 1, source_info: { user_name: "dbadmin", user_password: password } };
        const body = { ...catsDogs(), dataset_type: 400, data_sources: [source] };
        const id = (await fixture.call("POST", "/datasets", { body })).body.dataset_id;
        await fixture.advance(DURATION_MS / 2);
        assert.equal((await fixture.get(`/datasets/${id}`)).status, 0);
        await fixture.advance(DURATION_MS / 2);
        const answer = await fixture.call("GET", `/datasets/${id}`);
        assert.deepEqual([answer.body.status, answer.body.total_sample_count], [1, 0]);
        assert.deepEqual(answer.body.data_sources, [{ data_type: 1, source_info: { user_name: "dbadmin" } }]);
        assert.ok(!JSON.stringify(answer.body).includes(password));
        const missing = { ...body, dataset_name: "no-password", data_sources: [{ data_type: 1, source_info: {} }] };
        assertError(await fixture.call("POST", "/datasets", { body: missing }), 400, "ModelArts.0101");
    });

    it("imports no annotation with import_annotations: false, and ends abnormal (4) when the creation fails", async () => {
        const counts = async (id: string) => {
            const { status, total_sample_count, annotated_sample_count } = await fixture.get(`/datasets/${id}`);
            return [status, total_sample_count, annotated_sample_count];
        };
        assert.deepEqual(
            await counts(await createDataset(fixture, catsDogs({ import_annotations: false }))),
            [1, 12, 0],
        );
        await fixture.close();
        fixture = await EmulatorFixture.start({ faults: { datasetFailureRate: 1 } });
        assert.deepEqual(await counts(await createDataset(fixture)), [4, 0, 0]);
    });

    it("refuses each documented rule broken, creating nothing", async () => {
        const refusals: Array<[object, number, string]> = [
            [{ dataset_name: undefined }, 400, "ModelArts.0101"],
            [{ dataset_name: "a".repeat(101) }, 400, "ModelArts.0101"],
            [{ dataset_name: "no spaces" }, 400, "ModelArts.0101"],
            [{ dataset_type: 2 }, 400, "ModelArts.0101"],
            [{ data_sources: undefined }, 400, "ModelArts.0101"],
            [{ data_sources: [] }, 400, "ModelArts.0101"],
            [{ data_sources: [catsDogs().data_sources, catsDogs().data_sources].flat() }, 400, "ModelArts.0101"],
            [{ data_sources: [{ data_path: "/my-bucket/raw/none/" }] }, 400, "ModelArts.4312"],
            [{ data_sources: [{ data_path: "/no-such-bucket/raw/" }] }, 400, "ModelArts.4311"],
            [{ data_sources: [{ data_path: "/my-bucket/../raw/" }] }, 400, "ModelArts.4315"],
            [{ data_sources: [{ data_type: 7 }] }, 400, "ModelArts.0101"],
            [{ work_path: undefined }, 400, "ModelArts.0101"],
            [{ work_path: "/my-bucket/" }, 400, "ModelArts.4205"],
            [{ work_path: `/my-bucket/${"w".repeat(700)}/` }, 400, "ModelArts.4350"],
            [{ work_path: "/my-bucket/raw/cats-dogs/out/" }, 400, "ModelArts.0101"],
            [{ work_path_type: 1 }, 400, "ModelArts.0101"],
            [{ data_format: "CarbonData" }, 400, "ModelArts.0101"],
            [{ description: "it's" }, 400, "ModelArts.0101"],
            [{ labels: [{ name: "x", type: 400 }] }, 400, "ModelArts.0101"],
            [{ labels: [{ type: 0 }] }, 400, "ModelArts.0101"],
            [{ labels: [{ name: "x", attributes: [{ name: "<b>" }] }] }, 400, "ModelArts.0101"],
            [{ label_format: { label_type: "2" } }, 400, "ModelArts.0101"],
            [{ workforce_information: {} }, 400, "ModelArts.0101"],
        ];
        for (const [change, status, code] of refusals) {
            const answer = await fixture.call("POST", "/datasets", { body: catsDogs(change) });
            assertError(answer, status, code, JSON.stringify(change));
        }
        await createDataset(fixture, catsDogs({ dataset_name: "a".repeat(100), work_path: "/my-bucket/w" }));
        assertError(
            await fixture.call("POST", "/datasets", { body: catsDogs({ dataset_name: "a".repeat(100) }) }),
            400,
            "ModelArts.4351",
        );
        assert.equal(fixture.emulator.requests.filter((r) => r.status === 201).length, 1);
    });

    it("modifies name, description and labels (a label renamed in the samples too), the same body twice alike", async () => {
        const id = await createDataset(fixture);
        const url = `/datasets/${id}`;
        const body = {
            dataset_name: "pets-renamed",
            description: "just a test",
            add_labels: [{ name: "Ants", type: 0, property: { "@modelarts:color": "#3399ff" } }],
            update_labels: [
                { name: "cat", property: { "@modelarts:rename_to": "kitten", "@modelarts:shortcut": "K" } },
            ],
            delete_labels: [{ name: "dog" }],
        };
        for (const attempt of [1, 2]) {
            const answer = await fixture.call("PUT", url, { body });
            assert.deepEqual([answer.status, answer.body], [200, { dataset_id: id }], `attempt ${attempt}`);
        }
        const dataset = await fixture.get(url);
        assert.deepEqual([dataset.dataset_name, dataset.description], ["pets-renamed", "just a test"]);
        assert.deepEqual(dataset.labels, [
            { name: "kitten", type: 0, property: { "@modelarts:color": "#3399ff", "@modelarts:shortcut": "K" } },
            body.add_labels[0],
        ]);
        const stats = await fixture.get(`${url}/data-annotations/stats`);
        const counts = stats.label_stats.map((l: { name: string; sample_count: number }) => [l.name, l.sample_count]);
        assert.deepEqual(counts, [
            ["bird", 2],
            ["kitten", 3],
        ]);
        assert.equal(dataset.annotated_sample_count, 5, "the deleted label left its 3 samples");
        assert.ok(dataset.update_time >= dataset.create_time);
    });

    it("refuses a modify that breaks a rule or names what only a create sets, changing nothing", async () => {
        const id = await createDataset(fixture);
        await createDataset(fixture, catsDogs({ dataset_name: "other", work_path: "/my-bucket/other/" }));
        const refusals: Array<[object, string]> = [
            [{ dataset_name: "other" }, "ModelArts.4351"],
            [{ dataset_name: "bad name" }, "ModelArts.0101"],
            [{ description: "a'b" }, "ModelArts.0101"],
            [{ current_version_id: "nope" }, "ModelArts.4353"],
            [{ work_path: "/my-bucket/elsewhere/" }, "ModelArts.0101"],
            [{ data_sources: [] }, "ModelArts.0101"],
            [{ add_labels: [{ name: "x", type: 999 }] }, "ModelArts.0101"],
        ];
        for (const [body, code] of refusals) {
            assertError(await fixture.call("PUT", `/datasets/${id}`, { body }), 400, code, JSON.stringify(body));
        }
        const dataset = await fixture.get(`/datasets/${id}`);
        assert.deepEqual([dataset.dataset_name, dataset.description, dataset.labels.length], ["pets", "", 1]);
    });

    it("deletes with 204 and no body; the dataset then answers 4352 everywhere, its files stay", async () => {
        const id = await createDataset(fixture);
        const deleted = await fixture.call("DELETE", `/datasets/${id}`);
        assert.deepEqual([deleted.status, deleted.body], [204, undefined]);
        for (const [method, path] of [
            ["GET", ""],
            ["PUT", ""],
            ["DELETE", ""],
            ["GET", "/data-annotations/stats"],
            ["GET", "/versions"],
            ["POST", "/import-tasks"],
        ] as const) {
            const body = method === "PUT" || method === "POST" ? {} : undefined;
            assertError(await fixture.call(method, `/datasets/${id}${path}`, { body }), 400, "ModelArts.4352", path);
        }
        assert.ok(existsSync(join(fixture.dataDir, "obs/my-bucket/raw/cats-dogs/cat/cat-01.png")));
    });

    it("answers the statistics of the samples, of a sample state too", async () => {
        const id = await createDataset(fixture);
        const stats = await fixture.get(`/datasets/${id}/data-annotations/stats`);
        assert.deepEqual(stats.sample_stats, {
            un_annotation: 4,
            all: 12,
            total: 12,
            deleted: 0,
            manual_annotation: 8,
            auto_annotation: 0,
            lefted: 12,
        });
        assert.deepEqual(stats.label_stats[0], {
            name: "bird",
            type: 0,
            property: {},
            count: 2,
            sample_count: 2,
        });
        assert.equal(
            stats.label_stats.find((l: { name: string }) => l.name === "cat").property["@modelarts:color"],
            "#3399ff",
        );
        assert.deepEqual(stats.key_sample_stats, { total: 12, non_key_sample: 12, key_sample: 0 });
        const unlabelled = await fixture.get(`/datasets/${id}/data-annotations/stats`, {
            query: { sample_state: "__NONE__" },
        });
        assert.deepEqual([unlabelled.sample_stats.total, unlabelled.label_stats], [4, []]);
        const bad = await fixture.call("GET", `/datasets/${id}/data-annotations/stats`, {
            query: { sample_state: "ALL" },
        });
        assertError(bad, 400, "ModelArts.0101");
    });

    it("is the target of import, export and processing tasks; imports wait while it imports its source (4356)", async () => {
        const created = await fixture.call("POST", "/datasets", { body: catsDogs() });
        const id = created.body.dataset_id as string;
        const importBody = { import_path: "obs://my-bucket/manifests/cats-dogs.manifest", import_type: "manifest" };
        const early = await fixture.call("POST", `/datasets/${id}/import-tasks`, { body: importBody });
        assertError(early, 400, "ModelArts.4356");
        await fixture.advance(DURATION_MS);
        const idle = await fixture.get(`/datasets/${id}`, { query: { check_running_task: "true" } });
        assert.deepEqual([idle.exist_running_task, idle.running_tasks_id], [false, []]);
        const imported = await fixture.call("POST", `/datasets/${id}/import-tasks`, { body: importBody });
        const running = async (type: number) =>
            (await fixture.get(`/datasets/${id}`, { query: { check_running_task: "true", running_task_type: type } }))
                .running_tasks_id;
        assert.deepEqual([await running(5), await running(2)], [[imported.body.task_id], []]);
        await fixture.advance(DURATION_MS);
        const exported = await fixture.call("POST", `/datasets/${id}/export-tasks`, {
            body: { path: "/my-bucket/out/", export_type: 0 },
        });
        const validated = await fixture.call("POST", "/processor-tasks", {
            body: { name: "check", inputs: [{ type: "DATASET", source: id }], template: { id: "sys_data_validation" } },
        });
        await fixture.advance(DURATION_MS);
        const exportTask = await fixture.get(`/datasets/${id}/export-tasks/${exported.body.task_id}`);
        assert.deepEqual([exportTask.status, exportTask.finished_sample_count], ["SUCCESSED", 8]);
        assert.ok(existsSync(join(fixture.dataDir, "obs/my-bucket/out/cat-01.png")));
        const processed = await fixture.get(`/processor-tasks/${validated.body.task_id}`);
        assert.deepEqual([processed.status, processed.result.checked_sample_count], [2, 12]);
    });
});

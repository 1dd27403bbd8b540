import assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { DURATION_MS, EmulatorFixture, assertError, catsDogs, createDataset } from "./fixture";

describe("emulator dataset versions", () => {
    let fixture: EmulatorFixture;
    let datasetId: string;
    let versions: string;
    beforeEach(async () => {
        fixture = await EmulatorFixture.start();
        datasetId = await createDataset(fixture);
        versions = `/datasets/${datasetId}/versions`;
    });
    afterEach(() => fixture.close());

    /** Creates a version with `body` and returns its id, its publish not yet over. */
    async function publish(body: object = {}): Promise<string> {
        const created = await fixture.call("POST", versions, { body });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        assert.deepEqual(Object.keys(created.body), ["version_id"]);
        return created.body.version_id as string;
    }

    it("publishes V001 then V002: status 0 → 1, the dataset releasing (6), then current, the manifest written", async () => {
        const first = await publish();
        assert.equal((await fixture.get(`${versions}/${first}`)).status, 0);
        assert.equal((await fixture.get(`/datasets/${datasetId}`)).status, 6);
        await fixture.advance(DURATION_MS);
        const second = await publish({ train_evaluate_sample_ratio: "0.750" });
        await fixture.advance(DURATION_MS);
        const version = await fixture.get(`${versions}/${second}`);
        const inner = `/my-bucket/work/pets-${datasetId}/annotation/V002/`;
        assert.deepEqual(
            [version.version_name, version.status, version.previous_version_id, version.is_current],
            ["V002", 1, first, true],
        );
        assert.deepEqual([version.manifest_path, version.data_path], [`${inner}V002.manifest`, `${inner}data/`]);
        assert.deepEqual(
            [version.total_sample_count, version.annotated_sample_count, version.train_evaluate_sample_ratio],
            [12, 8, "0.75"],
        );
        assert.deepEqual(
            [version.version_format, version.clear_hard_property, version.export_images],
            ["Default", true, false],
        );
        assert.equal(version.label_stats.find((l: { name: string }) => l.name === "dog").sample_count, 3);
        const lines = readFileSync(join(fixture.dataDir, "obs", inner, "V002.manifest"), "utf8")
            .trim()
            .split("\n");
        const usages = lines.map((line) => (JSON.parse(line) as { usage: string }).usage);
        assert.deepEqual([usages.filter((u) => u === "TRAIN").length, usages.length], [9, 12]);
        const dataset = await fixture.get(`/datasets/${datasetId}`);
        assert.deepEqual(
            [dataset.status, dataset.current_version_id, dataset.current_version_name, dataset.next_version_num],
            [1, second, "V002", 3],
        );
        assert.equal((await fixture.get(`${versions}/${first}`)).is_current, false);
    });

    it("refuses a taken name (4371), a publish while another runs (4343) or the dataset imports (4356), bad fields", async () => {
        await publish({ version_name: "release-1" });
        assertError(await fixture.call("POST", versions, { body: {} }), 400, "ModelArts.4343");
        await fixture.advance(DURATION_MS);
        assertError(
            await fixture.call("POST", versions, { body: { version_name: "release-1" } }),
            400,
            "ModelArts.4371",
        );
        for (const body of [
            { version_name: "" },
            { version_name: "a".repeat(33) },
            { version_format: "Parquet" },
            { version_format: "CarbonData" },
            { train_evaluate_sample_ratio: "1.5" },
            { train_evaluate_sample_ratio: 0.8 },
            { description: "<b>" },
            { export_images: "yes" },
        ]) {
            assertError(await fixture.call("POST", versions, { body }), 400, "ModelArts.0101", JSON.stringify(body));
        }
        const importBody = { import_path: "obs://my-bucket/raw/cats-dogs/", import_type: "dir" };
        await fixture.call("POST", `/datasets/${datasetId}/import-tasks`, { body: importBody });
        assertError(await fixture.call("POST", versions, { body: {} }), 400, "ModelArts.4356");
        const creating = (await fixture.call("POST", "/datasets", { body: catsDogs({ dataset_name: "new" }) })).body;
        const early = await fixture.call("POST", `/datasets/${creating.dataset_id}/versions`, { body: {} });
        assertError(early, 400, "ModelArts.4356");
    });

    it("names a default version past a name taken by hand, and keeps 4370 off unless configured", async () => {
        await publish({ version_name: "V002" });
        await fixture.advance(DURATION_MS);
        await publish();
        await fixture.advance(DURATION_MS);
        const names = (await fixture.get(versions)).versions.map((v: { version_name: string }) => v.version_name);
        assert.deepEqual(names, ["V003", "V002"]);
        await fixture.close();
        fixture = await EmulatorFixture.start({ datasetVersionIntervalMs: 60_000 });
        datasetId = await createDataset(fixture);
        versions = `/datasets/${datasetId}/versions`;
        await publish();
        await fixture.advance(DURATION_MS);
        assertError(await fixture.call("POST", versions, { body: {} }), 400, "ModelArts.4370");
        await fixture.advance(60_000);
        await publish();
    });

    it("lists {total_number, versions} newest first, with its filters and paging", async () => {
        const ids = [];
        for (const ratio of ["1.00", "0.8", "0.5"]) {
            ids.push(await publish({ train_evaluate_sample_ratio: ratio }));
            await fixture.advance(DURATION_MS);
        }
        ids.push(await publish({ version_format: "CSV" }));
        const list = async (query: Record<string, string | number> = {}) => {
            const answer = await fixture.get(versions, { query });
            return [answer.total_number, answer.versions.map((v: { version_id: string }) => v.version_id)];
        };
        assert.deepEqual(await list(), [4, [...ids].reverse()]);
        assert.deepEqual(await list({ status: 0 }), [1, [ids[3]]]);
        assert.deepEqual(await list({ version_format: 2 }), [1, [ids[3]]]);
        assert.deepEqual(await list({ train_evaluate_ratio: "0.6,0.9" }), [1, [ids[1]]]);
        assert.deepEqual(await list({ limit: 2, offset: 1 }), [4, [ids[1], ids[0]]]);
        const refused: Array<Record<string, string | number>> = [
            { version_format: 3 },
            { train_evaluate_ratio: "0.9" },
            { limit: 1001 },
        ];
        for (const query of refused) {
            assertError(await fixture.call("GET", versions, { query }), 400, "ModelArts.0101", JSON.stringify(query));
        }
    });

    it("deletes with 204 (not while publishing: 4828), then 4353; the current version falls back", async () => {
        const first = await publish();
        await fixture.advance(DURATION_MS);
        const second = await publish();
        assertError(await fixture.call("DELETE", `${versions}/${second}`), 400, "ModelArts.4828");
        await fixture.advance(DURATION_MS);
        const deleted = await fixture.call("DELETE", `${versions}/${second}`);
        assert.deepEqual([deleted.status, deleted.body], [204, undefined]);
        assertError(await fixture.call("GET", `${versions}/${second}`), 400, "ModelArts.4353");
        assertError(await fixture.call("DELETE", `${versions}/${second}`), 400, "ModelArts.4353");
        assert.equal((await fixture.get(`/datasets/${datasetId}`)).current_version_id, first);
        assertError(await fixture.call("GET", `/datasets/nope/versions/${first}`), 400, "ModelArts.4352");
    });

    it("switches the current version by modify, only to a published one (4824)", async () => {
        const first = await publish();
        await fixture.advance(DURATION_MS);
        const second = await publish();
        const url = `/datasets/${datasetId}`;
        assertError(await fixture.call("PUT", url, { body: { current_version_id: second } }), 400, "ModelArts.4824");
        await fixture.advance(DURATION_MS);
        assert.equal((await fixture.call("PUT", url, { body: { current_version_id: first } })).status, 200);
        const dataset = await fixture.get(url);
        assert.deepEqual([dataset.current_version_id, dataset.versions[0].version_id], [first, first]);
    });

    it("is what an export or a processing task of its id reads, whatever the dataset holds since", async () => {
        const version = await publish();
        await fixture.advance(DURATION_MS);
        const url = `/datasets/${datasetId}`;
        await fixture.call("PUT", url, { body: { delete_labels: [{ name: "cat" }, { name: "dog" }] } });
        assert.equal((await fixture.get(url)).annotated_sample_count, 2);
        const exportBody = (versionId?: string) => ({
            path: `/my-bucket/out-${versionId ?? "dataset"}/`,
            export_type: 0,
            ...(versionId === undefined ? {} : { version_id: versionId }),
        });
        const ofVersion = await fixture.call("POST", `${url}/export-tasks`, { body: exportBody(version) });
        const ofDataset = await fixture.call("POST", `${url}/export-tasks`, { body: exportBody() });
        const analysed = await fixture.call("POST", "/processor-tasks", {
            body: {
                name: "analyse-version",
                inputs: [{ type: "DATASET", source: datasetId, version_id: version }],
                template: { id: "sys_data_analyse" },
            },
        });
        await fixture.advance(DURATION_MS);
        const finished = async (taskId: string) =>
            (await fixture.get(`${url}/export-tasks/${taskId}`)).finished_sample_count as number;
        assert.deepEqual([await finished(ofVersion.body.task_id), await finished(ofDataset.body.task_id)], [8, 2]);
        const result = (await fixture.get(`/processor-tasks/${analysed.body.task_id}`)).result;
        assert.equal(result.annotated_sample_count, 8);
    });
});

import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "fs";
import { join } from "path";
import { DATASET_ID, DURATION_MS, EmulatorFixture, assertError, catsDogs, createDataset } from "./fixture";

describe("emulator dataset synchronization", () => {
    let fixture: EmulatorFixture;
    afterEach(() => fixture.close());

    const status = (datasetId: string) => fixture.get(`/datasets/${datasetId}/sync-data/status`);
    const sync = (datasetId: string) => fixture.call("POST", `/datasets/${datasetId}/sync-data`);
    const inputDir = () => join(fixture.dataDir, "obs", "my-bucket", "raw", "cats-dogs");

    it("answers NOT_EXIST before any synchronization", async () => {
        fixture = await EmulatorFixture.start();
        assert.deepEqual(await status(DATASET_ID), { status: "NOT_EXIST", dataset_id: DATASET_ID });
    });

    it("moves QUEUING → RUNNING → COMPLETED, adding and deleting the input path's changes", async () => {
        fixture = await EmulatorFixture.start();
        const id = await createDataset(fixture);
        const before = (await fixture.get(`/datasets/${id}`)).total_sample_count as number;
        writeFileSync(join(inputDir(), "unsorted-05.png"), Buffer.from("89504e470d0a1a0a", "hex"));
        rmSync(join(inputDir(), "unsorted-01.png"));
        const started = await sync(id);
        assert.equal(started.status, 200);
        assert.equal(started.body, undefined, "no documented answer: an empty body");
        const queued = await status(id);
        assert.equal(queued.status, "QUEUING");
        assert.equal(queued.create_time, fixture.clock.now());
        assert.equal(typeof queued.task_id, "string");
        assert.equal((await fixture.get(`/datasets/${id}`)).status, 5, "the dataset is synchronizing");
        await fixture.advance(DURATION_MS / 2);
        assert.equal((await status(id)).status, "RUNNING");
        assertError(await sync(id), 400, "ModelArts.4355", "one synchronization at a time");
        await fixture.advance(DURATION_MS / 2);
        const done = await status(id);
        assert.deepEqual(
            [done.status, done.task_id, done.add_sample_count, done.deleted_sample_count, done.total_sample_count],
            ["COMPLETED", queued.task_id, 1, 1, before],
        );
        assert.equal((await fixture.get(`/datasets/${id}`)).status, 1);
    });

    it("answers the newest run, whoever started it", async () => {
        fixture = await EmulatorFixture.start();
        const id = await createDataset(fixture);
        await sync(id);
        const first = await status(id);
        await fixture.advance(DURATION_MS);
        await sync(id);
        const second = await status(id);
        assert.notEqual(second.task_id, first.task_id);
        assert.equal(second.status, "QUEUING");
        assert.deepEqual([second.add_sample_count, second.deleted_sample_count], [0, 0]);
    });

    it("fails a run with 4312 when the input path is gone, and with 4360 under the fail fault", async () => {
        fixture = await EmulatorFixture.start();
        const id = await createDataset(fixture);
        rmSync(inputDir(), { recursive: true });
        await sync(id);
        await fixture.advance(DURATION_MS);
        const missing = await status(id);
        assert.deepEqual([missing.status, missing.error_code], ["FAILED", "ModelArts.4312"]);
        await fixture.close();
        fixture = await EmulatorFixture.start({ faults: { taskFailureRate: 1 } });
        const other = await createDataset(fixture);
        await sync(other);
        await fixture.advance(DURATION_MS);
        const failed = await status(other);
        assert.deepEqual([failed.status, failed.error_code], ["FAILED", "ModelArts.4360"]);
    });

    it("refuses a text dataset, naming why, and an unknown dataset with 4352", async () => {
        fixture = await EmulatorFixture.start();
        const text = await createDataset(fixture, catsDogs({ dataset_name: "texts", dataset_type: 100 }));
        const refused = await sync(text);
        assertError(refused, 400, "ModelArts.2858");
        assert.match(refused.body.error_msg, /text datasets do not support synchronization/);
        assertError(await sync("noSuchDataset"), 400, "ModelArts.4352");
        assert.equal(fixture.emulator.createdTasks().sync, 0);
    });
});

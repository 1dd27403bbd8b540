import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { startEmulator } from "../../emulator/server";
import { DATASET_ID, DURATION_MS, EmulatorFixture, createImport } from "./fixture";

const TASKS = `/datasets/${DATASET_ID}/import-tasks`;

describe("emulator persistence", () => {
    let fixture: EmulatorFixture;
    beforeEach(async () => (fixture = await EmulatorFixture.start()));
    afterEach(() => fixture.close());

    it("keeps a running task across restart() on the same port, and completes it with its effects", async () => {
        const taskId = await createImport(fixture);
        await fixture.advance(DURATION_MS / 2);
        const url = fixture.emulator.url;
        await fixture.emulator.restart();
        assert.equal(fixture.emulator.url, url);
        assert.equal((await fixture.call("GET", `${TASKS}/${taskId}`)).body.status, "RUNNING");
        await fixture.advance(DURATION_MS / 2);
        await fixture.emulator.restart();
        assert.equal((await fixture.call("GET", `${TASKS}/${taskId}`)).body.status, "COMPLETED");
        assert.equal((await fixture.call("GET", `/datasets/${DATASET_ID}`)).body.total_sample_count, 12);
        assert.deepEqual(fixture.emulator.createdTasks(), {
            import: 1,
            export: 0,
            processor: 0,
            processorVersion: 0,
            sync: 0,
        });
    });

    it("writes state.json after each change, and a new process on the same data dir reads it", async () => {
        const taskId = await createImport(fixture);
        const state = JSON.parse(readFileSync(join(fixture.dataDir, "state.json"), "utf8"));
        assert.deepEqual(
            state.importTasks.map((t: { id: string }) => t.id),
            [taskId],
        );
        await fixture.emulator.close();
        const second = await startEmulator({
            dataDir: fixture.dataDir,
            clock: fixture.clock,
            taskDurationMs: DURATION_MS,
        });
        try {
            assert.equal(second.createdTasks().import, 1);
        } finally {
            await second.close();
        }
    });

    it("settles each task's effects once: a completed export is not written again after a restart", async () => {
        await createImport(fixture);
        await fixture.advance(DURATION_MS);
        const body = { path: "/my-bucket/out/" };
        const created = await fixture.call("POST", `/datasets/${DATASET_ID}/export-tasks`, { body });
        await fixture.advance(DURATION_MS);
        await fixture.call("GET", `/datasets/${DATASET_ID}`);
        const manifest = join(fixture.dataDir, "obs/my-bucket/out", `${created.body.task_id}.manifest`);
        assert.equal(readFileSync(manifest, "utf8").trim().split("\n").length, 12);
        rmSync(manifest);
        await fixture.emulator.restart();
        const again = await fixture.get(`/datasets/${DATASET_ID}/export-tasks/${created.body.task_id}`);
        assert.deepEqual([again.status, again.finished_sample_count], ["SUCCESSED", 12]);
        assert.equal(existsSync(manifest), false, "the export was not written a second time");
    });
});

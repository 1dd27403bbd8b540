import assert from "node:assert/strict";
import { DATASET_ID, DURATION_MS, EmulatorFixture, createImport } from "./fixture";

/** Shares of the task duration at which the tests look: queued, three times running, done. */
const LOOKS = [0.1, 0.3, 0.55, 0.8, 1];

describe("emulator task progress, as the status pages report it", () => {
    let fixture: EmulatorFixture;
    beforeEach(async () => (fixture = await EmulatorFixture.start()));
    afterEach(() => fixture.close());

    /** The task at each of {@link LOOKS}, the clock advanced from its creation. */
    async function lookOver(path: string): Promise<Awaited<ReturnType<EmulatorFixture["get"]>>[]> {
        const seen = [];
        let at = 0;
        for (const share of LOOKS) {
            await fixture.advance(share * DURATION_MS - at);
            at = share * DURATION_MS;
            seen.push(await fixture.get(path));
        }
        return seen;
    }

    const growing = (values: number[]) => values.every((v, i) => i === 0 || v > values[i - 1]!);

    it("an import's finished files, bytes and samples grow over its run, from 0 while queued to the totals", async () => {
        const taskId = await createImport(fixture);
        const [queued, ...rest] = await lookOver(`/datasets/${DATASET_ID}/import-tasks/${taskId}`);
        const done = rest[rest.length - 1]!;
        assert.equal(queued!.status, "QUEUING");
        assert.deepEqual(
            [queued!.finished_file_count, queued!.finished_file_size, queued!.imported_sample_count],
            [0, 0, 0],
        );
        assert.deepEqual(
            rest.slice(0, -1).map((t) => t.status),
            ["RUNNING", "RUNNING", "RUNNING"],
        );
        assert.equal(done.status, "COMPLETED");
        for (const [finished, total] of [
            ["finished_file_count", "total_file_count"],
            ["finished_file_size", "total_file_size"],
            ["imported_sample_count", "total_sample_count"],
        ] as const) {
            assert.ok(growing(rest.map((t) => t[finished])), `${finished}: ${rest.map((t) => t[finished]).join(", ")}`);
            assert.ok(
                rest.every((t) => t[total] === done[total] && t[total] > 0),
                `${total} is known once running`,
            );
            assert.equal(done[finished], done[total]);
        }
        assert.deepEqual(
            rest.map((t) => t.file_statistics.file_num_finished),
            rest.map((t) => t.finished_file_count),
        );
    });

    it("an export's progress is a percentage: 0 while INIT, growing while RUNNING, 100 when SUCCESSED", async () => {
        await createImport(fixture);
        await fixture.advance(DURATION_MS);
        const created = await fixture.call("POST", `/datasets/${DATASET_ID}/export-tasks`, {
            body: { path: "/my-bucket/export/", export_type: 2 },
        });
        const [init, ...rest] = await lookOver(`/datasets/${DATASET_ID}/export-tasks/${created.body.task_id}`);
        assert.deepEqual([init!.status, init!.progress], ["INIT", 0]);
        const running = rest.slice(0, -1);
        assert.ok(running.every((t) => t.status === "RUNNING" && t.progress > 0 && t.progress < 100));
        assert.ok(growing(rest.map((t) => t.progress)), rest.map((t) => t.progress).join(", "));
        // Queued for the first fifth, then steady: 55 % of the duration is 43.75 % of the work, to 0.1 %.
        assert.equal(running[1]!.progress, 43.8);
        assert.deepEqual([rest[rest.length - 1]!.status, rest[rest.length - 1]!.progress], ["SUCCESSED", 100]);
        assert.ok(growing(running.map((t) => t.finished_sample_count)), "finished_sample_count grows");
    });
});

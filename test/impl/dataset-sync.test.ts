/**
 * The own-run rule of DatasetSync (docs/api-notes.md, "Dataset synchronization"): the rule itself, and the create's
 * POST step on a fake clock against a scripted status answer.
 */
import assert from "node:assert/strict";
import type { ModelArtsClient } from "../../provider/client/api";
import type { DatasetSyncResponse } from "../../provider/client/types";
import { datasetSyncDriver, SyncInProgress } from "../../provider/dataset-sync/driver";
import { isNewRun, mayBeRun, runIdOf } from "../../provider/dataset-sync/own-run";
import { FakeClock } from "../../testkit/fake-clock";

const DOCUMENTED: DatasetSyncResponse = { status: "COMPLETED", dataset_id: "gfghHSokody6AJigS5A" };
const run = (task_id: string, status: string, create_time = 1): DatasetSyncResponse => ({
    task_id,
    status,
    create_time,
});

describe("dataset-sync own-run rule", () => {
    it("compares task_id when both answers have one: an earlier run's COMPLETED is never ours", () => {
        assert.equal(isNewRun(run("a", "COMPLETED"), run("a", "COMPLETED")), false);
        assert.equal(isNewRun(run("a", "COMPLETED"), run("b", "QUEUING")), true);
        assert.equal(isNewRun(run("a", "COMPLETED"), run("b", "COMPLETED")), true);
    });

    it("compares create_time when no task_id is given", () => {
        const at = (create_time: number, status = "COMPLETED") => ({ status, create_time });
        assert.equal(isNewRun(at(5), at(5)), false);
        assert.equal(isNewRun(at(5), at(9)), true);
    });

    it("without either: identical finished answers are the earlier run; a change or a going run is ours", () => {
        assert.equal(isNewRun(DOCUMENTED, DOCUMENTED), false);
        assert.equal(isNewRun(DOCUMENTED, { ...DOCUMENTED, status: "QUEUING" }), true);
        assert.equal(isNewRun(DOCUMENTED, { ...DOCUMENTED, add_sample_count: 3 }), true);
        assert.equal(isNewRun({ status: "NOT_EXIST" }, DOCUMENTED), true);
        assert.equal(isNewRun(DOCUMENTED, { status: "NOT_EXIST" }), false, "nothing visible yet");
    });

    it("names the run by task_id, else creation time, else a made-up id that matches any answer", () => {
        assert.equal(
            runIdOf(run("t1", "QUEUING"), () => 0.5),
            "t1",
        );
        assert.equal(
            runIdOf({ status: "QUEUING", create_time: 42 }, () => 0.5),
            "created-42",
        );
        const unnamed = runIdOf(DOCUMENTED, () => 0.5);
        assert.match(unnamed, /^unnamed-[0-9a-z]+$/);
        assert.equal(mayBeRun(unnamed, run("other", "COMPLETED")), true);
        assert.equal(mayBeRun("t1", run("t2", "COMPLETED")), false, "a later run replaced it");
        assert.equal(mayBeRun("created-42", { status: "COMPLETED", create_time: 43 }), false);
        assert.equal(mayBeRun("t1", DOCUMENTED), true, "an answer without task_id cannot say otherwise");
    });
});

/** A client whose status answers come from `answers` in turn (the last repeats), counting the POSTs. */
function scripted(answers: DatasetSyncResponse[]) {
    const calls: string[] = [];
    let next = 0;
    const client = {
        getDatasetSyncStatus: () => {
            calls.push("GET");
            const answer = answers[Math.min(next++, answers.length - 1)];
            return Promise.resolve(answer);
        },
        syncDataset: () => {
            calls.push("POST");
            return Promise.resolve();
        },
    } as unknown as ModelArtsClient;
    return { client, calls };
}

describe("dataset-sync create: claiming its own run", () => {
    const submit = (client: ModelArtsClient, clock: FakeClock, timeoutMs = 60_000) =>
        datasetSyncDriver.submit(
            client,
            { datasetId: "d1" },
            { clock, deadlineMs: clock.now() + timeoutMs, random: () => 0.25 },
        );

    it("waits past the earlier run's COMPLETED until its own run shows, and takes its task_id", async () => {
        const clock = new FakeClock();
        const earlier = run("old", "COMPLETED");
        const { client, calls } = scripted([earlier, earlier, earlier, run("new", "QUEUING", 2)]);
        assert.equal(await submit(client, clock), "new");
        assert.deepEqual(calls, ["GET", "POST", "GET", "GET", "GET"]);
        assert.deepEqual(clock.sleeps, [250, 500]);
    });

    it("never POSTs while another run is going: it is a busy conflict, waited out by the create", async () => {
        const clock = new FakeClock();
        const { client, calls } = scripted([run("console", "RUNNING")]);
        const refused = await submit(client, clock).catch((e: unknown) => e);
        assert.ok(refused instanceof SyncInProgress);
        assert.match(refused.message, /console .*RUNNING.*did not start/);
        assert.equal(datasetSyncDriver.conflictOf?.(refused), "busy");
        assert.deepEqual(calls, ["GET"]);
    });

    it("with the documented example's fields only, fails at the deadline when nothing changes, naming why", async () => {
        const clock = new FakeClock();
        const startedAt = clock.now();
        const { client, calls } = scripted([DOCUMENTED]);
        await assert.rejects(submit(client, clock, 10_000), /still described the earlier run \(status COMPLETED\)/);
        assert.equal(calls.filter((c) => c === "POST").length, 1, "never a second POST");
        assert.ok(clock.now() <= startedAt + 10_000, "no sleep past the deadline");
    });

    it("with the documented example's fields only, takes the first changed answer, with a made-up id", async () => {
        const clock = new FakeClock();
        const { client } = scripted([DOCUMENTED, DOCUMENTED, { ...DOCUMENTED, status: "RUNNING" }]);
        assert.match(await submit(client, clock), /^unnamed-/);
    });
});

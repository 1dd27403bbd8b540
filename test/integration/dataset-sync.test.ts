import assert from "node:assert/strict";
import { rmSync } from "fs";
import { join } from "path";
import { DEFAULT_PROJECT_ID } from "../../emulator/server";
import {
    assertSteady,
    EmulatedStack,
    isTask,
    modelarts,
    PNG,
    resourceNamed,
    startEmulatedStack,
    taskOps,
} from "../../testkit/emulated-stack";
import type { EmulatedStackOptions } from "../../testkit/emulated-stack";

const SYNC = "/v2/{project_id}/datasets/{dataset_id}/sync-data";
const STATUS = `${SYNC}/status`;

interface Knobs {
    datasetId: string;
    timeout?: string;
    triggers?: string | Record<string, string>;
    trackSource?: boolean;
}

interface SyncStatus {
    readonly task_id?: string;
    readonly status: string;
    readonly create_time?: number;
}

describe("DatasetSync through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    const knobs: Knobs = { datasetId: "" };

    /** A stack with a dataset whose input path holds three images; `knobs.datasetId` names it. */
    const start = async (options: Partial<EmulatedStackOptions> = {}) => {
        stack = await startEmulatedStack({
            program: () => {
                const sync = new (modelarts().DatasetSync)("sync", {
                    datasetId: knobs.datasetId,
                    ...(knobs.timeout === undefined ? {} : { timeout: knobs.timeout }),
                    ...(knobs.triggers === undefined ? {} : { triggers: knobs.triggers }),
                    ...(knobs.trackSource === undefined ? {} : { trackSource: knobs.trackSource }),
                });
                return {
                    taskId: sync.taskId,
                    status: sync.status,
                    added: sync.addedSampleCount,
                    deleted: sync.deletedSampleCount,
                    total: sync.totalSampleCount,
                    ...(knobs.trackSource === undefined ? {} : { source: sync.source }),
                };
            },
            ...options,
        });
        for (let i = 0; i < 3; i++) stack.putObject("my-bucket", `raw/pets/cat-${i}.png`, PNG);
        knobs.datasetId = await stack.createDataset("pets", "/my-bucket/raw/pets/");
    };
    beforeEach(() => {
        delete knobs.trackSource;
        delete knobs.timeout;
        delete knobs.triggers;
    });
    afterEach(() => stack.close());

    const requestsTo = (route: string) => stack.emulator.requests.filter((r) => r.route === route);
    const status = () => stack.api<SyncStatus>("GET", `/datasets/${knobs.datasetId}/sync-data/status`);
    /** Starts a synchronization as the console would: another client, outside the program. */
    const syncFromConsole = async () => {
        await stack.api("POST", `/datasets/${knobs.datasetId}/sync-data`);
        return status();
    };
    const untilDone = async () => {
        for (let polls = 0; polls < 200 && ["QUEUING", "RUNNING"].includes((await status()).status); polls++) {
            await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return status();
    };
    /** Serves the next `times` status answers with `body` instead. */
    const serveStatus = (body: object, times: number) =>
        stack.emulator.planFault({
            route: `GET ${STATUS}`,
            fault: { kind: "body", body: JSON.stringify(body) },
            times,
        });

    it("POSTs the documented request once, waits through QUEUING and RUNNING to COMPLETED, and reports its counts", async () => {
        await start({ emulator: { taskDurationMs: 1_500 } });
        stack.putObject("my-bucket", "raw/pets/cat-3.png", PNG);
        rmSync(join(stack.dataDir, "obs", "my-bucket", "raw", "pets", "cat-0.png"));
        const seen = new Set<string>();
        const up = stack.engine.up();
        const upState = { finished: false };
        void up.finally(() => (upState.finished = true));
        while (!upState.finished) {
            seen.add((await status()).status);
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const result = await up;
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.ok(seen.has("QUEUING") && seen.has("RUNNING"), [...seen].join(","));
        const posts = requestsTo(`POST ${SYNC}`);
        assert.deepEqual(
            posts.map((r) => [r.path, r.body]),
            [[`/v2/${DEFAULT_PROJECT_ID}/datasets/${knobs.datasetId}/sync-data`, undefined]],
        );
        const final = await status();
        assert.deepEqual(result.outputs, {
            taskId: final.task_id,
            status: "COMPLETED",
            added: 1,
            deleted: 1,
            total: 3,
        });
        assert.equal(resourceNamed(stack.engine, "sync").id, final.task_id);
        assert.ok(
            stack.engine.logs().some((l) => /COMPLETED · 1 samples added · 1 deleted · 3 in all/.test(l.message)),
        );
        await assertSteady(stack, { created: () => stack.emulator.createdTasks().sync });
    });

    it("keeps a FAILED run in state with its id and error, and the next up replaces it with a new run", async () => {
        await start();
        const input = join(stack.dataDir, "obs", "my-bucket", "raw", "pets");
        rmSync(input, { recursive: true });
        const first = await stack.engine.up();
        assert.equal(first.ok, false);
        const failed = first.steps.find((s) => s.op === "failed");
        assert.ok(failed?.id, "the failed step carries the run's id");
        assert.match(failed.error ?? "", /ModelArts\.4312/);
        assert.match(failed.error ?? "", /next `pulumi up` replaces it/);
        assert.equal(resourceNamed(stack.engine, "sync").outputs.status, "FAILED");
        for (let i = 0; i < 2; i++) stack.putObject("my-bucket", `raw/pets/dog-${i}.png`, PNG);
        const second = await stack.engine.up();
        assert.equal(second.ok, true, second.errors.join("\n"));
        assert.deepEqual(taskOps(second), ["replace", "delete"]);
        assert.notEqual(second.outputs.taskId, failed.id);
        assert.deepEqual([second.outputs.status, second.outputs.added, second.outputs.deleted], ["COMPLETED", 2, 3]);
        assert.equal(stack.emulator.createdTasks().sync, 2);
    });

    it("never takes an earlier run's COMPLETED for its own, even when it still shows after the POST", async () => {
        await start();
        await syncFromConsole();
        const earlier = await untilDone();
        assert.equal(earlier.status, "COMPLETED");
        // The create's read before its POST, and its first read after it, both see the earlier run.
        serveStatus(earlier, 2);
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.notEqual(result.outputs.taskId, earlier.task_id);
        assert.equal(result.outputs.taskId, (await status()).task_id);
        assert.equal(stack.emulator.createdTasks().sync, 2);
        const reads = requestsTo(`GET ${STATUS}`).filter((r) => r.fault !== undefined);
        assert.equal(reads.length, 2, "both served answers were read");
    });

    it("waits out a synchronization already running (started from the console), then starts its own", async () => {
        await start({ emulator: { taskDurationMs: 1_500 } });
        const console = await syncFromConsole();
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.notEqual(result.outputs.taskId, console.task_id);
        assert.equal(stack.emulator.createdTasks().sync, 2);
        const ours = requestsTo(`POST ${SYNC}`).slice(1);
        const [mine] = ours;
        assert.equal(ours.length, 1, "one POST of its own, and no 4355");
        assert.ok(mine);
        assert.equal(mine.status, 200);
        assert.ok(mine.atMs >= (console.create_time ?? Infinity) + 1_500, "after the console's run ended");
    });

    it("takes its run from the documented example answer (status and dataset_id only) before the POST", async () => {
        await start();
        serveStatus({ status: "COMPLETED", dataset_id: knobs.datasetId }, 1);
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(result.outputs.status, "COMPLETED");
        assert.equal(result.outputs.taskId, (await status()).task_id);
    });

    it("with only documented-example answers, waits for a change and fails at the timeout, naming why", async () => {
        await start();
        serveStatus({ status: "COMPLETED", dataset_id: knobs.datasetId }, 1_000);
        knobs.timeout = "2s";
        const result = await stack.engine.up();
        assert.equal(result.ok, false);
        const failed = result.steps.find((s) => isTask(s) && s.op === "failed");
        assert.match(failed?.error ?? "", /still described the earlier run \(status COMPLETED\)/);
        assert.equal(requestsTo(`POST ${SYNC}`).length, 1, "no second POST");
    });

    it("refuses a text dataset, naming that text datasets cannot be synchronized", async () => {
        await start();
        const body = {
            dataset_name: "texts",
            dataset_type: 100,
            data_sources: [{ data_type: 0, data_path: "/my-bucket/raw/pets/" }],
            work_path: "/my-bucket/texts-work/",
            work_path_type: 0,
        };
        knobs.datasetId = (await stack.api<{ dataset_id: string }>("POST", "/datasets", body)).dataset_id;
        const result = await stack.engine.up();
        assert.equal(result.ok, false);
        assert.match(result.errors.join("\n"), /is a text dataset \(dataset_type 100\).*does not synchronize text/);
        assert.equal(stack.emulator.createdTasks().sync, 0);
    });

    it("synchronizes again when triggers change", async () => {
        await start();
        knobs.triggers = "batch-1";
        const first = await stack.engine.up();
        assert.equal(first.ok, true, first.errors.join("\n"));
        knobs.triggers = "batch-2";
        const second = await stack.engine.up();
        assert.deepEqual(taskOps(second), ["replace", "delete"]);
        assert.notEqual(second.outputs.taskId, first.outputs.taskId);
        assert.equal(stack.emulator.createdTasks().sync, 2);
    });

    it("with trackSource, replaces the synchronization when the dataset's input path changes, saying what changed", async () => {
        await start();
        knobs.trackSource = true;
        const first = await stack.engine.up();
        assert.equal(first.ok, true, first.errors.join("\n"));
        const source = first.outputs.source as { path: string; objectCount: number };
        assert.deepEqual([source.path, source.objectCount], ["obs://my-bucket/raw/pets/", 3]);
        assert.deepEqual(taskOps(await stack.engine.preview()), ["same"]);

        stack.putObject("my-bucket", "raw/pets/cat-new.png", PNG);
        const preview = await stack.engine.preview();
        assert.deepEqual(taskOps(preview), ["replace"]);
        const notes = stack.engine.logs().map((l) => l.message);
        assert.ok(
            notes.some((n) => n.startsWith("obs://my-bucket/raw/pets/: +1 new, 0 changed, 0 removed")),
            notes.join("\n"),
        );
        const second = await stack.engine.up();
        assert.equal(second.ok, true, second.errors.join("\n"));
        assert.equal(second.outputs.added, 1, "the new run synchronized the new file");
        assert.equal((second.outputs.source as { objectCount: number }).objectCount, 4);
    });
});

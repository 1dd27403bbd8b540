import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { EmulatorOptions } from "../../emulator/server";
import {
    assertSteady,
    EmulatedStack,
    isTask,
    modelarts,
    resourceNamed,
    startEmulatedStack,
    taskOps,
} from "../../testkit/emulated-stack";

const EXPORT_ROUTE = "POST /v2/{project_id}/datasets/{dataset_id}/export-tasks";

/** The 8 labelled images of `examples/sample-data` (cat/, dog/ by folder, the birds by their .txt label file). */
const LABELLED = [
    "bird-01.jpg",
    "bird-02.png",
    "cat-01.png",
    "cat-02.jpg",
    "cat-03.png",
    "dog-01.png",
    "dog-02.jpg",
    "dog-03.png",
];

interface Knobs {
    datasetId: string;
    path: string;
    exportDest: string;
    timeout?: string;
}

/** A conditional export of the labelled samples (`__ALL__`), with inputs a test can change between runs. */
function exportProgram(knobs: Knobs) {
    return () => {
        const task = new (modelarts().ExportTask)("labelled", {
            datasetId: knobs.datasetId,
            path: knobs.path,
            exportType: 3,
            exportParams: { exportDest: knobs.exportDest as "DIR", sampleState: "__ALL__" },
            ...(knobs.timeout ? { timeout: knobs.timeout } : {}),
        });
        return { taskId: task.taskId, status: task.status, finished: task.finishedSampleCount };
    };
}

describe("ExportTask through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let knobs: Knobs;

    /** A stack whose dataset already holds the 12 sample images: the export has something to write. */
    async function start(emulator: Partial<EmulatorOptions> = {}): Promise<void> {
        knobs = { datasetId: "", path: "/my-bucket/export/", exportDest: "DIR" };
        stack = await startEmulatedStack({ program: exportProgram(knobs), sampleData: true, emulator });
        knobs.datasetId = await stack.createDataset("cats-dogs-samples", "obs://my-bucket/raw/cats-dogs/");
    }
    const exportedImages = (dir: string) =>
        readdirSync(join(stack.dataDir, "obs", "my-bucket", dir))
            .filter((f) => /\.(png|jpg)$/.test(f))
            .sort();

    beforeEach(() => start());
    afterEach(() => stack.close());

    it("rejects bad inputs at preview naming each property path, and calls no API", async () => {
        const before = stack.emulator.requests.length;
        knobs.exportDest = "FILE";
        knobs.path = "my-bucket/export/";
        const result = await stack.engine.preview();
        assert.equal(result.ok, false);
        const failures = result.steps.find((s) => s.op === "failed")?.failures ?? [];
        assert.ok(
            failures.some((f) => f.property === "exportParams.exportDest" && /"DIR".*"NEW_DATASET"/.test(f.reason)),
            JSON.stringify(failures),
        );
        assert.ok(
            failures.some((f) => f.property === "path"),
            JSON.stringify(failures),
        );
        assert.equal(stack.emulator.requests.length, before);
    });

    it("creates the task, waits until SUCCESSED and reports as finished the samples whose files it wrote", async () => {
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(result.outputs.status, "SUCCESSED");
        assert.equal(result.outputs.finished, LABELLED.length);
        // The emulator writes the files only when the task ends: they prove the wait reached the real end.
        assert.deepEqual(exportedImages("export"), LABELLED);
        const manifest = join(stack.dataDir, "obs", "my-bucket", "export", `${String(result.outputs.taskId)}.manifest`);
        assert.equal(readFileSync(manifest, "utf8").trim().split("\n").length, LABELLED.length);
        assert.equal(stack.emulator.requests.filter((r) => r.route === EXPORT_ROUTE).length, 1, "one create call");
    });

    it("shows no change for the same program, and none after a refresh", async () => {
        await stack.engine.up();
        await assertSteady(stack, "export");
    });

    it("replaces the task when path changes, and updates in place when only timeout changes", async () => {
        const first = await stack.engine.up();
        knobs.path = "/my-bucket/export-v2/";
        const replaced = await stack.engine.up();
        assert.equal(replaced.ok, true, replaced.errors.join("\n"));
        assert.deepEqual(taskOps(replaced), ["replace", "delete"]);
        assert.notEqual(replaced.outputs.taskId, first.outputs.taskId);
        assert.equal(resourceNamed(stack.engine, "labelled").id, replaced.outputs.taskId);
        assert.equal(stack.emulator.createdTasks().export, 2);
        assert.deepEqual(exportedImages("export-v2"), LABELLED);
        // Deleting the old copy only forgets it: export tasks have no delete API (docs/api-notes.md).
        assert.equal(stack.emulator.requests.filter((r) => r.method === "DELETE").length, 0);

        knobs.timeout = "30m";
        const updated = await stack.engine.up();
        assert.deepEqual(taskOps(updated), ["update"]);
        assert.equal(updated.outputs.taskId, replaced.outputs.taskId);
        assert.equal(stack.emulator.createdTasks().export, 2, "an in-place update creates no task");
    });

    it("forgets the task on destroy without any API call, leaving the task and its files on the server", async () => {
        const created = await stack.engine.up();
        const before = stack.emulator.requests.length;
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true);
        assert.deepEqual(
            destroyed.steps.filter(isTask).map((s) => [s.op, s.id]),
            [["delete", created.outputs.taskId]],
        );
        assert.equal(stack.engine.state.resources.filter((r) => r.type.endsWith(":ExportTask")).length, 0);
        assert.equal(stack.emulator.requests.length, before, "no request at all, DELETE or other");
        const task = await stack.api(
            "GET",
            `/datasets/${knobs.datasetId}/export-tasks/${String(created.outputs.taskId)}`,
        );
        assert.equal(task.status, "SUCCESSED");
        assert.ok(existsSync(join(stack.dataDir, "obs", "my-bucket", "export", "cat-01.png")));
    });

    it("keeps a FAILED task in state with its id and error, and does not create another on the next up", async () => {
        await stack.close();
        await start({ faults: { taskFailureRate: 1 } });
        const first = await stack.engine.up();
        assert.equal(first.ok, false);
        const failed = first.steps.find((s) => s.op === "failed");
        assert.ok(failed?.id, "the failed step carries the task id");
        const kept = resourceNamed(stack.engine, "labelled");
        assert.equal(kept.id, failed.id);
        assert.equal(kept.outputs.status, "FAILED");
        assert.equal(kept.outputs.errorCode, "ModelArts.4401");
        // The update fails with `error_code: error_msg`, exactly as the server reported them.
        assert.ok(failed.error?.includes(`ModelArts.4401: ${String(kept.outputs.errorMsg)}`), failed.error);

        const second = await stack.engine.up();
        assert.equal(second.ok, false);
        assert.equal(second.steps.find((s) => s.op === "failed")?.id, failed.id);
        assert.equal(stack.emulator.createdTasks().export, 1);
        assert.equal(stack.emulator.requests.filter((r) => r.route === EXPORT_ROUTE).length, 1);
    });
});

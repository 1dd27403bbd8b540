/**
 * What the next `pulumi up` does after a task failed, vanished or was asked to run again (README, "Lifecycle"):
 * dependents never run on top of a failed task, `triggers` re-runs a task, a task deleted behind the stack's back
 * ends the wait at once and is replaced, and a destroy waits out a task that is still initializing.
 */
import assert from "node:assert/strict";
import {
    EmulatedStack,
    isTask,
    modelarts,
    PNG,
    resourceNamed,
    startEmulatedStack,
    taskOps,
} from "../../testkit/emulated-stack";
import { until } from "../../testkit/until";

const PROCESSOR_TASKS = "/v2/{project_id}/processor-tasks";

describe("the lifecycle after a failure", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let datasetId: string;
    let declare: () => unknown;
    afterEach(() => stack.close());

    async function start(taskDurationMs: number): Promise<void> {
        stack = await startEmulatedStack({ program: () => declare(), emulator: { taskDurationMs } });
        stack.putObject("bucket", "seed/a.png", PNG);
        datasetId = await stack.createDataset("target", "obs://bucket/seed/");
    }
    /** A program of one feature analysis of the test's dataset, with `extra` inputs. */
    const analysis =
        (extra: Record<string, string> = {}) =>
        () => {
            const { ProcessorTask } = modelarts();
            const template = { id: "sys_data_analyse" };
            new ProcessorTask("analyse", {
                name: "analyse-target",
                dataSource: { type: "DATASET", source: datasetId },
                template,
                ...extra,
            });
        };
    const requestsTo = (route: string) => stack.emulator.requests.filter((r) => r.route === route);

    it("never creates a dependent on top of a failed import, through refresh and re-runs, until the import completes", async () => {
        await start(300);
        declare = () => {
            const { ImportTask, ExportTask } = modelarts();
            const raw = new ImportTask("raw", { datasetId, importPath: "obs://bucket/incoming/", importType: "dir" });
            new ExportTask("out", { datasetId, path: "/bucket/export/", exportType: 2 }, { dependsOn: raw });
        };
        const failed = await stack.engine.up();
        assert.deepEqual(
            failed.steps.filter(isTask).map((s) => [s.name, s.op]),
            [["raw", "failed"]],
        );
        await stack.engine.refresh();
        const again = await stack.engine.up();
        assert.deepEqual(
            again.steps.filter(isTask).map((s) => [s.name, s.op]),
            [["raw", "failed"]],
        );
        assert.equal(stack.emulator.createdTasks().export, 0, "no export ran on a failed import");

        stack.putObject("bucket", "incoming/b.png", PNG);
        const fixed = await stack.engine.up();

        assert.equal(fixed.ok, true, fixed.errors.join("\n"));
        // The two failed imports (the first, and its failed replacement) are dropped once the third completes.
        const ops = fixed.steps.filter(isTask).map((s) => [s.name, s.op]);
        assert.deepEqual(ops, [
            ["raw", "replace"],
            ["out", "create"],
            ["raw", "delete"],
            ["raw", "delete"],
        ]);
        assert.equal(resourceNamed(stack.engine, "raw").outputs.status, "COMPLETED");
    });

    it("runs a task again when triggers change, and never sends them to the API", async () => {
        await start(300);
        let batch = { batch: "2026-11-29", files: 1 };
        declare = () => {
            const { ImportTask } = modelarts();
            new ImportTask("raw", { datasetId, importPath: "obs://bucket/seed/", importType: "dir", triggers: batch });
        };
        assert.equal((await stack.engine.up()).ok, true);
        assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);

        batch = { batch: "2026-11-30", files: 2 };
        const preview = await stack.engine.preview();
        assert.deepEqual(
            preview.steps.filter(isTask).map((s) => [s.op, s.replaces]),
            [["replace", ["triggers"]]],
        );
        const rerun = await stack.engine.up();

        assert.equal(rerun.ok, true, rerun.errors.join("\n"));
        assert.deepEqual(taskOps(rerun), ["replace", "delete"]);
        const posts = requestsTo("POST /v2/{project_id}/datasets/{dataset_id}/import-tasks");
        assert.equal(posts.length, 2);
        for (const post of posts) assert.equal(JSON.stringify(post.body).includes("batch"), false);
        assert.deepEqual(resourceNamed(stack.engine, "raw").outputs.triggers, batch);
    });

    it("ends the wait at once when the task is deleted behind the stack's back, and the next up replaces it", async () => {
        await start(6_000);
        declare = analysis();
        const running = stack.engine.up();
        await until(() => requestsTo(`GET ${PROCESSOR_TASKS}/{task_id}`).some((r) => r.status === 200), 10_000);
        const id = (await stack.api<{ tasks: Array<{ task_id: string }> }>("GET", "/processor-tasks")).tasks[0]!
            .task_id;
        await new Promise((r) => setTimeout(r, 1_300)); // past the queued fifth: a running task can be deleted
        await stack.api("DELETE", `/processor-tasks/${id}`);
        const deletedAtMs = Date.now();

        const failed = await running;

        const step = failed.steps.find((s) => s.op === "failed")!;
        assert.equal(step.id, id);
        assert.match(step.error!, new RegExp(`task ${id} no longer exists \\(ModelArts\\.4700\\)`));
        assert.match(step.error!, /the next `pulumi up` replaces it with a new task/);
        const polls = requestsTo(`GET ${PROCESSOR_TASKS}/{task_id}`).filter((r) => r.atMs >= deletedAtMs);
        assert.deepEqual(
            polls.map((r) => r.status),
            [400],
            "one poll saw it gone, and the wait ended",
        );
        const preview = await stack.engine.preview();
        assert.deepEqual(
            preview.steps.filter(isTask).map((s) => [s.op, s.replaces]),
            [["replace", ["errorCode"]]],
        );

        const replaced = await stack.engine.up();

        assert.equal(replaced.ok, true, replaced.errors.join("\n"));
        assert.deepEqual(taskOps(replaced), ["delete", "replace"]);
        assert.notEqual(resourceNamed(stack.engine, "analyse").id, id);
    });

    it("destroys a processing task that is still initializing by waiting until ModelArts lets it be deleted", async () => {
        await start(25_000);
        declare = analysis({ timeout: "1s" });
        const created = await stack.engine.up();
        assert.match(created.steps.find((s) => s.op === "failed")!.error!, /timed out after 1s/);

        const destroyed = await stack.engine.destroy();

        assert.equal(destroyed.ok, true, JSON.stringify(destroyed.steps));
        const deletes = requestsTo(`DELETE ${PROCESSOR_TASKS}/{task_id}`).map((r) => r.status);
        assert.deepEqual([deletes[0], deletes.at(-1)], [403, 200], `answers: ${deletes.join(", ")}`);
        assert.equal(stack.emulator.createdTasks().processor, 1);
    });
});

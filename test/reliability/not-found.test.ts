/**
 * Only the documented not-found answers mean "gone": a proxy's HTML 404 or a 404 with another code makes
 * `refresh` fail and keep the task, and `destroy` fail without forgetting it; a status the docs do not list is
 * waited on, never taken for success, and named when the wait times out.
 */
import assert from "node:assert/strict";
import { EmulatedStack, isTask } from "../../testkit/emulated-stack";
import { fleetTask, type FleetTask, startFleetStack } from "../../testkit/task-fleet";

const PROCESSOR_TASK = "/v2/{project_id}/processor-tasks/{task_id}";
const IMPORT_TASK = "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}";
const PROXY_PAGE = "<html><head><title>404 Not Found</title></head><body><center>nginx</center></body></html>";

describe("reliability: not found is only what the docs say", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let tasks: FleetTask[];
    afterEach(() => stack.close());

    async function start(task: FleetTask, taskDurationMs = 300): Promise<void> {
        tasks = [task];
        stack = await startFleetStack(() => tasks, { emulator: { taskDurationMs } });
    }

    it("keeps a live task through a refresh answered by a proxy's HTML 404, reporting the error", async () => {
        await start(fleetTask("ProcessorTask", 0));
        assert.equal((await stack.engine.up()).ok, true);
        const [held] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(held, "the resource is in state");
        stack.emulator.planFault({
            route: `GET ${PROCESSOR_TASK}`,
            fault: { kind: "body", status: 404, body: PROXY_PAGE },
            times: 10,
        });

        const refreshed = await stack.engine.refresh();

        const step = refreshed.steps.find(isTask)!;
        assert.equal(step.op, "failed");
        assert.match(step.error!, /HTTP 404/);
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom).map((r) => r.id),
            [held.id],
        );
    });

    it("fails a destroy whose DELETE is answered 404 without a documented code, and keeps the task in the stack", async () => {
        await start(fleetTask("ProcessorTask", 0));
        assert.equal((await stack.engine.up()).ok, true);
        const [held] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(held, "the resource is in state");
        const unpublished = {
            kind: "error",
            status: 404,
            message: "The API does not exist or has not been published",
        } as const;
        stack.emulator.planFault({ route: `DELETE ${PROCESSOR_TASK}`, fault: unpublished, times: 10 });

        const destroyed = await stack.engine.destroy();

        assert.equal(destroyed.ok, false);
        assert.match(destroyed.steps.find((s) => s.op === "failed")!.error!, /HTTP 404 ModelArts\.0101/);
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom).map((r) => r.id),
            [held.id],
        );
        assert.equal(
            (await stack.api<{ status: number }>("GET", `/processor-tasks/${held.id}`)).status,
            2,
            "the task still exists",
        );
    });

    it("never takes an undocumented status for success: the wait times out naming it, and the next up resumes", async () => {
        await start(fleetTask("ImportTask", 0, { timeout: "3s" }));
        const paused = JSON.stringify({ task_id: "x", status: "PAUSED", total_sample_count: 2 });
        const stop = stack.emulator.planFault({
            route: IMPORT_TASK,
            fault: { kind: "body", body: paused },
            times: 1_000,
        });

        const first = await stack.engine.up();

        const failed = first.steps.find((s) => s.op === "failed")!;
        assert.match(
            failed.error!,
            /timed out after 3s .*task status PAUSED \(not a documented status: never taken for success\)/,
        );
        assert.match(failed.error!, /the next `pulumi up` resumes waiting on it/);
        stop();
        tasks = [fleetTask("ImportTask", 0)];
        const resumed = await stack.engine.up();
        assert.equal(resumed.ok, true, resumed.errors.join("\n"));
        assert.deepEqual(
            resumed.steps.filter(isTask).map((s) => [s.op, s.id]),
            [["update", failed.id]],
        );
        assert.equal(stack.emulator.createdTasks().import, 1);
    });
});

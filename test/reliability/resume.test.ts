/**
 * Resume after failure: a task whose wait fails (lost contact, timeout, the service restarted) or that
 * ended FAILED stays in state with its id; the next `up` with the same inputs waits on the same task again, and a
 * new task is created only when the inputs change.
 */
import assert from "node:assert/strict";
import { EmulatedStack, isTask, startEmulatedStack } from "../support/emulated-stack";
import { fleetDatasets, fleetObjects, fleetProgram, fleetTask, type FleetTask } from "../support/task-fleet";
import { until } from "../support/until";

const GET_IMPORT = "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}";
const POST_IMPORT = "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks";

describe("reliability: resuming after a failure", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let tasks: FleetTask[];
    afterEach(() => stack.close());

    async function start(taskDurationMs: number, extra: Record<string, unknown> = {}) {
        tasks = [fleetTask("ImportTask", 0, extra)];
        stack = await startEmulatedStack({ program: fleetProgram(() => tasks), emulator: { datasets: fleetDatasets(1), taskDurationMs } });
        for (const [bucket, key, content] of fleetObjects(1)) stack.putObject(bucket, key, content);
    }
    const posts = () => stack.emulator.requests.filter((r) => r.route === POST_IMPORT).length;

    it("keeps a task whose polls all failed until the timeout, naming the last error, and the next up completes it", async () => {
        await start(300, { timeout: "3s" });
        const stopFaults = stack.emulator.planFault({ route: GET_IMPORT, fault: 500, times: 1_000 });

        const failed = await stack.engine.up();

        assert.equal(failed.ok, false);
        const step = failed.steps.find((s) => s.op === "failed")!;
        assert.match(step.error!, /timed out after 3s.*last poll failed: .*HTTP 500 ModelArts\.0010/);
        const [kept] = stack.engine.state.resources.filter((r) => r.custom);
        assert.equal(kept.id, step.id, "the task stays in the stack");
        stopFaults();

        const resumed = await stack.engine.up();

        assert.equal(resumed.ok, true, resumed.errors.join("\n"));
        assert.deepEqual(resumed.steps.filter(isTask).map((s) => [s.op, s.id]), [["update", kept.id]]);
        assert.equal(stack.engine.state.resources.find((r) => r.custom)!.outputs.status, "COMPLETED");
        assert.equal(posts(), 1);
    });

    it("waits through a restart of the service in the middle of the task", async () => {
        await start(2_500);
        const running = stack.engine.up();
        await until(() => stack.emulator.requests.some((r) => r.route === GET_IMPORT), 10_000);
        const polledBefore = stack.emulator.requests.length;
        await stack.emulator.restart();
        const restartedAtMs = Date.now();

        const result = await running;

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(stack.engine.state.resources.find((r) => r.custom)!.outputs.status, "COMPLETED");
        const created = stack.emulator.requests.find((r) => r.route === POST_IMPORT && r.status === 200)!;
        assert.ok(created.atMs + 2_500 > restartedAtMs, "precondition: the task still ran when the service restarted");
        assert.ok(stack.emulator.requests.slice(polledBefore).some((r) => r.route === GET_IMPORT), "polled after the restart");
        assert.equal(stack.emulator.createdTasks().import, 1);
    });

    it("retries a FAILED task's wait with the same inputs, and creates a new task only when they change", async () => {
        await start(300);
        tasks = [fleetTask("ImportTask", 0, { importPath: "obs://fleet/missing/" })];
        const failed = await stack.engine.up();
        const failedId = failed.steps.find((s) => s.op === "failed")!.id;
        assert.match(failed.steps.find((s) => s.op === "failed")!.error!, /ModelArts\.4312/);

        const again = await stack.engine.up();

        assert.deepEqual(again.steps.filter(isTask).map((s) => [s.op, s.id]), [["failed", failedId]]);
        assert.equal(posts(), 1, "the same inputs never create a second task");
        tasks = [fleetTask("ImportTask", 0)];

        const fixed = await stack.engine.up();

        assert.equal(fixed.ok, true, fixed.errors.join("\n"));
        assert.deepEqual(fixed.steps.filter(isTask).map((s) => s.op), ["replace", "delete"]);
        assert.notEqual(stack.engine.state.resources.find((r) => r.custom)!.id, failedId);
        assert.equal(posts(), 2);
    });
});

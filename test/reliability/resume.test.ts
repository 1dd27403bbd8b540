/**
 * Resume or re-run after a failure: a task whose wait fails (lost contact, timeout, the service restarted) stays in
 * state with its id and the next `up` waits on the same task again; a task that ended FAILED stays in state too,
 * but the next `preview` shows a replacement and the next `up` runs a new task, also after a refresh.
 */
import assert from "node:assert/strict";
import { EmulatedStack, isTask, PNG } from "../../testkit/emulated-stack";
import { fleetTask, type FleetTask, startFleetStack } from "../../testkit/task-fleet";
import { until } from "../../testkit/until";

const GET_IMPORT = "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}";
const POST_IMPORT = "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks";

describe("reliability: resuming after a failure", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let tasks: FleetTask[];
    afterEach(() => stack.close());

    async function start(taskDurationMs: number, extra: Record<string, unknown> = {}) {
        tasks = [fleetTask("ImportTask", 0, extra)];
        stack = await startFleetStack(() => tasks, { emulator: { taskDurationMs } });
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
        assert.ok(kept, "the resource is in state");
        assert.equal(kept.id, step.id, "the task stays in the stack");
        stopFaults();

        const resumed = await stack.engine.up();

        assert.equal(resumed.ok, true, resumed.errors.join("\n"));
        assert.deepEqual(
            resumed.steps.filter(isTask).map((s) => [s.op, s.id]),
            [["update", kept.id]],
        );
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
        assert.ok(
            stack.emulator.requests.slice(polledBefore).some((r) => r.route === GET_IMPORT),
            "polled after the restart",
        );
        assert.equal(stack.emulator.createdTasks().import, 1);
    });

    it("re-runs a FAILED task as a replacement once the data is fixed, saying so at preview, also after a refresh", async () => {
        await start(300, { importPath: "obs://fleet/missing/" });
        tasks = [fleetTask("ImportTask", 0, { importPath: "obs://fleet/missing/" })];
        const failed = await stack.engine.up();
        const failedStep = failed.steps.find((s) => s.op === "failed")!;
        assert.match(failedStep.error!, /ModelArts\.4312/);
        assert.match(failedStep.error!, /the next `pulumi up` replaces it with a new task/);

        const refreshed = await stack.engine.refresh();
        assert.deepEqual(
            refreshed.steps.filter(isTask).map((s) => s.op),
            ["read"],
        );
        const kept = stack.engine.state.resources.find((r) => r.custom)!;
        assert.equal(kept.initErrors, undefined, "precondition: refresh cleared the init errors, as the engine does");
        assert.deepEqual(
            [kept.id, kept.outputs.status, kept.outputs.errorCode],
            [failedStep.id, "FAILED", "ModelArts.4312"],
        );

        const preview = await stack.engine.preview();
        assert.deepEqual(
            preview.steps.filter(isTask).map((s) => [s.op, s.replaces]),
            [["replace", ["status"]]],
        );
        const said = stack.engine.transcript.entries.filter((e) => e.kind === "stderr").map((e) => String(e.data));
        assert.ok(
            said.some((line) => line.includes(`previous task ${failedStep.id} FAILED: ModelArts.4312`)),
            `the reason reaches the preview's diagnostics: ${said.join("\n")}`,
        );
        assert.equal(posts(), 1, "a preview creates nothing");

        // The data is fixed in OBS; the program is unchanged.
        stack.putObject("fleet", "missing/cat-0.png", PNG);
        const rerun = await stack.engine.up();

        assert.equal(rerun.ok, true, rerun.errors.join("\n"));
        assert.deepEqual(
            rerun.steps.filter(isTask).map((s) => s.op),
            ["replace", "delete"],
        );
        const replacement = stack.engine.state.resources.find((r) => r.custom)!;
        assert.notEqual(replacement.id, failedStep.id);
        assert.equal(replacement.outputs.status, "COMPLETED");
        assert.equal(posts(), 2);
        assert.deepEqual(
            (await stack.engine.up()).steps.filter(isTask).map((s) => s.op),
            ["same"],
        );
    });
});

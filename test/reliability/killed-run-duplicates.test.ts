/**
 * Interrupted runs whose left-over task ends while the next `up` is held up (found by the soak benchmark,
 * bench/README.md): a killed `pulumi up` leaves its task running with no record in state (harness/README.md,
 * "Pending operations"), and the next `up` must adopt it even when a transient fault (a throttled list, a throttled
 * POST) delays its look until after the task ended, although the service can then no longer say "an import is
 * running" (ModelArts.4356). The provider adopts a task that was unfinished when the create began, compared on the
 * service's clock (`provider/impl/obtain-task.ts`). In each test the killed run's task is still running when the
 * next `up` sends its first request (checked), and only faults the provider retries are injected.
 */
import assert from "node:assert/strict";
import { EmulatedStack } from "../../testkit/emulated-stack";
import { fleetTask, startFleetStack, type TaskKindName } from "../../testkit/task-fleet";
import { until } from "../../testkit/until";

const TASK_DURATION_MS = 4_000;
const ROUTES = {
    importList: "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks",
    importPost: "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks",
    exportList: "GET /v2/{project_id}/datasets/{dataset_id}/export-tasks",
} as const;

describe("reliability: a task a killed up left, ending while the next up is held up by faults", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    /** Runs an `up` of one task and kills the host once the task has been polled; resolves to the task's end. */
    async function killedMidWait(kind: TaskKindName): Promise<number> {
        const tasks = [fleetTask(kind, 0)];
        stack = await startFleetStack(() => tasks, { emulator: { taskDurationMs: TASK_DURATION_MS } });
        const running = stack.engine.up();
        await until(
            () => stack.emulator.requests.some((r) => r.method === "GET" && r.route?.endsWith("{task_id}")),
            10_000,
        );
        stack.engine.interruptProviderHost();
        assert.equal((await running).ok, false);
        const created = stack.emulator.requests.find((r) => r.method === "POST" && r.status === 200)!;
        return created.atMs + TASK_DURATION_MS;
    }

    /**
     * The next `up`: succeeds; its first request reached the service while the task ran; the look that found the
     * task was answered only after the task had ended; and no second task exists.
     */
    async function assertAdopted(kind: TaskKindName, taskEndsAtMs: number, listRoute: string): Promise<void> {
        const mark = stack.emulator.requests.length;
        const resumed = await stack.engine.up();
        assert.equal(resumed.ok, true, resumed.errors.join("\n"));
        const requests = stack.emulator.requests.slice(mark);
        assert.ok(requests[0]!.atMs < taskEndsAtMs, "precondition: the next up reached the service while the task ran");
        const look = requests.find((r) => r.route === listRoute && r.status === 200);
        assert.ok(
            look !== undefined && look.atMs > taskEndsAtMs,
            "precondition: the look was answered after the task ended",
        );
        const counter = kind === "ImportTask" ? "import" : "export";
        assert.equal(stack.emulator.createdTasks()[counter], 1, "one task for one resource");
    }

    it("ImportTask: the POST is answered 4356 (an import is running), then the list is throttled until the task ended", async () => {
        const endsAtMs = await killedMidWait("ImportTask");
        stack.emulator.planFault({ route: ROUTES.importList, fault: 429, times: 4 });
        await assertAdopted("ImportTask", endsAtMs, ROUTES.importList);
    });

    it("ImportTask: the POST is throttled (no 4356 to tell), then the list is throttled until the task ended", async () => {
        const endsAtMs = await killedMidWait("ImportTask");
        stack.emulator.planFault({ route: ROUTES.importPost, fault: 429 });
        stack.emulator.planFault({ route: ROUTES.importList, fault: 429, times: 4 });
        await assertAdopted("ImportTask", endsAtMs, ROUTES.importList);
    });

    it("ExportTask: the list made before the POST is throttled until the task ended", async () => {
        const endsAtMs = await killedMidWait("ExportTask");
        stack.emulator.planFault({ route: ROUTES.exportList, fault: 429, times: 4 });
        await assertAdopted("ExportTask", endsAtMs, ROUTES.exportList);
    });
});

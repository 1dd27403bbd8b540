/**
 * Interrupted runs: a `pulumi up` killed while it waits leaves no record of the task in state (the
 * engine's pending create is cleared), so the next `up` must find the task still running for the same resource
 * instead of starting another; and `adoptTaskId` brings an existing task under management.
 */
import assert from "node:assert/strict";
import { MockEngine } from "../../harness/engine";
import { EmulatedStack, modelarts, repoRoot } from "../../testkit/emulated-stack";
import { fleetTask, startFleetStack, TASK_KINDS, type TaskKindName } from "../../testkit/task-fleet";
import { until } from "../../testkit/until";

const COUNTERS = { ImportTask: "import", ExportTask: "export", ProcessorTask: "processor" } as const;

describe("reliability: interrupted runs", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    async function startOne(kind: TaskKindName, taskDurationMs: number, extra: Record<string, unknown> = {}) {
        const tasks = [fleetTask(kind, 0, extra)];
        stack = await startFleetStack(() => tasks, { emulator: { taskDurationMs } });
    }

    for (const kind of TASK_KINDS) {
        it(`${kind}: the next up adopts the task a killed up left running, and creates no other`, async () => {
            await startOne(kind, 6_000);
            const running = stack.engine.up();
            // Killed while waiting: the POST was answered and the task polled at least once.
            await until(
                () => stack.emulator.requests.some((r) => r.method === "GET" && r.path.includes("-tasks/")),
                10_000,
            );
            const taskId = stack.emulator.requests
                .find((r) => r.method === "GET" && r.path.includes("-tasks/"))!
                .path.split("/")
                .pop();
            stack.engine.interruptProviderHost();
            const interrupted = await running;
            assert.equal(interrupted.ok, false);
            assert.deepEqual(
                stack.engine.state.resources.filter((r) => r.custom),
                [],
                "the create never completed",
            );

            const resumed = await stack.engine.up();

            assert.equal(resumed.ok, true, resumed.errors.join("\n"));
            const [resource] = stack.engine.state.resources.filter((r) => r.custom);
            assert.ok(resource, "the resource is in state");
            assert.equal(resource.id, taskId, "the task the killed run created");
            assert.equal(stack.emulator.createdTasks()[COUNTERS[kind]], 1);
            const said = (pattern: RegExp) =>
                stack.engine.logs().filter((log) => log.urn === resource.urn && pattern.test(log.message));
            assert.equal(said(new RegExp(`^created task ${taskId},`)).length, 1, "the killed run named its task");
            const [adopted] = said(/^adopted task/);
            assert.equal(
                adopted?.message,
                `adopted task ${taskId}, left unfinished by an interrupted \`pulumi up\`, waiting up to 1h`,
            );
            assert.equal(adopted.ephemeral, false);
        });
    }

    it("adopts an existing task given as adoptTaskId: no create call, its state as outputs", async () => {
        await startOne("ImportTask", 300);
        await stack.engine.up();
        const [original] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(original, "the resource is in state");
        const requestsBefore = stack.emulator.requests.length;
        const adopting = new MockEngine({
            projectDir: repoRoot,
            config: stack.engine.config,
            program: () => {
                const task = new (modelarts().ImportTask)("adopted", {
                    ...fleetTask("ImportTask", 0).args,
                    adoptTaskId: original.id!,
                } as never);
                return { taskId: task.taskId, status: task.status, imported: task.importedSampleCount };
            },
        });
        try {
            const result = await adopting.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            assert.deepEqual(result.outputs, { taskId: original.id, status: "COMPLETED", imported: 2 });
            const since = stack.emulator.requests.slice(requestsBefore);
            assert.deepEqual([...new Set(since.map((r) => r.method))], ["GET"]);
            const [adopted] = adopting.logs();
            assert.equal(adopted?.message, `adopted task ${original.id} (the \`adoptTaskId\` input), waiting up to 1h`);
            assert.equal(stack.emulator.createdTasks().import, 1);
        } finally {
            await adopting.close();
        }
    });
});

/**
 * Only the stack's own tasks: a processing task whose name is taken by a task this resource did not create (made
 * in the console, by another stack, or finished before this create began) is never adopted, so `destroy` never
 * sends DELETE to it; the create fails naming that task, and `adoptTaskId` takes it over on purpose.
 */
import assert from "node:assert/strict";
import { EmulatedStack, isTask } from "../../testkit/emulated-stack";
import { fleetTask, type FleetTask, startFleetStack } from "../../testkit/task-fleet";

const TASKS = "/v2/{project_id}/processor-tasks";

describe("reliability: only the stack's own tasks are adopted and deleted", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let tasks: FleetTask[];
    afterEach(() => stack.close());

    async function start(taskDurationMs: number): Promise<void> {
        tasks = [fleetTask("ProcessorTask", 0)];
        stack = await startFleetStack(() => tasks, { emulator: { taskDurationMs } });
    }

    /** Creates, outside the stack, a processing task with the fleet task's name and `changes` to its body. */
    async function foreignTask(changes: Record<string, unknown> = {}): Promise<string> {
        const args = fleetTask("ProcessorTask", 0).args as { dataSource: { type: string; source: string } };
        const body = {
            name: "analyse-0",
            data_source: args.dataSource,
            template: {
                id: "sys_data_analyse",
                operator_params: [{ id: "sys_data_analyse", params: { op_list: [] } }],
            },
            ...changes,
        };
        return (await stack.api<{ task_id: string }>("POST", "/processor-tasks", body)).task_id;
    }
    const statusOf = async (id: string) =>
        (await stack.api<{ status: number }>("GET", `/processor-tasks/${id}`)).status;
    /** Resolves once the task has completed (status 2), as seen through the API. */
    async function completed(id: string): Promise<void> {
        for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
            if ((await statusOf(id)) === 2) return;
        }
        assert.fail(`task ${id} did not complete within 10 s`);
    }
    const deletes = () => stack.emulator.requests.filter((r) => r.route === `DELETE ${TASKS}/{task_id}`).length;

    it("fails the create when the name is held by a finished task with the same settings, naming it and how to adopt it", async () => {
        await start(300);
        const foreign = await foreignTask();
        await completed(foreign);

        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        const failed = result.steps.find((s) => s.op === "failed")!;
        assert.equal(failed.id, undefined, "nothing of someone else's is recorded in the stack");
        assert.match(
            failed.error!,
            new RegExp(`"analyse-0" is already used by task ${foreign} \\(status COMPLETED\\)`),
        );
        assert.match(failed.error!, new RegExp(`adoptTaskId: "${foreign}"`));
        assert.match(failed.error!, /ModelArts\.4709/);
        assert.equal(stack.engine.state.resources.filter((r) => r.custom).length, 0);
        assert.equal((await stack.engine.destroy()).ok, true);
        assert.equal(deletes(), 0, "no DELETE reaches a task the stack neither created nor adopted");
        assert.equal(await statusOf(foreign), 2);
    });

    it("does not adopt a running task with that name whose description or inputs differ", async () => {
        await start(5_000);
        const otherDescription = await foreignTask({ description: "made in the console" });

        const result = await stack.engine.up();

        const failed = result.steps.find((s) => s.op === "failed")!;
        assert.match(
            failed.error!,
            new RegExp(`already used by task ${otherDescription} \\(status (INITIALIZED|RUNNING)\\)`),
        );
        assert.equal(stack.emulator.createdTasks().processor, 1);
        await stack.engine.destroy();
        assert.equal(deletes(), 0);
    });

    it("adopts the unfinished task an interrupted up left, made with the same settings", async () => {
        await start(5_000);
        const leftOver = await foreignTask();

        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.deepEqual(
            result.steps.filter(isTask).map((s) => [s.op, s.id]),
            [["create", leftOver]],
        );
        assert.equal(stack.emulator.createdTasks().processor, 1);
    });

    it("takes over a foreign task on purpose with adoptTaskId, and then owns it: destroy deletes it", async () => {
        await start(300);
        const foreign = await foreignTask({ description: "made in the console" });
        await completed(foreign);
        tasks = [fleetTask("ProcessorTask", 0, { adoptTaskId: foreign, description: "made in the console" })];

        const adopted = await stack.engine.up();

        assert.equal(adopted.ok, true, adopted.errors.join("\n"));
        assert.equal(stack.engine.state.resources.find((r) => r.custom)!.id, foreign);
        assert.equal((await stack.engine.destroy()).ok, true);
        assert.equal(deletes(), 1);
    });
});

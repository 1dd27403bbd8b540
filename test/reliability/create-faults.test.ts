/**
 * Duplicate-safe create: a create POST whose answer is lost after the service committed it, or that
 * fails before or after the service handled it, never leaves a second task, and the resource ends up with the one
 * task the service holds. Each fault is planned on the create route of one kind, through the real provider host.
 */
import assert from "node:assert/strict";
import type { PlannedFault } from "../../emulator/server";
import { EmulatedStack } from "../../testkit/emulated-stack";
import { fleetTask, startFleetStack, TASK_KINDS } from "../../testkit/task-fleet";

const CREATE_ROUTES = {
    ImportTask: "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks",
    ExportTask: "POST /v2/{project_id}/datasets/{dataset_id}/export-tasks",
    ProcessorTask: "POST /v2/{project_id}/processor-tasks",
} as const;

/** Every way a create can fail: committed but unanswered (drop, 504), refused before handling (500–503, 429). */
const FAULTS: Array<PlannedFault["fault"]> = ["drop", 504, 502, 503, 500, 429];

describe("reliability: create faults", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    for (const kind of TASK_KINDS) {
        it(`${kind}: one task per resource on the server whatever happens to the create POST`, async () => {
            const tasks = FAULTS.map((_, i) => fleetTask(kind, i));
            stack = await startFleetStack(() => tasks, { size: FAULTS.length });
            for (const fault of FAULTS) stack.emulator.planFault({ route: CREATE_ROUTES[kind], fault });

            const result = await stack.engine.up();

            assert.equal(result.ok, true, result.errors.join("\n"));
            const injected = stack.emulator.requests.filter((r) => r.route === CREATE_ROUTES[kind] && r.fault);
            assert.equal(injected.length, FAULTS.length, "every planned fault met a create");
            const created =
                stack.emulator.createdTasks()[
                    kind === "ImportTask" ? "import" : kind === "ExportTask" ? "export" : "processor"
                ];
            assert.equal(created, FAULTS.length, "no duplicate task");
            const ids = stack.engine.state.resources.filter((r) => r.custom).map((r) => r.id);
            assert.equal(new Set(ids).size, FAULTS.length, "each resource holds its own task");
            const posted = stack.emulator.requests.filter((r) => r.route === CREATE_ROUTES[kind]);
            const committed = posted.filter((r) => r.status === 200 || r.fault === "dropped" || r.status === 504);
            assert.equal(committed.length, FAULTS.length, "a POST is sent again only when none was committed");
        });
    }
});

import assert from "node:assert/strict";
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
import { until } from "../../testkit/until";

const TASKS = "/v2/{project_id}/processor-tasks";

interface Knobs {
    datasetId: string;
    templateId: string;
    description: string;
    opList: string[];
}

/** Feature analysis of a dataset (the documented sys_data_analyse shape), with inputs a test can change. */
function analyseProgram(knobs: Knobs) {
    return () => {
        const task = new (modelarts().ProcessorTask)("analyse", {
            name: "analyse-cats-dogs",
            description: knobs.description,
            dataSource: { type: "DATASET", source: knobs.datasetId },
            template: {
                id: knobs.templateId as "sys_data_analyse",
                operatorParams: [{ id: knobs.templateId, params: { op_list: knobs.opList } }],
            },
        });
        return { taskId: task.taskId, status: task.status, statusName: task.statusName, result: task.result };
    };
}

describe("ProcessorTask through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let knobs: Knobs;
    /** The program of the next run: the analysis unless a test declares something else. */
    let declare: () => unknown;

    beforeEach(async () => {
        knobs = { datasetId: "", templateId: "sys_data_analyse", description: "label statistics", opList: [] };
        declare = analyseProgram(knobs);
        stack = await startEmulatedStack({ program: () => declare(), sampleData: true });
        // A dataset that already holds the 12 sample images (8 labelled), so the analysis has something to count.
        knobs.datasetId = await stack.createDataset("cats-dogs-samples", "obs://my-bucket/raw/cats-dogs/");
    });
    afterEach(() => stack.close());

    const requestsTo = (route: string) => stack.emulator.requests.filter((r) => r.route === route);

    it("rejects bad inputs at preview naming each property path, and calls no API", async () => {
        const before = stack.emulator.requests.length;
        declare = () => {
            const { ProcessorTask } = modelarts();
            const template = { id: "sys_data_analyse" as const };
            const dataSource = { type: "DATASET" as const, source: knobs.datasetId };
            new ProcessorTask("both-sources", { name: "both", template, dataSource, inputs: [dataSource] });
            new ProcessorTask("bad-description", { name: "quoted", template, dataSource, description: "a <b> c" });
            new ProcessorTask("bad-template", { name: "magic", template: { id: "sys/magic" }, dataSource });
        };
        const result = await stack.engine.preview();
        assert.equal(result.ok, false);
        const failed = result.steps.filter((s) => s.op === "failed");
        const failures = Object.fromEntries(failed.map((s) => [s.name, s.failures]));
        assert.deepEqual(
            failures["both-sources"]?.map((f) => f.property),
            ["inputs"],
        );
        assert.match(failures["both-sources"][0]?.reason ?? "", /either dataSource or inputs/);
        assert.deepEqual(
            failures["bad-description"]?.map((f) => f.property),
            ["description"],
        );
        assert.deepEqual(
            failures["bad-template"]?.map((f) => f.property),
            ["template.id"],
        );
        assert.match(failures["bad-template"][0]?.reason ?? "", /letters, digits, _ and -/);
        assert.equal(stack.emulator.requests.length, before);
    });

    it("runs a task whose name has spaces and 80 characters and whose template names no id, as the docs allow", async () => {
        declare = () => {
            const task = new (modelarts().ProcessorTask)("unnamed-template", {
                name: `nightly clean-up of the cats and dogs dataset, run by the platform team ${"x".repeat(8)}`,
                dataSource: { type: "DATASET", source: knobs.datasetId },
                template: { name: "custom cleaning" },
            });
            return { statusName: task.statusName };
        };
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(result.outputs.statusName, "COMPLETED");
        const [post] = requestsTo(`POST ${TASKS}`);
        const body = post?.body as { name: string; template: unknown };
        assert.equal(body.name.length, 80);
        assert.deepEqual(body.template, { name: "custom cleaning" });
    });

    it("warns at preview about a template id the pages do not list, and the service refuses it at up", async () => {
        knobs.templateId = "sys_data_validate"; // a typo of sys_data_validation
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, true, preview.errors.join("\n"));
        // The engine's Log RPC is fire-and-forget: the warning may arrive just after the preview's answer.
        const warned = () => stack.engine.logs().filter((log) => log.severity === "WARNING");
        await until(() => warned().length > 0, 5_000);
        const warnings = warned();
        assert.deepEqual(
            warnings.map((w) => w.message),
            [
                'template.id "sys_data_validate" is not a documented value: it is sent as given (documented: ' +
                    "sys_data_analyse, sys_data_cleaning, sys_data_augmentation, sys_data_validation, sys_data_selection)",
            ],
        );
        assert.equal(warnings[0]?.urn, preview.steps.find((s) => s.name === "analyse")?.urn);
        const refused = await stack.engine.up();
        assert.equal(refused.ok, false);
        assert.match(refused.errors.join("\n"), /ModelArts\.3021.*Template \(sys_data_validate\) does not exists/);
        assert.equal(stack.emulator.createdTasks().processor, 0);
    });

    it("creates the task, waits for status 2 and exposes COMPLETED and the analysis as plain JSON", async () => {
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(result.outputs.status, 2);
        assert.equal(result.outputs.statusName, "COMPLETED");
        const analysis = result.outputs.result as Record<string, unknown>;
        assert.equal(analysis.sample_count, 12);
        assert.equal(analysis.annotated_sample_count, 8);
        assert.deepEqual(analysis.label_stats, { bird: 2, cat: 3, dog: 3 });
        // Kept exactly as the server reported it: an object in state, not a string or a reshaped copy.
        const server = await stack.api<{ result: unknown }>("GET", `/processor-tasks/${String(result.outputs.taskId)}`);
        assert.deepEqual(resourceNamed(stack.engine, "analyse").outputs.result, server.result);
        assert.equal(requestsTo(`POST ${TASKS}`).length, 1, "one create call");
    });

    it("shows no change for the same program, and none after a refresh", async () => {
        await stack.engine.up();
        await assertSteady(stack, "processor");
    });

    it("updates a description change in place with exactly one PUT, keeping the task", async () => {
        const first = await stack.engine.up();
        knobs.description = "label statistics, second look";
        const updated = await stack.engine.up();
        assert.equal(updated.ok, true, updated.errors.join("\n"));
        assert.deepEqual(taskOps(updated), ["update"]);
        assert.equal(updated.outputs.taskId, first.outputs.taskId);
        const puts = requestsTo(`PUT ${TASKS}/{task_id}`);
        assert.deepEqual(
            puts.map((r) => [r.path.endsWith(`/${String(first.outputs.taskId)}`), r.body, r.status]),
            [[true, { description: knobs.description }, 200]],
        );
        const server = await stack.api<{ description: string }>(
            "GET",
            `/processor-tasks/${String(first.outputs.taskId)}`,
        );
        assert.equal(server.description, knobs.description);
        assert.equal(stack.emulator.createdTasks().processor, 1);
        const notes = stack.engine
            .logs()
            .filter((log) => !log.ephemeral)
            .map((log) => log.message);
        const id = String(first.outputs.taskId);
        assert.ok(notes.includes(`updating task ${id} in place (description)`), notes.join("\n"));
        assert.equal(
            notes.some((note) => note.startsWith("resuming")),
            false,
            "a finished task is updated, not resumed",
        );
    });

    it("sees a description changed in the console at refresh, and the next up restores it with one PUT", async () => {
        const first = await stack.engine.up();
        const id = String(first.outputs.taskId);
        await stack.api("PUT", `/processor-tasks/${id}`, { description: "changed in the console" });
        const refreshed = await stack.engine.refresh();
        assert.deepEqual(
            refreshed.steps.filter(isTask).map((s) => [s.op, s.changed]),
            [["read", true]],
        );
        assert.equal(resourceNamed(stack.engine, "analyse").outputs.description, "changed in the console");
        assert.deepEqual(taskOps(await stack.engine.preview()), ["update"]);
        const consolePuts = requestsTo(`PUT ${TASKS}/{task_id}`).length;
        const restored = await stack.engine.up();
        assert.deepEqual(taskOps(restored), ["update"]);
        assert.deepEqual(
            requestsTo(`PUT ${TASKS}/{task_id}`)
                .slice(consolePuts)
                .map((r) => r.body),
            [{ description: knobs.description }],
        );
        assert.equal(stack.emulator.createdTasks().processor, 1);
    });

    it("replaces the task on any other change, deleting the old one first because its name is kept", async () => {
        const first = await stack.engine.up();
        knobs.opList = ["label_stats"];
        const replaced = await stack.engine.up();
        assert.equal(replaced.ok, true, replaced.errors.join("\n"));
        // Names are unique (ModelArts.4709): creating first would be refused, so the old copy goes first.
        assert.deepEqual(taskOps(replaced), ["delete", "replace"]);
        assert.notEqual(replaced.outputs.taskId, first.outputs.taskId);
        const writes = stack.emulator.requests.filter((r) => r.method !== "GET");
        assert.deepEqual(
            writes.slice(-2).map((r) => [r.route, r.status]),
            [
                [`DELETE ${TASKS}/{task_id}`, 200],
                [`POST ${TASKS}`, 200],
            ],
        );
        assert.ok(
            writes[writes.length - 2]!.path.endsWith(`/${String(first.outputs.taskId)}`),
            "the old task is deleted",
        );
        assert.deepEqual((writes[writes.length - 1]!.body as { template: unknown }).template, {
            id: "sys_data_analyse",
            operator_params: [{ id: "sys_data_analyse", params: { op_list: ["label_stats"] } }],
        });
        assert.equal(stack.emulator.createdTasks().processor, 2);
    });

    it("deletes the task on destroy", async () => {
        const created = await stack.engine.up();
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true);
        assert.deepEqual(
            destroyed.steps.filter(isTask).map((s) => [s.op, s.id]),
            [["delete", created.outputs.taskId]],
        );
        const deletes = requestsTo(`DELETE ${TASKS}/{task_id}`);
        assert.deepEqual(
            deletes.map((r) => [r.path.endsWith(`/${String(created.outputs.taskId)}`), r.status]),
            [[true, 200]],
        );
        await assert.rejects(stack.api("GET", `/processor-tasks/${String(created.outputs.taskId)}`), /ModelArts\.4700/);
    });

    it("counts a task already deleted on the server as deleted, so destroy succeeds", async () => {
        const created = await stack.engine.up();
        await stack.api("DELETE", `/processor-tasks/${String(created.outputs.taskId)}`);
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true, JSON.stringify(destroyed.steps));
        assert.deepEqual(taskOps(destroyed), ["delete"]);
        assert.equal(stack.engine.state.resources.filter((r) => r.custom).length, 0);
        // The provider did ask: its DELETE met the documented not-found answer (400 ModelArts.4700).
        assert.deepEqual(
            requestsTo(`DELETE ${TASKS}/{task_id}`).map((r) => r.status),
            [200, 400],
        );
    });

    it("keeps a failed task (status 3) in state with its id; the next up deletes it and runs a new one", async () => {
        // Files with image names but no image inside: validation finds no valid sample and fails the task.
        stack.putObject("my-bucket", "broken/a.png", "not a PNG");
        stack.putObject("my-bucket", "broken/b.jpg", "not a JPEG");
        knobs.datasetId = await stack.createDataset("broken-images", "obs://my-bucket/broken/");
        knobs.templateId = "sys_data_validation";
        const first = await stack.engine.up();
        assert.equal(first.ok, false);
        const failed = first.steps.find((s) => s.op === "failed");
        assert.ok(failed?.id, "the failed step carries the task id");
        assert.match(failed.error ?? "", /no valid sample among 2/);
        const kept = resourceNamed(stack.engine, "analyse");
        assert.equal(kept.id, failed.id);
        assert.deepEqual([kept.outputs.status, kept.outputs.statusName], [3, "FAILED"]);

        const preview = await stack.engine.preview();
        assert.deepEqual(
            preview.steps.filter(isTask).map((s) => [s.op, s.replaces]),
            [["replace", ["status"]]],
        );
        // The data is fixed: the broken files become images. Same name, so the failed task is deleted first.
        stack.putObject("my-bucket", "broken/a.png", PNG);
        stack.putObject("my-bucket", "broken/b.jpg", PNG);
        const second = await stack.engine.up();
        assert.equal(second.ok, true, second.errors.join("\n"));
        assert.deepEqual(taskOps(second), ["delete", "replace"]);
        assert.equal(requestsTo(`DELETE ${TASKS}/{task_id}`).length, 1);
        assert.equal(requestsTo(`POST ${TASKS}`).length, 2);
        assert.notEqual(resourceNamed(stack.engine, "analyse").id, failed.id);
    });
});

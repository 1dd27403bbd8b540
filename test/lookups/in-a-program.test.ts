import assert from "node:assert/strict";
import { DATASET_ID, EmulatedStack, modelarts, resourceNamed, startEmulatedStack } from "../../testkit/emulated-stack";

const DATASET_LIST = "GET /v2/{project_id}/datasets";

/**
 * A user's program: the dataset found by its name feeds an ImportTask, and a second lookup, waiting for that
 * task, lists the dataset's imports. The package is loaded by its name from the build, as a program loads it.
 */
function lookupProgram(knobs: { name: string }) {
    return () => {
        const m = modelarts();
        const dataset = m.getDatasetOutput({ name: knobs.name });
        const task = new m.ImportTask("raw", {
            datasetId: dataset.datasetId,
            importPath: "obs://my-bucket/raw/cats-dogs/",
            importType: "dir",
        });
        const imports = m.getImportTasksOutput({ datasetId: dataset.datasetId }, { dependsOn: task });
        return {
            datasetId: dataset.datasetId,
            sampleCount: dataset.totalSampleCount,
            listedTasks: imports.importTasks.apply((tasks) => tasks.map((t) => t.taskId)),
        };
    };
}

describe("lookups in a program, through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    const knobs = { name: "cats-dogs" };
    beforeEach(async () => {
        knobs.name = "cats-dogs";
        stack = await startEmulatedStack({ program: lookupProgram(knobs), sampleData: true });
    });
    afterEach(() => stack.close());

    const routes = () => stack.emulator.requests.map((r) => r.route);

    it("looks the dataset up under preview too, so the ImportTask's datasetId is known there", async () => {
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, true, preview.errors.join("\n"));
        assert.ok(routes().includes(DATASET_LIST), "the dataset list was read");
        assert.ok(!routes().some((r) => r?.startsWith("POST")), "a preview creates nothing");
        const checks = stack.engine.transcript.entries.filter((e) => e.kind === "request" && e.method === "Check");
        const news = checks.map((e) => (e.data as { news: { datasetId?: unknown } }).news);
        assert.deepEqual(
            news.map((n) => n.datasetId),
            [DATASET_ID],
        );
    });

    it("feeds the dataset id into the ImportTask, and lists the task once it exists (dependsOn)", async () => {
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        const task = resourceNamed(stack.engine, "raw");
        assert.equal(task.outputs.datasetId, DATASET_ID);
        assert.deepEqual(result.outputs.listedTasks, [task.id]);
        assert.equal(typeof result.outputs.sampleCount, "number");
    });

    it("is retried like the resources' requests when the service throttles", async () => {
        stack.emulator.planFault({ route: DATASET_LIST, fault: 429 });
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, true, preview.errors.join("\n"));
        const lists = stack.emulator.requests.filter((r) => r.route === DATASET_LIST).map((r) => r.status);
        assert.deepEqual(lists, [429, 200]);
    });

    it("fails the program with the lookup's message when the name matches no dataset", async () => {
        knobs.name = "cats";
        const result = await stack.engine.preview();
        assert.equal(result.ok, false);
        assert.match(
            result.errors.join("\n"),
            /getDataset: no dataset is named "cats"; a search for it found only "cats-dogs"/,
        );
    });
});

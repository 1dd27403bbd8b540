import assert from "node:assert/strict";
import { readdirSync } from "fs";
import { join } from "path";
import type { RunResult } from "../../harness/step";
import { EmulatedStack, isTask, repoRoot, resourceNamed, startEmulatedStack } from "../../testkit/emulated-stack";

const pipelineDir = join(repoRoot, "examples", "pipeline");
const TASK_DURATION_MS = 300;

/** `examples/pipeline` as `npm run demo` runs it: the shipped program, its directory, the shipped sample data. */
describe("the pipeline example through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let first: RunResult;

    // One `up` serves the assertions below: each step waits for the previous one, so a run takes a few seconds.
    before(async () => {
        stack = await startEmulatedStack({
            programPath: join(pipelineDir, "index.ts"),
            projectDir: pipelineDir,
            sampleData: true,
            emulator: { taskDurationMs: TASK_DURATION_MS },
        });
        first = await stack.engine.up();
    });
    after(() => stack.close());

    it("builds everything from an empty project: dataset, import, validation, version, export of that version", () => {
        assert.equal(first.ok, true, `${first.errors.join("\n")}\n${JSON.stringify(first.steps)}`);
        assert.deepEqual(first.outputs, {
            datasetStatus: "NORMAL",
            datasetSamples: 12,
            importStatus: "COMPLETED",
            importedSamples: 12,
            validationStatus: "COMPLETED",
            versionStatus: "PUBLISHED",
            versionSamples: 12,
            exportStatus: "SUCCESSED",
            exportedSamples: 12,
        });
        assert.deepEqual(
            first.steps.filter(isTask).map((s) => [s.name, s.op]),
            [
                ["animals", "create"],
                ["raw", "create"],
                ["validate", "create"],
                ["release", "create"],
                ["to-obs", "create"],
            ],
        );
    });

    it("exports the version the stack published", () => {
        const exportTask = resourceNamed(stack.engine, "to-obs");
        assert.equal(exportTask.outputs.versionId, resourceNamed(stack.engine, "release").id);
        const post = stack.emulator.requests.find((r) => r.route?.endsWith("/export-tasks") && r.method === "POST");
        assert.equal((post?.body as { version_id?: string }).version_id, resourceNamed(stack.engine, "release").id);
    });

    it("feeds the import's real task id and count into the validation's description", async () => {
        const importId = resourceNamed(stack.engine, "raw").id;
        const expected = `checks the 12 samples of import ${importId}`;
        const validate = resourceNamed(stack.engine, "validate");
        assert.equal(validate.outputs.description, expected);
        // …and that is what reached ModelArts, not a placeholder of the preview.
        const server = await stack.api<{ description: string }>("GET", `/processor-tasks/${validate.id}`);
        assert.equal(server.description, expected);
    });

    it("starts each step only after the previous one ended", () => {
        const creates = stack.emulator.requests.filter((r) => r.method === "POST");
        assert.deepEqual(
            creates.map((r) => r.route?.split("/").pop()),
            ["datasets", "import-tasks", "processor-tasks", "versions", "export-tasks"],
        );
        // Each run of this emulator ends TASK_DURATION_MS after its create: no create may come sooner after the last.
        for (let i = 1; i < creates.length; i++) assert.ok(creates[i]!.atMs - creates[i - 1]!.atMs >= TASK_DURATION_MS);
    });

    it("writes the exported files to the bucket", () => {
        const files = readdirSync(join(stack.dataDir, "obs", "my-bucket", "export"));
        assert.equal(files.filter((f) => /\.(png|jpg)$/.test(f)).length, 12);
        assert.ok(files.includes(`${resourceNamed(stack.engine, "to-obs").id}.manifest`));
    });

    it("shows every resource unchanged on a second up, creating no task", async () => {
        const before = stack.emulator.createdTasks();
        const second = await stack.engine.up();
        assert.equal(second.ok, true, second.errors.join("\n"));
        assert.deepEqual(
            second.steps.filter(isTask).map((s) => [s.name, s.op]),
            [
                ["animals", "same"],
                ["raw", "same"],
                ["validate", "same"],
                ["release", "same"],
                ["to-obs", "same"],
            ],
        );
        assert.deepEqual(stack.emulator.createdTasks(), before);
    });

    it("removes what the stack made on destroy, in reverse order, keeping the source images", async () => {
        const datasetId = resourceNamed(stack.engine, "animals").id;
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true, JSON.stringify(destroyed.steps));
        assert.deepEqual(
            destroyed.steps.filter(isTask).map((s) => s.name),
            ["to-obs", "release", "validate", "raw", "animals"],
        );
        // Imports and exports have no delete API: they go with their dataset.
        const deletes = stack.emulator.requests
            .filter((r) => r.method === "DELETE")
            .map((r) => r.route?.split("/").slice(-2)[0]);
        assert.deepEqual(deletes, ["versions", "processor-tasks", "datasets"]);
        await assert.rejects(stack.api("GET", `/datasets/${datasetId}`), /ModelArts\.4352/);
        assert.equal(readdirSync(join(stack.dataDir, "obs", "my-bucket", "raw", "cats-dogs", "cat")).length, 3);
    });
});

import assert from "node:assert/strict";
import {
    assertSteady,
    DATASET_ID,
    EmulatedStack,
    isTask,
    modelarts,
    PNG,
    startEmulatedStack,
    taskOps,
} from "../../testkit/emulated-stack";

interface Knobs {
    importPath: string;
    importType: string;
    timeout?: string;
}

/** The quickstart's shape, with inputs a test can change between runs. */
function importProgram(knobs: Knobs) {
    return () => {
        const task = new (modelarts().ImportTask)("raw-images", {
            datasetId: DATASET_ID,
            importPath: knobs.importPath,
            importType: knobs.importType as "dir",
            ...(knobs.timeout ? { timeout: knobs.timeout } : {}),
        });
        return { taskId: task.taskId, status: task.status, imported: task.importedSampleCount };
    };
}

describe("ImportTask through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    const knobs: Knobs = { importPath: "obs://my-bucket/raw/cats-dogs/", importType: "dir" };

    beforeEach(async () => {
        knobs.importPath = "obs://my-bucket/raw/cats-dogs/";
        knobs.importType = "dir";
        delete knobs.timeout;
        stack = await startEmulatedStack({ program: importProgram(knobs) });
        for (let i = 0; i < 7; i++) stack.putObject("my-bucket", `raw/cats-dogs/cat-${i}.png`, PNG);
        stack.putObject("my-bucket", "raw/other/dog-0.png", PNG);
    });
    afterEach(() => stack.close());

    it("rejects a bad input at preview with the property and allowed values, and calls no API", async () => {
        knobs.importType = "folder";
        const result = await stack.engine.preview();
        assert.equal(result.ok, false);
        const failed = result.steps.find((s) => s.op === "failed");
        assert.ok(failed?.failures?.some((f) => f.property === "importType" && /"dir".*"manifest"/.test(f.reason)));
        assert.equal(stack.emulator.requests.length, 0);
    });

    it("creates the task, waits until COMPLETED and reports the imported count", async () => {
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(result.outputs.status, "COMPLETED");
        assert.equal(result.outputs.imported, 7);
        assert.equal(stack.emulator.createdTasks().import, 1);
        const posts = stack.emulator.requests.filter((r) => r.method === "POST");
        assert.equal(posts.length, 1, "one create call");
    });

    it("shows no change for the same program, and none after a refresh", async () => {
        await stack.engine.up();
        await assertSteady(stack, "import");
    });

    it("keeps the user's s3:// path although the server echoes obs://", async () => {
        knobs.importPath = "s3://my-bucket/raw/cats-dogs/";
        await stack.engine.up();
        await stack.engine.refresh();
        assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);
    });

    it("replaces the task when importPath changes, and updates in place when only timeout changes", async () => {
        await stack.engine.up();
        const firstId = stack.engine.state.resources.find((r) => r.type.endsWith("ImportTask"))?.id;
        knobs.timeout = "30m";
        assert.deepEqual(taskOps(await stack.engine.up()), ["update"]);
        knobs.importPath = "obs://my-bucket/raw/other/";
        const replaced = await stack.engine.up();
        assert.deepEqual(taskOps(replaced), ["replace", "delete"]);
        assert.equal(replaced.outputs.imported, 1);
        assert.notEqual(replaced.outputs.taskId, firstId);
        assert.equal(stack.emulator.createdTasks().import, 2);
    });

    it("keeps a FAILED task in state with its id and error, and the next up replaces it with a new task", async () => {
        knobs.importPath = "obs://my-bucket/does/not/exist/";
        const first = await stack.engine.up();
        assert.equal(first.ok, false);
        const failed = first.steps.find((s) => s.op === "failed");
        assert.ok(failed?.id, "the failed step carries the task id");
        assert.match(failed.error ?? "", /ModelArts\.\d{4}/);
        assert.match(failed.error ?? "", /next `pulumi up` replaces it with a new task/);
        const kept = stack.engine.state.resources.find((r) => r.id === failed.id);
        assert.equal(kept?.outputs.status, "FAILED");
        const second = await stack.engine.up();
        assert.deepEqual(
            second.steps.filter(isTask).map((s) => [s.op, s.replaces]),
            [["failed", undefined]],
        );
        const replacementId = second.steps.find((s) => s.op === "failed")?.id;
        assert.ok(replacementId !== undefined && replacementId !== failed.id, "a new task ran, and failed again");
        assert.equal(stack.emulator.createdTasks().import, 2);
    });

    it("resumes waiting on the same task after a timeout, and completes it", async () => {
        await stack.close();
        stack = await startEmulatedStack({ program: importProgram(knobs), emulator: { taskDurationMs: 3_500 } });
        for (let i = 0; i < 3; i++) stack.putObject("my-bucket", `raw/cats-dogs/cat-${i}.png`, PNG);
        knobs.timeout = "2s";
        const first = await stack.engine.up();
        assert.equal(first.ok, false);
        const taskId = first.steps.find((s) => s.op === "failed")?.id;
        assert.match(first.steps.find((s) => s.op === "failed")?.error ?? "", /timed out after 2s/);
        knobs.timeout = "1m";
        const second = await stack.engine.up();
        assert.equal(second.ok, true, second.errors.join("\n"));
        assert.deepEqual(taskOps(second), ["update"]);
        assert.equal(second.outputs.taskId, taskId);
        assert.equal(second.outputs.status, "COMPLETED");
        assert.equal(stack.emulator.createdTasks().import, 1);
    });

    it("keeps credentials out of __provider, state, outputs and everything that crossed the host boundary", async () => {
        await stack.engine.up();
        const secret = stack.engine.config["modelarts:secretKey"];
        assert.ok(secret, "the stack is configured with a secret key");
        const providerText = stack.engine.providerText("raw-images");
        assert.ok(providerText.length <= 4 * 1024, `__provider is ${providerText.length} bytes (target: ≤ 4 KiB)`);
        assert.ok(!providerText.includes(secret));
        assert.ok(!JSON.stringify(stack.engine.state).includes(secret));
        assert.ok(!stack.engine.transcript.text(["response", "error", "stdout", "stderr"]).includes(secret));
    });

    it("says both ways to set missing credentials, without calling the API", async () => {
        const { "modelarts:secretKey": _, ...config } = stack.engine.config;
        stack.engine.config = config;
        const result = await stack.engine.up();
        assert.equal(result.ok, false);
        const error = result.steps.find((s) => s.op === "failed")?.error ?? result.errors.join("\n");
        assert.match(error, /modelarts:secretKey/);
        assert.match(error, /HW_SECRET_KEY/);
        assert.equal(stack.emulator.requests.length, 0);
    });
});

import assert from "node:assert/strict";
import { readdirSync } from "fs";
import { join } from "path";
import type { RunResult } from "../../harness/step";
import { DEMO_CREDENTIALS } from "../../emulator/defaults";
import { EmulatedStack, isTask, repoRoot, resourceNamed, startEmulatedStack } from "../../testkit/emulated-stack";
import { officialObsClient } from "../../testkit/official-obs-client";

const pipelineDir = join(repoRoot, "examples", "pipeline");
const TASK_DURATION_MS = 300;

/** The last segment of each route the emulator answered to `method` since request `from` (e.g. `versions`). */
function routesSince(stack: EmulatedStack, from: number, method: string): Array<string | undefined> {
    return stack.emulator.requests
        .slice(from)
        .filter((r) => r.method === method)
        .map((r) => r.route?.split("/").slice(-2)[0]);
}

/** The names of the resources the provider was asked to `Delete` since transcript entry `from`. */
function deleteCallsSince(stack: EmulatedStack, from: number): string[] {
    return stack.engine.transcript.entries
        .slice(from)
        .filter((e) => e.kind === "request" && e.method === "Delete")
        .map((e) => String((e.data as { urn: string }).urn.split("::").pop()));
}

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
            versionName: "V001",
            versionStatus: "PUBLISHED",
            versionSamples: 12,
            releases: ["V001"],
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

    it("chains the triggers: the validation's are the import's task id, the release's the validation's", () => {
        const validate = resourceNamed(stack.engine, "validate");
        assert.deepEqual(validate.inputs.triggers, [resourceNamed(stack.engine, "raw").id]);
        const release = resourceNamed(stack.engine, "release");
        assert.deepEqual(release.inputs.triggers, [validate.id]);
        assert.equal(release.retainOnDelete, true);
        assert.equal(release.inputs.versionName, undefined);
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

    it("shows every resource unchanged on a second up, creating no task, asking ModelArts nothing for them", async () => {
        const before = stack.emulator.createdTasks();
        const fromRequest = stack.emulator.requests.length;
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
        // The tracked import lists its folder in OBS; the only ModelArts requests are the program's two lookups.
        const sent = stack.emulator.requests.slice(fromRequest);
        const modelartsSent = sent
            .filter((r) => /^\/v[12]\//.test(r.path))
            .map((r) => r.route ?? `${r.method} ${r.path}`);
        assert.deepEqual([...new Set(modelartsSent)].sort(), [
            "GET /v2/{project_id}/datasets/{dataset_id}",
            "GET /v2/{project_id}/datasets/{dataset_id}/versions",
        ]);
        assert.ok(
            sent.some((r) => r.path === "/my-bucket/" && r.method === "GET"),
            "the import path was listed",
        );
    });

    it("carries a new import run down the chain: validation, release and export replaced, V001 kept", async () => {
        const datasetId = resourceNamed(stack.engine, "animals").id!;
        const before = Object.fromEntries(
            ["raw", "validate", "release", "to-obs"].map((name) => [name, resourceNamed(stack.engine, name).id]),
        );
        const fromRequest = stack.emulator.requests.length;
        const fromEntry = stack.engine.transcript.entries.length;
        stack.engine.config = { ...stack.engine.config, "pipeline:batch": "2026-12-08" };

        const rerun = await stack.engine.up();

        assert.equal(rerun.ok, true, `${rerun.errors.join("\n")}\n${JSON.stringify(rerun.steps)}`);
        assert.deepEqual(
            rerun.steps.filter((s) => isTask(s) && s.op !== "delete").map((s) => [s.name, s.op]),
            [
                ["animals", "same"],
                ["raw", "replace"],
                ["validate", "replace"],
                ["release", "replace"],
                ["to-obs", "replace"],
            ],
        );
        // Each old copy leaves the stack; the old version's delete is retained: no Delete call, no DELETE request.
        assert.deepEqual(
            rerun.steps
                .filter((s) => isTask(s) && s.op === "delete")
                .map((s) => [s.name, s.id, s.retained ?? false])
                .sort(),
            [
                ["raw", before.raw, false],
                ["release", before.release, true],
                ["to-obs", before["to-obs"], false],
                ["validate", before.validate, false],
            ],
        );
        assert.deepEqual(deleteCallsSince(stack, fromEntry).sort(), ["raw", "to-obs", "validate"]);
        // The processing task keeps its name, so it goes first; imports and exports have no delete API.
        assert.deepEqual(routesSince(stack, fromRequest, "DELETE"), ["processor-tasks"]);
        for (const name of ["raw", "validate", "release", "to-obs"]) {
            assert.notEqual(resourceNamed(stack.engine, name).id, before[name], `${name} was replaced`);
        }
        assert.equal(stack.engine.state.resources.filter((r) => r.name === "release").length, 1);

        // The new version, V002, is exported; V001 stays in ModelArts, published, listed by the program's lookup.
        const release = resourceNamed(stack.engine, "release");
        assert.equal(rerun.outputs.versionName, "V002");
        assert.equal(resourceNamed(stack.engine, "to-obs").outputs.versionId, release.id);
        assert.deepEqual([...(rerun.outputs.releases as string[])].sort(), ["V001", "V002"]);
        const first = await stack.api<{ version_name: string; status: number }>(
            "GET",
            `/datasets/${datasetId}/versions/${before.release}`,
        );
        assert.deepEqual([first.version_name, first.status], ["V001", 1]);
        const listed = await stack.api<{ versions: Array<{ version_id: string }> }>(
            "GET",
            `/datasets/${datasetId}/versions`,
        );
        assert.deepEqual(listed.versions.map((v) => v.version_id).sort(), [before.release, release.id].sort());
    });

    it("when new pictures land in OBS, previews the replaced chain with +N new, and one up publishes the next release", async () => {
        const releasesBefore = (await stack.engine.up()).outputs.releases as string[];
        const importsBefore = stack.emulator.createdTasks().import;
        const client = await officialObsClient(stack.emulator.url, DEMO_CREDENTIALS);
        const picture = join(
            repoRoot,
            "examples",
            "sample-data",
            "obs",
            "my-bucket",
            "raw",
            "cats-dogs",
            "bird-02.png",
        );
        try {
            for (const name of ["bird-04.png", "bird-05.png"]) {
                await client.putObject({ Bucket: "my-bucket", Key: `raw/cats-dogs/${name}`, SourceFile: picture });
            }
        } finally {
            client.close();
        }
        const seen = stack.engine.logs().length;
        const preview = await stack.engine.preview();
        assert.deepEqual(
            preview.steps.filter(isTask).map((s) => [s.name, s.op]),
            [
                ["animals", "same"],
                ["raw", "replace"],
                ["validate", "replace"],
                ["release", "replace"],
                ["to-obs", "replace"],
            ],
        );
        const said = stack.engine
            .logs()
            .slice(seen)
            .map((l) => l.message);
        assert.ok(
            said.some((m) =>
                /^obs:\/\/my-bucket\/raw\/cats-dogs\/: \+2 new, 0 changed, 0 removed since the last import/.test(m),
            ),
            said.join("\n"),
        );
        const up = await stack.engine.up();
        assert.equal(up.ok, true, up.errors.join("\n"));
        assert.equal(stack.emulator.createdTasks().import, importsBefore + 1, "exactly one new import");
        const releases = up.outputs.releases as string[];
        assert.equal(releases.length, releasesBefore.length + 1, "a new release beside the earlier ones");
        for (const name of releasesBefore) assert.ok(releases.includes(name), `${name} is still listed`);
        assert.equal(up.outputs.importedSamples, (first.outputs.importedSamples as number) + 2);
    });

    it("removes what the stack made on destroy, in reverse order, keeping the source images", async () => {
        const datasetId = resourceNamed(stack.engine, "animals").id;
        const fromRequest = stack.emulator.requests.length;
        const fromEntry = stack.engine.transcript.entries.length;
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true, JSON.stringify(destroyed.steps));
        assert.deepEqual(
            destroyed.steps.filter(isTask).map((s) => s.name),
            ["to-obs", "release", "validate", "raw", "animals"],
        );
        assert.deepEqual(stack.engine.state.resources, []);
        // The release is retained: its delete calls no provider Delete and sends no DELETE (before `retainOnDelete`,
        // destroy deleted the version). Imports and exports have no delete API: they go with their dataset, and so
        // do the dataset's versions, the retained ones too.
        assert.equal(destroyed.steps.find((s) => s.name === "release")?.retained, true);
        assert.deepEqual(deleteCallsSince(stack, fromEntry).sort(), ["animals", "raw", "to-obs", "validate"]);
        assert.deepEqual(routesSince(stack, fromRequest, "DELETE"), ["processor-tasks", "datasets"]);
        await assert.rejects(stack.api("GET", `/datasets/${datasetId}`), /ModelArts\.4352/);
        assert.equal(readdirSync(join(stack.dataDir, "obs", "my-bucket", "raw", "cats-dogs", "cat")).length, 3);
    });
});

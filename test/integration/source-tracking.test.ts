/**
 * `trackSource` through the engine-side harness, against the emulator's ModelArts and OBS: files land in OBS through
 * the official OBS client, and a preview says what they would do to the dataset before an `up` imports them.
 */
import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import type { SourceRecord as RecordedSource } from "../../provider/schemas/source-record";
import { DEMO_CREDENTIALS } from "../../emulator/defaults";
import { DATASET_ID, EmulatedStack, modelarts, PNG, startEmulatedStack, taskOps } from "../../testkit/emulated-stack";
import { officialObsClient, OfficialObsClient } from "../../testkit/official-obs-client";

interface Knobs {
    importPath: string;
    trackSource: boolean | { maxObjects?: number; settle?: string };
    timeout?: string;
    /** Import the path only once another import has run: the path is unknown at its first preview. */
    afterAnother?: boolean;
    lookup?: boolean;
    /** Resources the program declares besides `raw`, to check what `check` refuses. */
    refused?: boolean;
}

function trackedProgram(knobs: Knobs) {
    return () => {
        const sdk = modelarts();
        const first = knobs.afterAnother
            ? new sdk.ImportTask("first", { datasetId: DATASET_ID, importPath: "obs://my-bucket/raw/other/" })
            : undefined;
        const importPath = first ? first.taskId.apply(() => knobs.importPath) : knobs.importPath;
        const task = new sdk.ImportTask("raw", {
            datasetId: DATASET_ID,
            importPath,
            importType: "dir",
            trackSource: knobs.trackSource,
            ...(knobs.timeout ? { timeout: knobs.timeout } : {}),
        });
        if (knobs.refused) {
            new sdk.ImportTask("db", {
                datasetId: DATASET_ID,
                importOrigin: "dws",
                dataSource: { dataType: 1, sourceInfo: { databaseName: "db", tableName: "t" } },
                trackSource: true,
            });
            new sdk.ImportTask("given", {
                datasetId: DATASET_ID,
                importPath: "obs://my-bucket/raw/cats-dogs/",
                ...({ sourceFingerprint: "sha256:00" } as object),
            });
        }
        const listed = knobs.lookup ? sdk.getObsObjectsOutput({ path: knobs.importPath }) : undefined;
        return {
            taskId: task.taskId,
            source: task.source as pulumi.Output<unknown>,
            ...(listed ? { listedFingerprint: listed.fingerprint } : {}),
        };
    };
}

describe("trackSource through the engine-side harness", function () {
    this.timeout(120_000);
    let stack: EmulatedStack;
    let obs: OfficialObsClient;
    const knobs: Knobs = { importPath: "", trackSource: true };

    beforeEach(async () => {
        Object.assign(knobs, { importPath: "obs://my-bucket/raw/cats-dogs/", trackSource: true });
        delete knobs.timeout;
        delete knobs.afterAnother;
        delete knobs.lookup;
        delete knobs.refused;
        stack = await startEmulatedStack({ program: trackedProgram(knobs) });
        for (let i = 0; i < 5; i++) stack.putObject("my-bucket", `raw/cats-dogs/cat-${i}.png`, PNG);
        stack.putObject("my-bucket", "raw/other/dog-0.png", PNG);
        obs = await officialObsClient(stack.emulator.url, DEMO_CREDENTIALS);
    });
    afterEach(async () => {
        obs.close();
        await stack.close();
    });

    const modelartsRequests = () => stack.emulator.requests.filter((r) => /^\/v[12]\//.test(r.path));
    const notes = () =>
        stack.engine
            .logs()
            .filter((l) => !l.ephemeral)
            .map((l) => l.message);
    const raw = () => stack.engine.state.resources.find((r) => r.urn.endsWith("::raw"))!;

    it("records what the import saw, and with no change in OBS shows no diff and sends ModelArts nothing", async () => {
        const first = await stack.engine.up();
        assert.equal(first.ok, true, first.errors.join("\n"));
        const source = first.outputs.source as RecordedSource;
        assert.equal(source.objectCount, 5);
        assert.equal(source.totalBytes, 5 * PNG.length);
        assert.match(source.fingerprint, /^sha256:[0-9a-f]{64}$/);
        assert.equal(raw().inputs.sourceFingerprint, source.fingerprint);
        assert.equal(stack.emulator.createdTasks().import, 1);

        const before = modelartsRequests().length;
        assert.deepEqual(taskOps(await stack.engine.preview()), ["same"]);
        assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);
        assert.equal(modelartsRequests().length, before, "no ModelArts request: only the OBS listing");
        assert.equal(stack.emulator.createdTasks().import, 1);
    });

    it("previews a replace with +1 new when a file lands, and the up imports exactly once more", async () => {
        await stack.engine.up();
        await obs.putObject({ Bucket: "my-bucket", Key: "raw/cats-dogs/cat-new.png", Body: "new picture" });
        const preview = await stack.engine.preview();
        assert.deepEqual(taskOps(preview), ["replace"]);
        const step = preview.steps.find((s) => s.name === "raw")!;
        assert.ok(step.replaces?.includes("sourceFingerprint"), JSON.stringify(step));
        assert.ok(
            notes().some((n) =>
                /^obs:\/\/my-bucket\/raw\/cats-dogs\/: \+1 new, 0 changed, 0 removed since the last import \(6 objects, /.test(
                    n,
                ),
            ),
            notes().join("\n"),
        );
        const up = await stack.engine.up();
        assert.deepEqual(taskOps(up), ["replace", "delete"], "the new import, then the old one forgotten");
        assert.equal(stack.emulator.createdTasks().import, 2, "exactly one new import");
        assert.equal((up.outputs.source as RecordedSource).objectCount, 6);
        assert.deepEqual(taskOps(await stack.engine.preview()), ["same"]);
    });

    it("counts an object rewritten with other bytes as changed, and a deleted one as removed", async () => {
        await stack.engine.up();
        await obs.putObject({ Bucket: "my-bucket", Key: "raw/cats-dogs/cat-1.png", Body: "other bytes" });
        await obs.deleteObject({ Bucket: "my-bucket", Key: "raw/cats-dogs/cat-2.png" });
        await stack.engine.preview();
        assert.ok(
            notes().some((n) => n.includes(": +0 new, 1 changed, 1 removed since the last import (4 objects")),
            notes().join("\n"),
        );
    });

    it("lists over three pages, following the marker, and the lookup's fingerprint equals the resource's", async () => {
        for (let i = 5; i < 2_500; i++)
            stack.putObject("my-bucket", `raw/cats-dogs/${String(i).padStart(5, "0")}.png`, PNG);
        knobs.trackSource = { maxObjects: 3_000 };
        knobs.lookup = true;
        const up = await stack.engine.up();
        assert.equal(up.ok, true, up.errors.join("\n"));
        const source = up.outputs.source as RecordedSource;
        assert.equal(source.objectCount, 2_500);
        assert.equal(source.digests, undefined, "too many objects to keep one digest each");
        assert.equal(up.outputs.listedFingerprint, source.fingerprint);
        assert.ok(JSON.stringify(raw().outputs).length < 16 * 1024, "the state stays small");
        const listings = stack.emulator.requests.filter((r) => r.path === "/my-bucket/" || r.path === "/my-bucket");
        assert.ok(listings.length >= 3, `${listings.length} listing requests`);
        // Beyond the digests' budget the preview says what it knows.
        await obs.putObject({ Bucket: "my-bucket", Key: "raw/cats-dogs/zz.png", Body: "one more" });
        await stack.engine.preview();
        assert.ok(
            notes().some((n) => /changed since the last import: 2500 → 2501 objects/.test(n)),
            notes().join("\n"),
        );
    });

    it("fails closed over maxObjects, naming the count and both ways out", async () => {
        knobs.trackSource = { maxObjects: 3 };
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, false);
        const failure = preview.steps.flatMap((s) => s.failures ?? []).find((f) => f.property === "trackSource");
        assert.match(failure?.reason ?? "", /more than 3 objects.*raise maxObjects.*triggers/);
        assert.equal(modelartsRequests().length, 0);
    });

    it("names the ListBucket permission when OBS refuses the listing, and never takes it for an empty path", async () => {
        stack.emulator.denyObsListing("my-bucket");
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, false);
        const failure = preview.steps.flatMap((s) => s.failures ?? []).find((f) => f.property === "trackSource");
        assert.match(failure?.reason ?? "", /my-bucket.*obs:bucket:ListBucket.*trackSource: false/);
    });

    it("names the AK/SK settings when only an IAM token is configured: OBS takes AK/SK only", async () => {
        await stack.close();
        stack = await startEmulatedStack({
            program: trackedProgram(knobs),
            config: { "modelarts:accessKey": "", "modelarts:secretKey": "", "modelarts:authToken": "an-iam-token" },
        });
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, false);
        const failure = preview.steps.flatMap((s) => s.failures ?? []).find((f) => f.property === "trackSource");
        assert.match(
            failure?.reason ?? "",
            /OBS accepts AK\/SK credentials only.*modelarts:accessKey.*modelarts:secretKey/,
        );
        assert.doesNotMatch(JSON.stringify(preview), /an-iam-token/);
    });

    it("refuses trackSource on an import that reads a database, and a sourceFingerprint given by the program", async () => {
        knobs.refused = true;
        const preview = await stack.engine.preview();
        const failures = preview.steps.flatMap((s) => s.failures ?? []);
        assert.ok(
            failures.some((f) => f.property === "trackSource" && /reads none \(a database source\)/.test(f.reason)),
            JSON.stringify(failures),
        );
        assert.ok(
            failures.some((f) => f.property === "sourceFingerprint" && /computed by the provider/.test(f.reason)),
        );
    });

    it("lists nothing for a path unknown at preview, and lists it in the up that knows it", async () => {
        knobs.afterAnother = true;
        const preview = await stack.engine.preview();
        assert.equal(preview.ok, true, preview.errors.join("\n"));
        assert.equal(stack.emulator.requests.length, 0, "no request at all: the path is not known yet");
        const up = await stack.engine.up();
        assert.equal(up.ok, true, up.errors.join("\n"));
        assert.equal((up.outputs.source as RecordedSource).objectCount, 5);
    });

    it("waits for the path to settle before it imports, within the timeout", async () => {
        knobs.trackSource = { settle: "2s" };
        await obs.putObject({ Bucket: "my-bucket", Key: "raw/cats-dogs/cat-late.png", Body: "still uploading" });
        const startedMs = Date.now();
        const up = await stack.engine.up();
        assert.equal(up.ok, true, up.errors.join("\n"));
        assert.ok(
            notes().some((n) => /an upload may still be running/.test(n)),
            notes().join("\n"),
        );
        const created = modelartsRequests().find((r) => r.method === "POST")!;
        assert.ok(
            created.atMs - startedMs >= 1_500,
            `the POST waited for the quiet period (${created.atMs - startedMs} ms)`,
        );
    });

    it("ends the settle wait at the timeout, importing nothing", async () => {
        knobs.trackSource = { settle: "30s" };
        knobs.timeout = "2s";
        await obs.putObject({ Bucket: "my-bucket", Key: "raw/cats-dogs/cat-late.png", Body: "still uploading" });
        const up = await stack.engine.up();
        assert.equal(up.ok, false);
        assert.match(up.errors.join("\n"), /did not stay quiet for 30 s before the timeout: nothing was imported/);
        assert.equal(stack.emulator.createdTasks().import, 0);
    });
});

import assert from "node:assert/strict";
import {
    assertSteady,
    DATASET_ID,
    modelarts,
    resourceNamed,
    startEmulatedStack,
    taskOps,
} from "../../testkit/emulated-stack";
import type { EmulatedStack, EmulatedStackOptions } from "../../testkit/emulated-stack";

const VERSIONS = "/v2/{project_id}/datasets/{dataset_id}/versions";
const VERSION = `${VERSIONS}/{version_id}`;

interface Knobs {
    versionName?: string;
    description: string;
    adoptVersionId?: string;
    triggers?: string | Record<string, string>;
}

describe("DatasetVersion through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let knobs: Knobs;

    const start = async (options: Partial<EmulatedStackOptions> = {}) => {
        stack = await startEmulatedStack({
            program: () => {
                const version = new (modelarts().DatasetVersion)("release", {
                    datasetId: DATASET_ID,
                    description: knobs.description,
                    ...(knobs.versionName === undefined ? {} : { versionName: knobs.versionName }),
                    ...(knobs.adoptVersionId === undefined ? {} : { adoptVersionId: knobs.adoptVersionId }),
                    ...(knobs.triggers === undefined ? {} : { triggers: knobs.triggers }),
                });
                return { versionId: version.versionId, versionName: version.versionName, status: version.statusName };
            },
            sampleData: true,
            ...options,
        });
    };
    beforeEach(() => {
        knobs = { description: "first cut" };
    });
    afterEach(() => stack.close());

    const requestsTo = (route: string) => stack.emulator.requests.filter((r) => r.route === route);

    it("publishes with one POST, named by the service when no name is given, and then shows no change", async () => {
        await start();
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.deepEqual(result.outputs, {
            versionId: resourceNamed(stack.engine, "release").id,
            versionName: "V001",
            status: "PUBLISHED",
        });
        assert.deepEqual(
            requestsTo(`POST ${VERSIONS}`).map((r) => r.body),
            [{ description: "first cut" }],
        );
        await assertSteady(stack, { created: () => requestsTo(`POST ${VERSIONS}`).length });
    });

    it("publishes a new version on any change, deleting the old one first when the name is kept", async () => {
        await start();
        knobs.versionName = "release-1";
        const first = await stack.engine.up();
        knobs.description = "second cut";
        const replaced = await stack.engine.up();
        assert.equal(replaced.ok, true, replaced.errors.join("\n"));
        assert.deepEqual(taskOps(replaced), ["delete", "replace"]);
        assert.notEqual(replaced.outputs.versionId, first.outputs.versionId);
        const writes = stack.emulator.requests.filter((r) => r.method !== "GET").map((r) => r.route);
        assert.deepEqual(writes, [`POST ${VERSIONS}`, `DELETE ${VERSION}`, `POST ${VERSIONS}`]);
    });

    it("publishes a new version when triggers change, sending nothing of them", async () => {
        await start();
        knobs.triggers = { samplesFrom: "sync-1" };
        const first = await stack.engine.up();
        assert.equal(first.ok, true, first.errors.join("\n"));
        assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);
        knobs.triggers = { samplesFrom: "sync-2" };
        const replaced = await stack.engine.up();
        assert.equal(replaced.ok, true, replaced.errors.join("\n"));
        assert.deepEqual(
            replaced.steps.filter((s) => s.type.endsWith("DatasetVersion")).map((s) => [s.op, s.replaces]),
            [
                ["replace", ["triggers"]],
                ["delete", undefined],
            ],
        );
        assert.notEqual(replaced.outputs.versionId, first.outputs.versionId);
        assert.equal(replaced.outputs.versionName, "V002");
        assert.deepEqual(
            requestsTo(`POST ${VERSIONS}`).map((r) => r.body),
            [{ description: "first cut" }, { description: "first cut" }],
        );
    });

    it("refuses a name used by a version it did not publish, naming it, and takes it over with adoptVersionId", async () => {
        await start();
        const { version_id: foreignId } = await stack.api<{ version_id: string }>(
            "POST",
            `/datasets/${DATASET_ID}/versions`,
            {
                version_name: "release-1",
            },
        );
        knobs.versionName = "release-1";
        const refused = await stack.engine.up();
        assert.equal(refused.ok, false);
        assert.match(refused.errors.join("\n"), new RegExp(`dataset version ${foreignId} \\(status \\w+\\)`));
        assert.match(refused.errors.join("\n"), new RegExp(`adoptVersionId: "${foreignId}"`));
        knobs.adoptVersionId = foreignId;
        const adopted = await stack.engine.up();
        assert.equal(adopted.ok, true, adopted.errors.join("\n"));
        assert.equal(adopted.outputs.versionId, foreignId);
        assert.equal(requestsTo(`POST ${VERSIONS}`).length, 2, "the foreign publish and one refused POST");
    });

    it("fails the up on a failed publish with the service's message, and publishes anew on the next up", async () => {
        await start({ emulator: { faults: { datasetFailureRate: 1 } } });
        const failed = await stack.engine.up();
        assert.equal(failed.ok, false);
        assert.match(failed.errors.join("\n"), /Dataset publish version failed/);
        assert.match(failed.errors.join("\n"), /replaces it with a new dataset version/);
        assert.equal(resourceNamed(stack.engine, "release").outputs.status, 4);
        await stack.engine.up();
        assert.equal(requestsTo(`POST ${VERSIONS}`).length, 2, "the next up published a new version");
    });

    it("deletes the version on destroy, and counts one already gone as deleted", async () => {
        await start();
        const created = await stack.engine.up();
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true, JSON.stringify(destroyed.steps));
        assert.deepEqual(
            requestsTo(`DELETE ${VERSION}`).map((r) => r.status),
            [204],
        );
        await assert.rejects(
            stack.api("GET", `/datasets/${DATASET_ID}/versions/${String(created.outputs.versionId)}`),
            /ModelArts\.4353/,
        );
        const again = await stack.engine.up();
        await stack.api("DELETE", `/datasets/${DATASET_ID}/versions/${String(again.outputs.versionId)}`);
        const destroyedAgain = await stack.engine.destroy();
        assert.equal(destroyedAgain.ok, true, JSON.stringify(destroyedAgain.steps));
    });
});

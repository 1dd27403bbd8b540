import assert from "node:assert/strict";
import { assertSteady, modelarts, resourceNamed, startEmulatedStack, taskOps } from "../../testkit/emulated-stack";
import type { EmulatedStack } from "../../testkit/emulated-stack";

const DATASETS = "/v2/{project_id}/datasets";
const DATASET = `${DATASETS}/{dataset_id}`;

interface Knobs {
    name: string;
    description?: string;
    workPath: string;
    labels: Array<{ name: string; type: 0; property?: Record<string, string> }>;
    adoptDatasetId?: string;
}

/** An image classification dataset of the sample images, with inputs a test can change. */
function datasetProgram(knobs: Knobs) {
    return () => {
        const dataset = new (modelarts().Dataset)("animals", {
            datasetName: knobs.name,
            datasetType: 0,
            dataSources: [{ dataType: 0, dataPath: "/my-bucket/raw/cats-dogs/" }],
            workPath: knobs.workPath,
            labels: knobs.labels,
            ...(knobs.description === undefined ? {} : { description: knobs.description }),
            ...(knobs.adoptDatasetId === undefined ? {} : { adoptDatasetId: knobs.adoptDatasetId }),
        });
        return {
            datasetId: dataset.datasetId,
            status: dataset.status,
            statusName: dataset.statusName,
            totalSampleCount: dataset.totalSampleCount,
        };
    };
}

describe("Dataset through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let knobs: Knobs;
    let declare: () => unknown;

    beforeEach(async () => {
        knobs = { name: "animals", workPath: "/my-bucket/work/", labels: [{ name: "cat", type: 0 }] };
        declare = datasetProgram(knobs);
        stack = await startEmulatedStack({ program: () => declare(), sampleData: true });
    });
    afterEach(() => stack.close());

    const requestsTo = (route: string) => stack.emulator.requests.filter((r) => r.route === route);
    const writes = () => stack.emulator.requests.filter((r) => r.method !== "GET");

    it("rejects bad inputs at preview naming each property and the allowed values, and calls no API", async () => {
        declare = () => {
            const { Dataset } = modelarts();
            const source = [{ dataPath: "/my-bucket/raw/cats-dogs/" }];
            new Dataset("bad-name", {
                datasetName: "a b",
                datasetType: 0,
                dataSources: source,
                workPath: "/my-bucket/w/",
            });
            new Dataset("bad-type", {
                datasetName: "t",
                datasetType: 7 as 0,
                dataSources: source,
                workPath: "/my-bucket/w/",
            });
            new Dataset("two-sources", {
                datasetName: "two",
                datasetType: 0,
                dataSources: [...source, ...source],
                workPath: "/my-bucket/w/",
            });
            new Dataset("bucket-root", {
                datasetName: "root",
                datasetType: 0,
                dataSources: source,
                workPath: "/my-bucket/",
            });
        };
        const result = await stack.engine.preview();
        assert.equal(result.ok, false);
        const failures = Object.fromEntries(
            result.steps.filter((s) => s.op === "failed").map((s) => [s.name, s.failures]),
        );
        assert.deepEqual(
            failures["bad-name"]?.map((f) => f.property),
            ["datasetName"],
        );
        assert.match(JSON.stringify(failures["bad-name"]), /letters, digits, _ and -/);
        assert.deepEqual(
            failures["bad-type"]?.map((f) => f.property),
            ["datasetType"],
        );
        assert.match(JSON.stringify(failures["bad-type"]), /0, 1, 3, 100/);
        assert.deepEqual(
            failures["two-sources"]?.map((f) => f.property),
            ["dataSources"],
        );
        assert.deepEqual(
            failures["bucket-root"]?.map((f) => f.property),
            ["workPath"],
        );
        assert.match(JSON.stringify(failures["bucket-root"]), /not a bucket alone/);
        assert.equal(stack.emulator.requests.length, 0);
    });

    it("creates the dataset with one POST, waits until it is normal, and reports its samples", async () => {
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(result.outputs.statusName, "NORMAL");
        assert.equal(result.outputs.totalSampleCount, 12);
        assert.equal(resourceNamed(stack.engine, "animals").id, result.outputs.datasetId);
        const [post, ...more] = requestsTo(`POST ${DATASETS}`);
        assert.equal(more.length, 0);
        assert.deepEqual(post?.body, {
            work_path_type: 0,
            dataset_name: "animals",
            dataset_type: 0,
            data_sources: [{ data_type: 0, data_path: "/my-bucket/raw/cats-dogs/" }],
            work_path: "/my-bucket/work/",
            labels: [{ name: "cat", type: 0 }],
        });
    });

    it("shows no change for the same program, and none after a refresh", async () => {
        await stack.engine.up();
        await assertSteady(stack, { created: () => requestsTo(`POST ${DATASETS}`).length });
    });

    it("renames, redescribes and relabels in place with one PUT carrying only what changed", async () => {
        const first = await stack.engine.up();
        knobs.name = "animals-renamed";
        knobs.description = "cats and dogs";
        knobs.labels = [
            { name: "cat", type: 0, property: { "@modelarts:color": "#3399ff" } },
            { name: "dog", type: 0 },
        ];
        const updated = await stack.engine.up();
        assert.equal(updated.ok, true, updated.errors.join("\n"));
        assert.deepEqual(taskOps(updated), ["update"]);
        assert.equal(updated.outputs.datasetId, first.outputs.datasetId);
        assert.deepEqual(
            requestsTo(`PUT ${DATASET}`).map((r) => r.body),
            [
                {
                    dataset_name: "animals-renamed",
                    description: "cats and dogs",
                    add_labels: [{ name: "dog", type: 0 }],
                    update_labels: [{ name: "cat", type: 0, property: { "@modelarts:color": "#3399ff" } }],
                },
            ],
        );
        const server = await stack.api<{ dataset_name: string; description: string }>(
            "GET",
            `/datasets/${String(first.outputs.datasetId)}`,
        );
        assert.deepEqual([server.dataset_name, server.description], ["animals-renamed", "cats and dogs"]);
        knobs.labels = [{ name: "dog", type: 0 }];
        await stack.engine.up();
        assert.deepEqual(requestsTo(`PUT ${DATASET}`)[1]?.body, {
            delete_labels: [{ name: "cat", type: 0, property: { "@modelarts:color": "#3399ff" } }],
        });
    });

    it("replaces the dataset on a new work path, deleting the old one first because its name is kept", async () => {
        const first = await stack.engine.up();
        knobs.workPath = "/my-bucket/work-2/";
        const replaced = await stack.engine.up();
        assert.equal(replaced.ok, true, replaced.errors.join("\n"));
        assert.deepEqual(taskOps(replaced), ["delete", "replace"]);
        assert.notEqual(replaced.outputs.datasetId, first.outputs.datasetId);
        assert.deepEqual(
            writes()
                .slice(-2)
                .map((r) => r.route),
            [`DELETE ${DATASET}`, `POST ${DATASETS}`],
        );
    });

    it("deletes the dataset on destroy, keeps its source files, and counts one already gone as deleted", async () => {
        const created = await stack.engine.up();
        const destroyed = await stack.engine.destroy();
        assert.equal(destroyed.ok, true, JSON.stringify(destroyed.steps));
        assert.deepEqual(
            requestsTo(`DELETE ${DATASET}`).map((r) => r.status),
            [204],
        );
        await assert.rejects(stack.api("GET", `/datasets/${String(created.outputs.datasetId)}`), /ModelArts\.4352/);
        // The source files stay: a new dataset of the same directory counts them all again.
        const again = await stack.engine.up();
        assert.equal(again.outputs.totalSampleCount, 12);
        await stack.api("DELETE", `/datasets/${String(again.outputs.datasetId)}`);
        const destroyedAgain = await stack.engine.destroy();
        assert.equal(destroyedAgain.ok, true, JSON.stringify(destroyedAgain.steps));
    });

    it("refuses a name held by a dataset it did not create, naming it, and takes it over with adoptDatasetId", async () => {
        const foreignId = await stack.createDataset("animals", "obs://my-bucket/raw/cats-dogs/");
        const refused = await stack.engine.up();
        assert.equal(refused.ok, false);
        assert.match(refused.errors.join("\n"), new RegExp(`dataset ${foreignId} \\(status NORMAL\\)`));
        assert.match(refused.errors.join("\n"), new RegExp(`adoptDatasetId: "${foreignId}"`));
        assert.equal(requestsTo(`POST ${DATASETS}`).length, 2, "the foreign create and one refused POST");
        knobs.adoptDatasetId = foreignId;
        knobs.workPath = "/my-bucket/datasets-work/";
        const adopted = await stack.engine.up();
        assert.equal(adopted.ok, true, adopted.errors.join("\n"));
        assert.equal(adopted.outputs.datasetId, foreignId);
        assert.equal(requestsTo(`POST ${DATASETS}`).length, 2, "adopting sends no create");
    });

    for (const fault of ["drop", 504] as const) {
        it(`keeps one dataset when the create's answer is lost (${fault}): it finds and takes the one its POST made`, async () => {
            // Datasets made ready at once: the look after the lost answer finds one that has finished, the case that
            // needs the service's clock (a finished dataset is this create's only if created after its POST).
            await stack.close();
            stack = await startEmulatedStack({
                program: () => declare(),
                sampleData: true,
                emulator: { taskDurationMs: 1 },
            });
            stack.emulator.planFault({ route: `POST ${DATASETS}`, fault });
            const result = await stack.engine.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            const listed = await stack.api<{ datasets: Array<{ dataset_id: string; dataset_name: string }> }>(
                "GET",
                "/datasets",
            );
            const animals = listed.datasets.filter((d) => d.dataset_name === "animals");
            assert.equal(animals.length, 1, "one dataset on the server");
            assert.equal(result.outputs.datasetId, animals[0]?.dataset_id);
            // The service's clock (from the 504's or the look's own answer) tells that the finished dataset was created
            // after the POST.
            assert.equal(requestsTo(`POST ${DATASETS}`).length, 1, "the POST is never sent again");
        });
    }

    it("sees a rename, a new description and a label made in the console at refresh; the next up undoes them with one PUT", async () => {
        const created = await stack.engine.up();
        const id = String(created.outputs.datasetId);
        await stack.api("PUT", `/datasets/${id}`, {
            dataset_name: "animals-console",
            description: "edited in the console",
            add_labels: [{ name: "bird", type: 0 }],
        });
        const refreshed = await stack.engine.refresh();
        assert.deepEqual(
            refreshed.steps.map((s) => [s.op, s.changed]),
            [["read", true]],
        );
        const recorded = resourceNamed(stack.engine, "animals").outputs;
        assert.equal(recorded.datasetName, "animals-console");
        assert.equal(recorded.description, "edited in the console");
        assert.deepEqual(recorded.labels, [
            { name: "cat", type: 0 },
            { name: "bird", type: 0 },
        ]);
        const preview = await stack.engine.preview();
        assert.deepEqual(taskOps(preview), ["update"], "the preview shows the update that restores the program");
        const consolePuts = requestsTo(`PUT ${DATASET}`).length;
        const restored = await stack.engine.up();
        assert.equal(restored.ok, true, restored.errors.join("\n"));
        assert.deepEqual(taskOps(restored), ["update"]);
        assert.deepEqual(
            requestsTo(`PUT ${DATASET}`)
                .slice(consolePuts)
                .map((r) => r.body),
            [{ dataset_name: "animals", description: "", delete_labels: [{ name: "bird", type: 0 }] }],
        );
        const server = await stack.api<{ dataset_name: string; description: string; labels: unknown[] }>(
            "GET",
            `/datasets/${id}`,
        );
        assert.deepEqual([server.dataset_name, server.description], ["animals", ""]);
        assert.deepEqual(
            server.labels.map((l) => (l as { name: string }).name),
            ["cat"],
        );
        await assertSteady(stack, { created: () => requestsTo(`POST ${DATASETS}`).length });
    });

    it("keeps the recorded labels when the service adds properties of its own to them", async () => {
        const created = await stack.engine.up();
        const id = String(created.outputs.datasetId);
        await stack.api("PUT", `/datasets/${id}`, {
            update_labels: [{ name: "cat", property: { "@modelarts:color": "#3399ff" } }],
        });
        const refreshed = await stack.engine.refresh();
        assert.deepEqual(
            refreshed.steps.map((s) => s.op),
            ["read"],
        );
        assert.deepEqual(resourceNamed(stack.engine, "animals").outputs.labels, [{ name: "cat", type: 0 }]);
        assert.deepEqual(taskOps(await stack.engine.preview()), ["same"]);
    });

    it("drops a dataset deleted behind its back at refresh", async () => {
        const created = await stack.engine.up();
        await stack.api("DELETE", `/datasets/${String(created.outputs.datasetId)}`);
        const refreshed = await stack.engine.refresh();
        assert.deepEqual(
            refreshed.steps.map((s) => s.op),
            ["delete"],
        );
        assert.equal(stack.engine.state.resources.filter((r) => r.custom).length, 0);
    });
});

describe("a Dataset deleted behind the stack's back, while the deletion takes time", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let timeout = "1h";

    beforeEach(async () => {
        timeout = "1h";
        stack = await startEmulatedStack({
            program: () => {
                const dataset = new (modelarts().Dataset)("animals", {
                    datasetName: "animals",
                    datasetType: 0,
                    dataSources: [{ dataType: 0, dataPath: "/my-bucket/raw/cats-dogs/" }],
                    workPath: "/my-bucket/work/",
                    timeout,
                });
                return { datasetId: dataset.datasetId, status: dataset.status };
            },
            sampleData: true,
            // "Deleting a Dataset": the deletion may finish after the 204, the dataset meanwhile in status 2.
            emulator: { datasetDeletionMs: 3_000 },
        });
    });
    afterEach(() => stack.close());

    it("ends a wait on status 2 saying the next up replaces it, and that up makes a new dataset", async () => {
        const created = await stack.engine.up();
        const oldId = String(created.outputs.datasetId);
        await stack.api("DELETE", `/datasets/${oldId}`);
        timeout = "2h"; // an in-place change: the update waits on the dataset, and sees it being deleted
        const seen = await stack.engine.up();
        assert.equal(seen.ok, false);
        const error = seen.errors.join("\n");
        assert.match(error, new RegExp(`dataset ${oldId} is being deleted \\(status 2 DELETING\\)`));
        assert.match(error, /the next `pulumi up` replaces it with a new dataset/);
        assert.doesNotMatch(error, /resumes waiting/);
        const next = await stack.engine.up();
        assert.equal(next.ok, true, next.errors.join("\n"));
        assert.deepEqual(
            next.steps.filter((s) => s.name === "animals").map((s) => s.op),
            ["delete", "replace"],
        );
        assert.notEqual(next.outputs.datasetId, oldId);
        assert.equal(next.outputs.status, 1);
        assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);
    });

    it("drops a dataset being deleted at refresh; the next up creates one once the old name is free", async () => {
        const created = await stack.engine.up();
        await stack.api("DELETE", `/datasets/${String(created.outputs.datasetId)}`);
        const refreshed = await stack.engine.refresh();
        assert.deepEqual(
            refreshed.steps.map((s) => s.op),
            ["delete"],
        );
        const next = await stack.engine.up();
        assert.equal(next.ok, true, next.errors.join("\n"));
        assert.deepEqual(taskOps(next), ["create"]);
        assert.equal(next.outputs.status, 1);
    });
});

describe("Dataset failures through the engine-side harness", function () {
    this.timeout(60_000);
    const PASSWORD = "dws-Pa55word-never-shown";
    let stack: EmulatedStack;

    beforeEach(async () => {
        stack = await startEmulatedStack({
            program: () => {
                const dataset = new (modelarts().Dataset)("orders", {
                    datasetName: "orders",
                    datasetType: 400,
                    dataSources: [{ dataType: 1, sourceInfo: { userName: "dbadmin", userPassword: PASSWORD } }],
                    workPath: "/my-bucket/orders-work/",
                    importData: true,
                    schema: [{ name: "id", type: "STRING", schemaId: 1 }],
                });
                return { status: dataset.status };
            },
            sampleData: true,
            // Every creation the emulator runs ends in failure: the dataset ends abnormal (status 4).
            emulator: { faults: { datasetFailureRate: 1 } },
        });
    });
    afterEach(() => stack.close());

    it("keeps an abnormal dataset in the stack, replaces it on the next up, and never shows the password", async () => {
        const failed = await stack.engine.up();
        assert.equal(failed.ok, false);
        assert.match(failed.errors.join("\n"), /the dataset is abnormal \(status 4\)/);
        assert.match(failed.errors.join("\n"), /the next `pulumi up` replaces it with a new dataset/);
        const kept = resourceNamed(stack.engine, "orders");
        assert.equal(kept.outputs.status, 4);
        // The name is kept, so the abnormal dataset is deleted first; the new one fails too (every creation does).
        const next = await stack.engine.up();
        assert.deepEqual(
            next.steps.filter((s) => s.name === "orders").map((s) => s.op),
            ["delete", "failed"],
        );
        const posts = stack.emulator.requests.filter((r) => r.route === "POST /v2/{project_id}/datasets");
        assert.equal(posts.length, 2, "the next up created a new dataset");
        const seen = JSON.stringify([failed.errors, next.errors, stack.engine.state]);
        assert.equal(seen.includes(PASSWORD), false);
    });
});

/**
 * The documented example requests of the dataset pages ("Creating a Dataset", "Modifying a Dataset", "Creating a
 * Dataset Labeling Version"), declared as a user would declare them, reach the emulator verbatim through the
 * provider host.
 */
import assert from "node:assert/strict";
import { modelarts, PNG, resourceNamed, startEmulatedStack } from "../../testkit/emulated-stack";
import type { EmulatedStack } from "../../testkit/emulated-stack";
import { createDatasetExamples, createDatasetVersionExample, modifyDatasetExample } from "./fixtures/datasets";

/** A documented body as the camelCase args that send it: keys camelCased, label `property` maps kept verbatim. */
function argsOf(body: unknown, verbatim = false): unknown {
    if (Array.isArray(body)) return body.map((item) => argsOf(item));
    if (body === null || typeof body !== "object" || verbatim) return body;
    return Object.fromEntries(
        Object.entries(body).map(([key, value]) => [
            key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
            argsOf(value, key === "property"),
        ]),
    );
}

describe("the documented dataset example requests through the engine-side harness", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let modified = false;

    before(async () => {
        stack = await startEmulatedStack({
            program: () => {
                const { Dataset, DatasetVersion } = modelarts();
                // The modify example changes the first dataset: a new description, one label added.
                const modify = modifyDatasetExample.body as { description: string; add_labels: unknown[] };
                const datasets = createDatasetExamples.map((example, i) => {
                    const args = argsOf(example.body) as ConstructorParameters<typeof Dataset>[1];
                    if (i > 0 || !modified) return new Dataset(`dataset-${i}`, args);
                    const labels = [...((args.labels ?? []) as unknown[]), ...(argsOf(modify.add_labels) as unknown[])];
                    return new Dataset(`dataset-${i}`, {
                        ...args,
                        description: modify.description,
                        labels: labels as never,
                    });
                });
                new DatasetVersion("version", {
                    datasetId: datasets[0]!.datasetId,
                    ...(argsOf(createDatasetVersionExample.body) as object),
                });
            },
        });
        stack.putObject("test-obs", "classify/input/animals/rabbit.png", PNG);
        stack.putObject("test-obs", "detect/input/animals/bee.png", PNG);
        stack.putObject("test-obs", "table/input/iris.csv", "150,4,setosa,versicolor,virginica\n");
    });
    after(() => stack.close());

    it("creates each documented dataset with its documented body", async () => {
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        const posts = stack.emulator.requests.filter((r) => r.route === "POST /v2/{project_id}/datasets");
        assert.deepEqual(
            posts.map((r) => r.body),
            createDatasetExamples.map((e) => e.body),
        );
    });

    it("publishes the documented version with its documented body", () => {
        const post = stack.emulator.requests.find(
            (r) => r.route === "POST /v2/{project_id}/datasets/{dataset_id}/versions",
        );
        assert.deepEqual(post?.body, createDatasetVersionExample.body);
        assert.equal(resourceNamed(stack.engine, "version").outputs.versionName, "V004");
    });

    it("sends the documented modify body for a new description and label", async () => {
        modified = true;
        const result = await stack.engine.up();
        assert.equal(result.ok, true, result.errors.join("\n"));
        const puts = stack.emulator.requests.filter((r) => r.route === "PUT /v2/{project_id}/datasets/{dataset_id}");
        assert.deepEqual(
            puts.map((r) => r.body),
            [modifyDatasetExample.body],
        );
    });
});

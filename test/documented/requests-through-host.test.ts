import assert from "node:assert/strict";
import type { EmulatorRequest } from "../../emulator/server";
import type { RunResult } from "../../harness/step";
import { DATASET_ID, EmulatedStack, PNG, isTask, modelarts, startEmulatedStack } from "../../testkit/emulated-stack";
import { DocumentedRequest, exportTaskExamples, importTaskExamples, processorTaskExamples } from "./fixtures/requests";

/** A manifest line of `test-obs/images/<name>` labelled `label`, as the manifest example's `included_labels` expect. */
const manifestLine = (name: string, label: string) =>
    JSON.stringify({ source: `s3://test-obs/images/${name}`, annotation: [{ name: label }] });

const IMPORT_ROUTE = "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks";
const EXPORT_ROUTE = "POST /v2/{project_id}/datasets/{dataset_id}/export-tasks";
const PROCESSOR_ROUTE = "POST /v2/{project_id}/processor-tasks";

/** The dataset of the validation example: it must hold a valid image, or validation fails (no valid sample). */
const VALIDATED_DATASET = "PYc9H2HGv5BJNwBGXyK";

/** Every dataset the examples name, in their URLs (import, export) or bodies (processor inputs and work paths). */
const DATASETS = [...new Set([DATASET_ID, ...processorTaskExamples.map((e) => documentedDataset(e.args))])];

function documentedDataset(args: (typeof processorTaskExamples)[number]["args"]): string {
    return args.dataSource?.source ?? args.inputs?.[0]?.source ?? "";
}

/**
 * The examples as one program, as a user would declare them. The two imports go into the same dataset, which
 * allows one running import at a time (ModelArts.4356): the second waits for the first. The validation example
 * waits for an import that gives its dataset an image to validate.
 */
function documentedProgram() {
    const { ImportTask, ExportTask, ProcessorTask } = modelarts();
    const firstImport = new ImportTask("import-0", importTaskExamples[0]!.args);
    new ImportTask("import-1", importTaskExamples[1]!.args, { dependsOn: firstImport });
    exportTaskExamples.forEach((example, i) => new ExportTask(`export-${i}`, example.args));
    const seed = new ImportTask("seed-validated", {
        datasetId: VALIDATED_DATASET,
        importPath: "obs://test-obs/images/",
        importType: "dir",
    });
    processorTaskExamples.forEach((example, i) => {
        const dependsOn = documentedDataset(example.args) === VALIDATED_DATASET ? [seed] : [];
        new ProcessorTask(`processor-${i}`, example.args, { dependsOn });
    });
    return {};
}

describe("the documented example requests through the provider host, against the emulator", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    let preview: RunResult;
    let requestsOfPreview: number;
    let up: RunResult;

    // One preview and one up of all nine examples serve every test below: the creates run concurrently.
    before(async () => {
        stack = await startEmulatedStack({
            program: documentedProgram,
            emulator: { datasets: DATASETS.map((id) => ({ id })) },
        });
        // The paths the import examples read: a directory of images, and a manifest of labelled images.
        stack.putObject("test-obs", "daoLu_images/cat-dog/cat/1.png", PNG);
        stack.putObject("test-obs", "daoLu_images/cat-dog/dog/2.png", PNG);
        stack.putObject("test-obs", "images/cat.png", PNG);
        stack.putObject("test-obs", "images/dog.png", PNG);
        const manifestKey = "classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/V002.manifest";
        stack.putObject(
            "test-obs",
            manifestKey,
            `${manifestLine("cat.png", "cat")}\n${manifestLine("dog.png", "dog")}\n`,
        );
        preview = await stack.engine.preview();
        requestsOfPreview = stack.emulator.requests.length;
        up = await stack.engine.up();
    });
    after(() => stack.close());

    it("previews every example without a check failure and without calling the API", () => {
        assert.equal(preview.ok, true, JSON.stringify(preview.steps.filter((s) => s.op === "failed")));
        const examples = importTaskExamples.length + exportTaskExamples.length + processorTaskExamples.length;
        assert.deepEqual(
            preview.steps.filter(isTask).map((s) => s.op),
            Array(examples + 1).fill("create"),
        );
        assert.equal(requestsOfPreview, 0);
    });

    it("creates every example's task, each running to its successful end", () => {
        assert.equal(
            up.ok,
            true,
            `${up.errors.join("\n")}\n${JSON.stringify(up.steps.filter((s) => s.op === "failed"))}`,
        );
        assert.ok(up.steps.filter(isTask).every((s) => s.op === "create"));
        // Nothing was refused on the way, not even transiently (e.g. ModelArts.4356 between the two imports).
        assert.deepEqual(
            stack.emulator.requests.filter((r) => r.status !== 200),
            [],
        );
    });

    /** The one create request of an example, found by what identifies it in its body. */
    function postOf(route: string, matches: (body: Record<string, unknown>) => boolean): EmulatorRequest {
        const posts = stack.emulator.requests.filter(
            (r) => r.route === route && matches(r.body as Record<string, unknown>),
        );
        assert.equal(posts.length, 1, `one ${route} request expected, ${posts.length} reached the emulator`);
        return posts[0]!;
    }

    function assertSentAsDocumented(example: DocumentedRequest<unknown>, post: EmulatorRequest): void {
        assert.deepStrictEqual(post.body, example.body);
        assert.equal(post.status, 200, "the emulator accepted the create");
    }

    importTaskExamples.forEach((example) =>
        it(`sends the documented body for ${example.title}`, () => {
            const post = postOf(IMPORT_ROUTE, (body) => body.import_path === example.body.import_path);
            assert.ok(post.path.includes(`/datasets/${example.args.datasetId}/`));
            assertSentAsDocumented(example, post);
        }),
    );

    exportTaskExamples.forEach((example) =>
        it(`sends the documented body for ${example.title}`, () => {
            const post = postOf(EXPORT_ROUTE, (body) => body.path === example.body.path);
            assert.ok(post.path.includes(`/datasets/${example.args.datasetId}/`));
            assertSentAsDocumented(example, post);
        }),
    );

    processorTaskExamples.forEach((example) =>
        it(`sends the documented body for ${example.title}`, () => {
            assertSentAsDocumented(
                example,
                postOf(PROCESSOR_ROUTE, (body) => body.name === example.body.name),
            );
        }),
    );
});

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { pngImage } from "../../emulator/sample-images";
import {
    createDatasetExamples,
    createDatasetVersionExample,
    documentedDatasetAnswers,
    modifyDatasetExample,
} from "./fixtures/datasets";
import { DURATION_MS, EmulatorFixture } from "../emulator/fixture";

/** The JSON kind of a value: the shape comparison's unit. */
function kindOf(value: unknown): string {
    return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * Asserts that `actual` has every field of `documented`, each of the same JSON kind, recursively; array items are
 * compared with the first item of `actual` (the pages' arrays hold items of one shape).
 */
function assertShape(actual: unknown, documented: unknown, where: string): void {
    assert.equal(kindOf(actual), kindOf(documented), `${where}: ${JSON.stringify(actual)}`);
    if (Array.isArray(documented) && Array.isArray(actual)) {
        if (documented.length > 0) assert.ok(actual.length > 0, `${where} is empty`);
        documented.forEach((item, i) => {
            assertShape(actual[0], item, `${where}[${i}]`);
        });
    } else if (kindOf(documented) === "object") {
        for (const [key, value] of Object.entries(documented as object)) {
            assertShape((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
        }
    }
}

describe("the documented dataset and version examples against the emulator", () => {
    let fixture: EmulatorFixture;
    const ids: string[] = [];
    before(async () => {
        fixture = await EmulatorFixture.start();
        // The data the examples' paths name: images to classify and to detect, and a table.
        const put = (key: string, content: Buffer | string) => {
            const file = join(fixture.dataDir, "obs", "test-obs", key);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, content);
        };
        const image = pngImage(4, 4, () => [10, 200, 30]);
        put("classify/input/animals/Rabbits/1.png", image);
        put("classify/input/animals/2.png", image);
        put("detect/input/animals/1.png", image);
        put("detect/input/animals/1.xml", "<annotation><object><name>Bees</name></object></annotation>");
        put("table/input/iris.csv", "150,4,setosa,versicolor,virginica\n");
    });
    after(() => fixture.close());

    createDatasetExamples.forEach((example) =>
        it(`accepts "${example.title}" verbatim, answering 201 in the documented shape`, async () => {
            const answer = await fixture.call("POST", "/datasets", { body: example.body });
            assert.equal(answer.status, 201, JSON.stringify(answer.body));
            assertShape(answer.body, documentedDatasetAnswers.createDataset, "create");
            ids.push(answer.body.dataset_id as string);
            await fixture.advance(DURATION_MS);
            const dataset = await fixture.get(`/datasets/${answer.body.dataset_id}`);
            assert.deepEqual([dataset.status, dataset.dataset_name], [1, example.body.dataset_name]);
            assert.ok(dataset.total_sample_count > 0, "the example's data source was imported");
        }),
    );

    it("accepts the modify example verbatim, answering in the documented shape", async () => {
        const answer = await fixture.call("PUT", `/datasets/${ids[0] ?? ""}`, { body: modifyDatasetExample.body });
        assert.equal(answer.status, 200);
        assertShape(answer.body, documentedDatasetAnswers.updateDataset, "modify");
    });

    it("accepts the version example verbatim; detail, list, dataset detail and statistics answer as documented", async () => {
        const dataset = `/datasets/${ids[0] ?? ""}`;
        const first = await fixture.call("POST", `${dataset}/versions`, { body: {} });
        await fixture.advance(DURATION_MS);
        const created = await fixture.call("POST", `${dataset}/versions`, { body: createDatasetVersionExample.body });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        assertShape(created.body, documentedDatasetAnswers.createDatasetVersion, "version create");
        await fixture.advance(DURATION_MS);
        const version = await fixture.get(`${dataset}/versions/${created.body.version_id}`);
        assert.deepEqual([version.version_name, version.previous_version_id], ["V004", first.body.version_id]);
        assertShape(version, documentedDatasetAnswers.getDatasetVersion, "version");
        assertShape(await fixture.get(`${dataset}/versions`), documentedDatasetAnswers.listDatasetVersions, "versions");
        assertShape(await fixture.get(dataset), documentedDatasetAnswers.getDataset, "dataset");
        const stats = await fixture.get(`${dataset}/data-annotations/stats`);
        assertShape(stats, documentedDatasetAnswers.getDatasetStats, "stats");
    });

    it("deletes a version and a dataset as the examples do: 204", async () => {
        const dataset = `/datasets/${ids[1] ?? ""}`;
        const version = (await fixture.call("POST", `${dataset}/versions`, { body: {} })).body.version_id as string;
        await fixture.advance(DURATION_MS);
        assert.equal((await fixture.call("DELETE", `${dataset}/versions/${version}`)).status, 204);
        assert.equal((await fixture.call("DELETE", dataset)).status, 204);
    });
});

import assert from "node:assert/strict";
import { DATASET_ID, DURATION_MS, EmulatorFixture, assertError, createImport } from "./fixture";

describe("emulator dataset list", () => {
    let fixture: EmulatorFixture;
    beforeEach(async () => {
        const others = Array.from({ length: 103 }, (_, i) => ({
            id: `id${String(i).padStart(3, "0")}`,
            name: `set-${i}`,
            type: 100,
        }));
        fixture = await EmulatorFixture.start({ datasets: [{ id: DATASET_ID, name: "cats-dogs" }, ...others] });
    });
    afterEach(() => fixture.close());

    const list = (query: Record<string, string | number>) => fixture.get("/datasets", { query });
    const names = (answer: { datasets: { dataset_name: string }[] }) => answer.datasets.map((d) => d.dataset_name);

    it("pages by page number, sorts, and caps total_number at 100 as documented", async () => {
        const first = await list({ limit: 100, sort_by: "dataset_name", order: "asc" });
        assert.equal(first.total_number, 100);
        assert.equal(first.datasets.length, 100);
        const last = await list({ limit: 100, offset: 1, sort_by: "dataset_name", order: "asc" });
        assert.deepEqual(names(last), ["set-96", "set-97", "set-98", "set-99"]);
        assert.equal(names(first).length + names(last).length, 104);
        assert.equal((await list({})).datasets.length, 10);
    });

    it("filters by type, exportable types, a fuzzy name and the workspace", async () => {
        assert.deepEqual(names(await list({ dataset_type: 0 })), ["cats-dogs"]);
        assert.deepEqual(names(await list({ support_export: "true", limit: 100 })), ["cats-dogs"]);
        assert.deepEqual(names(await list({ search_content: "CATS" })), ["cats-dogs"]);
        assert.equal((await list({ workspace_id: "other" })).datasets.length, 0);
        assert.equal((await list({ contain_versions: "true" })).datasets.length, 0);
        assert.equal((await list({ version_format: 1 })).datasets.length, 0);
    });

    it("adds labels, preview files and running tasks only when asked", async () => {
        const plain = (await list({ dataset_type: 0 })).datasets[0];
        assert.deepEqual([plain.labels, plain.samples, plain.exist_running_task], [undefined, undefined, undefined]);
        await createImport(fixture); // its samples join the dataset when it completes
        await fixture.advance(2 * DURATION_MS);
        await createImport(fixture); // still running when listed
        const query = { dataset_type: 0, with_labels: "true", file_preview: "true", check_running_task: "true" };
        const rich = (await list(query)).datasets[0];
        assert.ok(rich.labels.length > 0 && rich.labels.every((l: { type: number }) => l.type === 0));
        assert.equal(rich.samples.length, 4);
        assert.equal(rich.exist_running_task, true);
        assert.equal(rich.running_tasks_id.length, 1);
        const exportsOnly = (await list({ ...query, running_task_type: 2 })).datasets[0];
        assert.deepEqual([exportsOnly.exist_running_task, exportsOnly.running_tasks_id], [false, []]);
    });

    it("refuses values outside the documented ones with ModelArts.0101", async () => {
        const refused: Record<string, string | number>[] = [
            { limit: 0 },
            { sort_by: "name" },
            { order: "up" },
            { dataset_type: 2 },
            { with_labels: "yes" },
            { running_task_type: 8 },
            { dataset_version: "v3" },
            { train_evaluate_ratio: "1,0" },
        ];
        for (const query of refused) {
            assertError(
                await fixture.call("GET", "/datasets", { query }),
                400,
                "ModelArts.0101",
                JSON.stringify(query),
            );
        }
    });
});

import assert from "node:assert/strict";
import { lifecycle } from "../../provider/impl/lifecycle";

describe("impl/task-lifecycle diff", () => {
    const exportInputs = { datasetId: "d1", path: "/bucket/export/", exportType: 2 };
    /** What an export's outputs hold after create: the inputs, and the state the service answered. */
    const exportOutputs = {
        ...exportInputs,
        taskId: "t1",
        status: "SUCCESSED",
        exportFormat: 2,
        versionFormat: "Default",
        versionId: "v1",
        __provider: "exports.handler = …",
    };

    it("sees no change when the inputs are those the outputs hold", async () => {
        const diff = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, __provider: "newer" });
        assert.deepEqual(diff, { changes: false, replaces: [], deleteBeforeReplace: false });
    });

    it("sees no change in values the service filled in for inputs left out, nor when they are given equal", async () => {
        const same = { ...exportInputs, exportFormat: 2, versionFormat: "Default" };
        assert.equal((await lifecycle("ExportTask").diff("t1", exportOutputs, same)).changes, false);
    });

    it("replaces when a server-defaulted input is set to another value", async () => {
        const diff = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, exportFormat: 1 });
        assert.deepEqual(diff, { changes: true, replaces: ["exportFormat"], deleteBeforeReplace: false });
    });

    it("replaces when an API input is added, changed or removed", async () => {
        const added = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, sampleState: "__ALL__" });
        assert.deepEqual(added.replaces, ["sampleState"]);
        const changed = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, path: "/bucket/other/" });
        assert.deepEqual(changed.replaces, ["path"]);
        const { exportType: _, ...removed } = exportInputs;
        assert.deepEqual((await lifecycle("ExportTask").diff("t1", exportOutputs, removed)).replaces, ["exportType"]);
    });

    it("updates provider options in place, and a processing task's description", async () => {
        const timeout = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, timeout: "2h" });
        assert.deepEqual(timeout, { changes: true, replaces: [], deleteBeforeReplace: false });
        const processor = { name: "p", template: { id: "sys_data_analyse" }, description: "a" };
        const described = await lifecycle("ProcessorTask").diff("t2", { ...processor, status: 2 }, { ...processor, description: "b" });
        assert.deepEqual(described, { changes: true, replaces: [], deleteBeforeReplace: false });
    });

    it("deletes a processing task before replacing it when the new one keeps its unique name", async () => {
        const processor = { name: "p", template: { id: "sys_data_analyse" } };
        const sameName = await lifecycle("ProcessorTask").diff("t2", processor, { ...processor, template: { id: "sys_data_selection" } });
        assert.deepEqual(sameName, { changes: true, replaces: ["template"], deleteBeforeReplace: true });
        const renamed = await lifecycle("ProcessorTask").diff("t2", processor, { name: "q", template: { id: "sys_data_selection" } });
        assert.equal(renamed.deleteBeforeReplace, false);
    });
});

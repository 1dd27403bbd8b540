import assert from "node:assert/strict";
import { datasetStatusName } from "../../provider/impl/dataset-outputs";
import { versionStatusName } from "../../provider/impl/dataset-version-outputs";
import { processorStatusName } from "../../provider/impl/processor-task-outputs";

describe("impl/outputs: status words", () => {
    it("names each documented integer status of datasets, versions and processing tasks", () => {
        assert.deepEqual([0, 1, 8].map(datasetStatusName), ["CREATING", "NORMAL", "IMPORTING"]);
        assert.deepEqual([1, 4].map(versionStatusName), ["PUBLISHED", "ERROR"]);
        assert.deepEqual([0, 2, 4].map(processorStatusName), ["INITIALIZED", "COMPLETED", "STOPPED"]);
    });

    it("says UNKNOWN for a value the docs do not list, or one that is not a number", () => {
        for (const status of [9, -1, 1.5, "1", undefined, null])
            assert.equal(datasetStatusName(status), "UNKNOWN", String(status));
        assert.equal(versionStatusName(5), "UNKNOWN");
        assert.equal(processorStatusName("RUNNING"), "UNKNOWN");
    });
});

import assert from "node:assert/strict";
import { datasetStatuses } from "../../provider/dataset/statuses";
import { datasetVersionStatuses } from "../../provider/dataset-version/statuses";
import { importTaskStatuses } from "../../provider/import-task/statuses";
import { processorTaskStatuses } from "../../provider/processor-task/statuses";
import {
    isDocumented,
    leftOverStatuses,
    phaseOf,
    statusLabel,
    statusList,
    wordOf,
} from "../../provider/schemas/status-table";

describe("schemas/status-table", () => {
    it("names each documented integer status of datasets, versions and processing tasks", () => {
        assert.deepEqual(
            [0, 1, 8].map((s) => wordOf(datasetStatuses, s)),
            ["CREATING", "NORMAL", "IMPORTING"],
        );
        assert.deepEqual(
            [1, 4].map((s) => wordOf(datasetVersionStatuses, s)),
            ["PUBLISHED", "ERROR"],
        );
        assert.deepEqual(
            [0, 2, 4].map((s) => wordOf(processorTaskStatuses, s)),
            ["INITIALIZED", "COMPLETED", "STOPPED"],
        );
    });

    it("says UNKNOWN for a numbered kind's value the docs do not list, or one that is not a number", () => {
        for (const status of [9, -1, 1.5, "1", undefined, null])
            assert.equal(wordOf(datasetStatuses, status), "UNKNOWN", String(status));
        assert.equal(wordOf(datasetVersionStatuses, 5), "UNKNOWN");
        assert.equal(wordOf(processorTaskStatuses, "RUNNING"), "UNKNOWN");
    });

    it("shows a worded kind's undocumented status as it is, and never takes it for success", () => {
        assert.equal(wordOf(importTaskStatuses, "PAUSED"), "PAUSED");
        assert.equal(phaseOf(importTaskStatuses, "PAUSED"), "running");
        assert.equal(isDocumented(importTaskStatuses, "PAUSED"), false);
        assert.equal(phaseOf(importTaskStatuses, 3), "running", "a number is no import status");
    });

    it("gives each status its phase: a string of a number is not the number", () => {
        assert.equal(phaseOf(datasetStatuses, 1), "succeeded");
        assert.equal(phaseOf(datasetStatuses, "1"), "running");
        assert.equal(phaseOf(datasetStatuses, 2), "gone", "a dataset being deleted is gone for the resource");
        assert.equal(phaseOf(datasetStatuses, 4), "failed");
        assert.equal(phaseOf(importTaskStatuses, "NOT_EXIST"), "gone");
    });

    it("derives the left-over statuses, the labels and the reference list", () => {
        assert.deepEqual([...leftOverStatuses(datasetStatuses)], ["0", "8"]);
        assert.deepEqual([...leftOverStatuses(importTaskStatuses)], ["QUEUING", "STARTING", "RUNNING"]);
        assert.equal(statusLabel(datasetStatuses, 2), "2 DELETING");
        assert.equal(statusLabel(importTaskStatuses, "FAILED"), "FAILED");
        assert.equal(
            statusList(datasetVersionStatuses),
            "0 `CREATING`, 1 `PUBLISHED` (succeeded), 2 `DELETING` (gone), 3 `DELETED` (gone), 4 `ERROR` (failed)",
        );
    });
});

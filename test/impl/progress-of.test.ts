import assert from "node:assert/strict";
import { exportTaskDriver } from "../../provider/export-task/driver";
import { importTaskDriver } from "../../provider/import-task/driver";
import { processorTaskDriver } from "../../provider/processor-task/driver";
import { percentOf, shareOf } from "../../provider/impl/progress";

describe("impl: progressOf", () => {
    it("reads an export's progress as a percentage", () => {
        assert.equal(exportTaskDriver.progressOf({ status: "RUNNING", progress: 42.5 }), 0.425);
        assert.equal(exportTaskDriver.progressOf({ status: "INIT", progress: 0 }), 0);
        assert.equal(exportTaskDriver.progressOf({ status: "RUNNING" }), undefined);
    });

    it("reads an import's files, else its bytes, else its samples; a queued import has done nothing", () => {
        const running = { status: "RUNNING", total_sample_count: 10, imported_sample_count: 1 };
        assert.equal(importTaskDriver.progressOf({ ...running, total_file_count: 8, finished_file_count: 2 }), 0.25);
        assert.equal(importTaskDriver.progressOf({ ...running, total_file_size: 200, finished_file_size: 150 }), 0.75);
        assert.equal(importTaskDriver.progressOf({ ...running, total_file_count: 0, finished_file_count: 0 }), 0.1);
        assert.equal(importTaskDriver.progressOf({ status: "RUNNING" }), undefined);
        assert.equal(importTaskDriver.progressOf({ status: "QUEUING", total_file_count: 0 }), 0);
    });

    it("reports none for a processing task, whose API gives none", () => {
        assert.equal(processorTaskDriver.progressOf({ status: 1 }), undefined);
    });
});

describe("impl: percentOf", () => {
    it("shows a share as whole percent, rounded down but never below what the task reported", () => {
        assert.equal(percentOf(shareOf(29, 100)), "29 %");
        assert.equal(percentOf(shareOf(28.5, 100)), "28 %");
        assert.equal(percentOf(shareOf(1199, 1200)), "99 %");
        assert.equal(percentOf(undefined), undefined);
    });
});

import assert from "node:assert/strict";
import { fanoutFigures, idealMs, MIN_REQUESTS_PER_TASK } from "../../../bench/fanout/metrics";

describe("bench/fanout/metrics", () => {
    describe("idealMs", () => {
        const { ImportTask, ExportTask } = MIN_REQUESTS_PER_TASK;

        it("is the task duration while the bucket carries every request that comes before a start", () => {
            assert.equal(idealMs(10, ImportTask, 3_000, 50), 3_000);
            assert.equal(idealMs(25, ExportTask, 3_000, 50), 3_000); // 50 lists and POSTs: the bucket's second
        });

        it("starts the last task only once the requests before every start have passed at the limit", () => {
            // 50 lists and 50 POSTs: the second 50 pass over one second, then the last export runs 3 s.
            assert.equal(idealMs(50, ExportTask, 3_000, 50), 4_000);
            assert.equal(idealMs(50, ImportTask, 3_000, 50), 3_000);
        });

        it("is the limit's floor for every request when that is longer: beyond the bucket's second, at the limit", () => {
            assert.equal(idealMs(200, ImportTask, 3_000, 50), 7_000); // (400 − 50) / 50
            assert.equal(idealMs(200, ExportTask, 3_000, 50), 11_000); // (600 − 50) / 50, above 3 s + (400 − 50) / 50
        });
    });

    describe("fanoutFigures", () => {
        const t0 = 1_700_000_000_000;
        const log = [
            { method: "POST", status: 429, atMs: t0 },
            { method: "POST", status: 200, atMs: t0 + 100 },
            { method: "GET", status: 200, atMs: t0 + 1_200 },
            { method: "POST", status: 200, atMs: t0 + 3_100 },
            { method: "GET", status: 429, atMs: t0 + 3_500 },
            { method: "GET", status: 200, atMs: t0 + 3_600 },
            { method: "GET", status: 200, atMs: t0 + 4_000 },
        ];
        const figures = fanoutFigures(log, {
            tasks: 2,
            minRequests: MIN_REQUESTS_PER_TASK.ImportTask,
            taskDurationMs: 3_000,
            limitPerSecond: 10,
            settleMs: 3_000,
        });

        it("measures the span from the first request to the last, and the cost per task", () => {
            assert.equal(figures.spanMs, 4_000);
            assert.equal(figures.idealMs, 3_000);
            assert.deepEqual([figures.requests, figures.requestsPerTask, figures.throttled], [7, 3.5, 2]);
        });

        it("refuses an empty log", () => {
            const run = {
                tasks: 1,
                minRequests: MIN_REQUESTS_PER_TASK.ImportTask,
                taskDurationMs: 1,
                limitPerSecond: 1,
                settleMs: 0,
            };
            assert.throws(() => fanoutFigures([], run), /no request/);
        });
    });
});

import assert from "node:assert/strict";
import { fanoutFigures, idealMs, MIN_REQUESTS_PER_TASK } from "../../../bench/fanout/metrics";

describe("bench/fanout/metrics", () => {
    describe("idealMs", () => {
        it("is the task duration while the limit carries the fewest requests of every task within it", () => {
            assert.equal(idealMs(10, 2, 3_000, 50), 3_000);
        });

        it("is the limit's floor when that is longer: the requests beyond the bucket's second, at the limit", () => {
            assert.equal(idealMs(200, 2, 3_000, 50), 7_000); // (400 − 50) / 50
            assert.equal(idealMs(200, MIN_REQUESTS_PER_TASK.ExportTask, 3_000, 50), 11_000);
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
            minRequests: 2,
            taskDurationMs: 3_000,
            limitPerSecond: 10,
            settleMs: 3_000,
        });

        it("measures the span from the first request to the last, and the cost per task", () => {
            assert.equal(figures.spanMs, 4_000);
            assert.equal(figures.idealMs, 3_000);
            assert.deepEqual([figures.requests, figures.requestsPerTask, figures.throttled], [7, 3.5, 2]);
        });

        it("times the last accepted create from the first request, a refused one not counted", () => {
            assert.equal(figures.lastCreateMs, 3_100);
            const refusedLast = [...log, { method: "POST", status: 429, atMs: t0 + 3_900 }];
            const run = { tasks: 2, minRequests: 2, taskDurationMs: 3_000, limitPerSecond: 10, settleMs: 3_000 };
            assert.equal(fanoutFigures(refusedLast, run).lastCreateMs, 3_100);
        });

        it("counts accepted and throttled answers per whole second", () => {
            assert.deepEqual(figures.perSecond, [
                { accepted: 1, throttled: 1 },
                { accepted: 1, throttled: 0 },
                { accepted: 0, throttled: 0 },
                { accepted: 2, throttled: 1 },
                { accepted: 1, throttled: 0 },
            ]);
        });

        it("judges the settled rate only after settleMs", () => {
            assert.equal(figures.throttledShareAfterSettle, 1 / 4);
            assert.equal(figures.peakAcceptedPerSecondAfterSettle, 2);
        });

        it("refuses an empty log", () => {
            const run = { tasks: 1, minRequests: 2, taskDurationMs: 1, limitPerSecond: 1, settleMs: 0 };
            assert.throws(() => fanoutFigures([], run), /no request/);
        });
    });
});

import assert from "node:assert/strict";
import { fixedIntervalDelays } from "../../../bench/waiter/schedules";
import { measureDetection, ourWaiter, scheduleWaiter, summarise } from "../../../bench/waiter/simulate";

const noJitter = () => 0.5;

describe("bench/waiter/simulate", () => {
    describe("measureDetection", () => {
        it("counts GETs and the lag from completion to the first GET that sees it (fixed 5 s, done at 12 s)", async () => {
            // GETs at 5, 10 and 15 s; the one at 15 s sees the task done, 3 s after it completed.
            assert.deepEqual(await measureDetection(scheduleWaiter(fixedIntervalDelays(5_000)), 12_000, noJitter), {
                gets: 3,
                lagMs: 3_000,
            });
        });

        it("counts a GET at the very instant of completion as detecting it", async () => {
            assert.deepEqual(await measureDetection(scheduleWaiter(fixedIntervalDelays(5_000)), 10_000, noJitter), {
                gets: 2,
                lagMs: 0,
            });
        });

        it("drives the real waitForTask: polls at 1.5, 3.3 and 5.1 s without jitter, task done at 5 s", async () => {
            // delays of 1500 ms, then 1800 ms
            assert.deepEqual(await measureDetection(ourWaiter, 5_000, noJitter), { gets: 3, lagMs: 100 });
        });
    });

    describe("summarise", () => {
        it("reports mean and max GETs, mean lag with its 95 % confidence half-width, the nearest-rank p95 and the max", () => {
            const detections = Array.from({ length: 20 }, (_, index) => ({ gets: index % 4, lagMs: index + 1 }));
            const summary = summarise(detections);
            assert.equal(summary.getsMean, 1.5);
            assert.equal(summary.getsMax, 3);
            assert.equal(summary.lagMeanMs, 10.5);
            assert.equal(summary.lagP95Ms, 19);
            assert.equal(summary.lagMaxMs, 20);
            // population variance of 1..20 is (20² − 1) / 12
            assert.ok(Math.abs(summary.lagMeanCi95Ms - 1.96 * Math.sqrt(399 / 12 / 20)) < 1e-9);
        });

        it("refuses an empty sample", () => {
            assert.throws(() => summarise([]), /nothing to summarise/);
        });
    });
});

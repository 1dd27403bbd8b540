import assert from "node:assert/strict";
import { contenders, runWaiterBenchmark, TASK_DURATIONS_S } from "../../../bench/waiter/benchmark";

describe("bench/waiter/benchmark", () => {
    const options = { runs: 40, seed: 7, spread: 0.05, rateWalk: 0.3, startup: 0.2, steps: 100 };

    it("measures ours with progress, then every contender without, at every task duration", async () => {
        const measurements = await runWaiterBenchmark(options);
        const cells = measurements.map((m) => `${m.durationS}:${m.contender}:${m.progress}`);
        assert.deepEqual(
            cells,
            TASK_DURATIONS_S.flatMap((durationS) => [
                `${durationS}:ours:true`,
                ...contenders.map((c) => `${durationS}:${c.id}:false`),
            ]),
        );
    });

    it("with progress, ours needs fewer GETs on the same tasks from one minute up", async () => {
        const measurements = await runWaiterBenchmark(options);
        for (const durationS of [60, 600, 3_600]) {
            const gets = (progress: boolean) =>
                measurements.find(
                    (m) => m.contender === "ours" && m.durationS === durationS && m.progress === progress,
                )!.summary.getsMean;
            assert.ok(gets(true) < gets(false), `T = ${durationS} s: ${gets(true)} vs ${gets(false)} GETs`);
        }
    });

    it("reproduces a run exactly from its seed, and a different seed gives different figures", async () => {
        assert.deepEqual(await runWaiterBenchmark(options), await runWaiterBenchmark(options));
        assert.notDeepEqual(await runWaiterBenchmark({ ...options, seed: 8 }), await runWaiterBenchmark(options));
    });

    it("spreads completions around T, so a fixed 20 s grid does not always hit the task at T = 60 s", async () => {
        const huaweiAt60 = async (spread: number) =>
            (await runWaiterBenchmark({ ...options, spread })).find(
                (m) => m.contender === "huawei" && m.durationS === 60,
            );
        assert.equal((await huaweiAt60(0))?.summary.lagMeanMs, 0, "without spread every run completes on a poll");
        const spreadLag = (await huaweiAt60(0.05))?.summary.lagMeanMs ?? 0;
        assert.ok(spreadLag > 5_000 && spreadLag < 15_000, `mean lag near half the 20 s interval, got ${spreadLag} ms`);
    });
});

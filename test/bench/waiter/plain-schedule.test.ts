/**
 * The plain schedule (`provider/wait-schedule.ts`) against the waiter benchmark's own targets and verdicts when tasks
 * do not end on its poll grid (docs/design/waiter.md, "The plain schedule"). The benchmark's default spread of
 * completions (±5 %) is narrower than the gaps near 5 s and 60 s, so it judges where one poll falls, not the gaps.
 */
import assert from "node:assert/strict";
import { completionInstantsMs, TASK_DURATIONS_S } from "../../../bench/waiter/benchmark";
import { huaweiModelArtsDelays } from "../../../bench/waiter/schedules";
import { measureDetection, ourWaiter, scheduleWaiter, summarise, Waiter } from "../../../bench/waiter/simulate";
import { ourTargets, targetFailures } from "../../../bench/waiter/verdicts";
import { nextPollDelayMs } from "../../../provider/wait";
import { seededRandom } from "../../../emulator/random";

/** The widest spread of completions, T × (1 ± SPREAD), that every gap around T is sized for. */
const SPREAD = 0.15;
/** Jitter draws evenly over [0, 1): every gap length the jitter gives, equally weighted. */
const DRAWS = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The lag of a completion that falls in the gap after a poll `elapsedMs` after submission, when the completion does
 * not depend on the polls: it lands in a gap with a chance proportional to the gap's length, then anywhere in it. So
 * the mean lag is E[gap²] / 2 E[gap], and a lag exceeds x with chance E[max(0, gap − x)] / E[gap].
 */
function lagInGapAfter(elapsedMs: number): { meanMs: number; p95Ms: number } {
    const gaps = DRAWS.map((draw) => nextPollDelayMs(elapsedMs, () => draw));
    const total = sum(gaps);
    const exceeds = (lagMs: number) => sum(gaps.map((gap) => Math.max(0, gap - lagMs))) / total;
    let [low, high] = [0, Math.max(...gaps)];
    while (high - low > 1) {
        const middle = (low + high) / 2;
        [low, high] = exceeds(middle) > 0.05 ? [middle, high] : [low, middle];
    }
    return { meanMs: sum(gaps.map((gap) => gap * gap)) / (2 * total), p95Ms: high };
}

/** Mean and p95 lags and GETs of `waiter` on `runs` tasks of T ending in T × (1 ± spread), from seed `seed`. */
async function measured(waiter: Waiter, durationS: number, spread: number, runs: number, seed: number) {
    const completionsMs = completionInstantsMs(durationS, runs, spread, seededRandom(seed));
    const jitter = seededRandom(seed + 1);
    const detections = [];
    for (const completionMs of completionsMs) detections.push(await measureDetection(waiter, completionMs, jitter));
    return summarise(detections);
}

describe("bench/waiter: the plain schedule under spread completions", () => {
    it(`sizes every gap a task ending within ±${SPREAD * 100} % of a target duration can end in for its lag targets`, () => {
        const misses: string[] = [];
        for (const durationS of TASK_DURATIONS_S) {
            const { lagMeanS, lagP95S } = ourTargets[durationS];
            const [earliestMs, latestMs] = [1 - SPREAD, 1 + SPREAD].map((share) => durationS * 1_000 * share);
            const missed: number[] = [];
            // Every poll instant whose gap can hold such an end, on a grid of a thousandth of T.
            for (let elapsedMs = 0; elapsedMs <= latestMs!; elapsedMs += durationS) {
                if (elapsedMs + nextPollDelayMs(elapsedMs, () => 0.999_999) < earliestMs!) continue;
                const { meanMs, p95Ms } = lagInGapAfter(elapsedMs);
                if (meanMs > lagMeanS * 1_000 || (lagP95S !== undefined && p95Ms > lagP95S * 1_000)) {
                    missed.push(elapsedMs);
                }
            }
            if (missed.length) {
                const { meanMs, p95Ms } = lagInGapAfter(missed[missed.length - 1]!);
                misses.push(
                    `T = ${durationS} s: ${missed.length} gaps from ${missed[0]} ms to ${missed[missed.length - 1]} ms ` +
                        `(the last: mean ${Math.round(meanMs)} ms, p95 ${Math.round(p95Ms)} ms)`,
                );
            }
        }
        assert.deepEqual(misses, []);
    });

    for (const durationS of [5, 60] as const) {
        for (const spread of [0.05, 0.1, SPREAD]) {
            it(`passes the benchmark's verdict at T = ${durationS} s, tasks ending within ±${spread * 100} %`, async () => {
                const summary = await measured(ourWaiter, durationS, spread, 4_000, 7);
                assert.deepEqual(targetFailures(summary, ourTargets[durationS]), []);
            });
        }
    }

    it("makes fewer GETs than the Huawei provider's 20 s grid at 10 minutes, where that grid has the lower lag", async () => {
        for (const spread of [0.05, 0.1]) {
            const ours = await measured(ourWaiter, 600, spread, 1_000, 3);
            const huawei = await measured(scheduleWaiter(huaweiModelArtsDelays), 600, spread, 1_000, 3);
            assert.ok(huawei.lagMeanMs < ours.lagMeanMs, "else GETs would not be what keeps ours undominated");
            assert.ok(ours.getsMean < huawei.getsMean, `±${spread}: ${ours.getsMean} GETs vs ${huawei.getsMean}`);
        }
    });
});

import assert from "node:assert/strict";
import { progressCurve } from "../../../bench/waiter/progress-model";
import { seededRandom } from "../../../testkit/fake-clock";

describe("bench/waiter/progress-model", () => {
    const model = { rateWalk: 0.3, startup: 0.2, steps: 100 };
    const samples = (curve: (ms: number) => number, endMs: number) =>
        Array.from({ length: 1_001 }, (_, i) => curve((i * endMs) / 1_000));

    it("reads 0 during a start-up within the first 20 % and 1 only at completion, never going backwards", () => {
        for (let seed = 1; seed <= 20; seed++) {
            const values = samples(progressCurve(60_000, model, seededRandom(seed)), 60_000);
            assert.ok(
                values.slice(1).every((v, i) => v >= values[i]!),
                `seed ${seed} goes backwards`,
            );
            assert.ok(
                values.slice(0, -1).every((v) => v < 1),
                `seed ${seed} reads 100 % before completion`,
            );
            assert.equal(values[values.length - 1], 1);
            assert.ok(values[200]! > 0, `seed ${seed} has not moved after 20 % of its duration`);
        }
        const startups = Array.from({ length: 20 }, (_, seed) =>
            samples(progressCurve(60_000, model, seededRandom(seed + 1)), 60_000).findIndex((v) => v > 0),
        );
        assert.ok(Math.max(...startups) > 100, "some start-ups are long");
    });

    it("reports whole steps only", () => {
        const values = samples(progressCurve(600_000, { ...model, steps: 40 }, seededRandom(3)), 600_000);
        assert.ok(values.every((v) => Number.isInteger(Math.round(v * 40 * 1e9) / 1e9)));
        assert.ok(new Set(values).size > 30, "and moves through most of them");
    });

    it("wanders: the rate over tenths of the run differs within the ±30 % band, and not without a walk", () => {
        const rates = (rateWalk: number) => {
            const curve = progressCurve(1_000_000, { rateWalk, startup: 0, steps: 1_000_000 }, seededRandom(9));
            return Array.from({ length: 9 }, (_, i) => curve((i + 1) * 100_000) - curve(i * 100_000));
        };
        const wandering = rates(0.3);
        const spread = Math.max(...wandering) / Math.min(...wandering);
        assert.ok(spread > 1.1 && spread < 1.3 / 0.7, `fastest tenth ${spread.toFixed(2)}× the slowest`);
        const steadyRates = rates(0);
        assert.ok(Math.max(...steadyRates) - Math.min(...steadyRates) < 1e-5);
    });
});

import assert from "node:assert/strict";
import {
    awsWaiterDelays,
    DelaySchedule,
    fixedIntervalDelays,
    huaweiModelArtsDelays,
    terraformDefaultDelays,
} from "../../../bench/waiter/schedules";

/** The first `count` delays of a schedule, with a constant random source. */
function firstDelays(schedule: DelaySchedule, count: number, randomValue = 0.5): number[] {
    const delays = schedule(() => randomValue);
    return Array.from({ length: count }, () => {
        const next = delays.next();
        assert.equal(next.done, false, "schedules never run out");
        return next.value;
    });
}

describe("bench/waiter/schedules", () => {
    it("fixed polling sleeps the interval before every GET, the first included", () => {
        assert.deepEqual(firstDelays(fixedIntervalDelays(5_000), 4), [5_000, 5_000, 5_000, 5_000]);
    });

    it("Terraform refreshes at once, then doubles from 200 ms (the 100 ms is doubled before use) up to 10 s", () => {
        assert.deepEqual(
            firstDelays(terraformDefaultDelays, 10),
            [0, 200, 400, 800, 1_600, 3_200, 6_400, 10_000, 10_000, 10_000],
        );
    });

    it("the Huawei Cloud provider's ModelArts wait first polls after 20 s, then every 20 s", () => {
        assert.deepEqual(firstDelays(huaweiModelArtsDelays, 4), [20_000, 20_000, 20_000, 20_000]);
    });

    describe("AWS SDK v3 waiter", () => {
        it("polls at once, then draws each delay between 2 s and 2 s × 2^(attempt−1), then 120 s flat", () => {
            assert.deepEqual(
                firstDelays(awsWaiterDelays, 9, 0),
                [0, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 120_000, 120_000],
            );
            const highest = firstDelays(awsWaiterDelays, 9, 0.999999).map(Math.round);
            assert.deepEqual(highest, [0, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 120_000, 120_000]);
        });

        it("spreads a delay uniformly inside its range", () => {
            assert.equal(firstDelays(awsWaiterDelays, 4, 0.5)[3], 2_000 + 0.5 * (8_000 - 2_000));
        });
    });
});

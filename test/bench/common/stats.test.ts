import assert from "node:assert/strict";
import { distribution, median, percentile } from "../../../bench/common/stats";

describe("bench/common/stats", () => {
    it("takes percentiles by nearest rank: always a measured value, whatever the order given", () => {
        const values = [7, 1, 9, 3, 5, 2, 10, 4, 8, 6];
        assert.equal(percentile(values, 0.5), 5);
        assert.equal(percentile(values, 0.9), 9);
        assert.equal(percentile(values, 0.95), 10);
        assert.equal(percentile(values, 1), 10);
        assert.equal(median([3, 1, 2]), 2);
        assert.equal(median([4, 1, 3, 2]), 2, "the lower middle value of an even count");
    });

    it("summarises a distribution: of 15 start-ups the p90 is the 14th fastest", () => {
        const values = Array.from({ length: 15 }, (_, i) => 100 + i);
        assert.deepEqual(distribution(values), { count: 15, min: 100, median: 107, p90: 113, p99: 114, max: 114 });
    });

    it("refuses an empty set and a quantile outside (0, 1]", () => {
        assert.throws(() => distribution([]), /no values/);
        assert.throws(() => percentile([1], 0), /quantile/);
        assert.throws(() => percentile([1], 1.5), /quantile/);
    });
});

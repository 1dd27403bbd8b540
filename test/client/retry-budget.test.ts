import assert from "node:assert/strict";
import { RetryBudget } from "../../provider/client/retry-budget";

describe("client/retry-budget", () => {
    it("charges 5 tokens for an HTTP error retry and 10 for a network error retry, from 500", () => {
        const budget = new RetryBudget();
        assert.equal(budget.tryAcquire("httpError"), 5);
        assert.equal(budget.tryAcquire("networkError"), 10);
        assert.deepEqual(budget.stats(), { available: 485, granted: 2, refused: 0 });
    });

    it("refuses a retry it cannot pay for, taking nothing", () => {
        const budget = new RetryBudget({ capacity: 12 });
        assert.equal(budget.tryAcquire("networkError"), 10);
        assert.equal(budget.tryAcquire("networkError"), undefined);
        assert.equal(budget.tryAcquire("httpError"), undefined);
        assert.deepEqual(budget.stats(), { available: 2, granted: 1, refused: 2 });
    });

    it("refunds a successful retry's cost, 1 for a success without retry, never above capacity", () => {
        const budget = new RetryBudget({ capacity: 20 });
        const cost = budget.tryAcquire("networkError")!;
        budget.tryAcquire("httpError");
        budget.recordSuccess(cost);
        assert.equal(budget.stats().available, 15);
        budget.recordSuccess(0);
        assert.equal(budget.stats().available, 16);
        for (let i = 0; i < 10; i++) budget.recordSuccess(0);
        assert.equal(budget.stats().available, 20);
    });

    it("drains under sustained failure: at most 100 HTTP retries from a full default bucket", () => {
        const budget = new RetryBudget();
        let granted = 0;
        while (budget.tryAcquire("httpError") !== undefined) granted++;
        assert.equal(granted, 100);
    });
});

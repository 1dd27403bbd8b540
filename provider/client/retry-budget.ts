/**
 * A retry token bucket shared by every request of a provider process, as in the AWS SDK's "standard" retry mode:
 * a retry must take tokens from the bucket (5 after an HTTP error, 10 after a timeout or network error, which cost
 * the service more); a success puts back what its own last retry took, or 1 when it needed none. While the service
 * is healthy the bucket stays full; when most calls fail, it drains and retries stop, so many parallel waits do not
 * hammer a struggling service (docs/design/retry-budget.md). First attempts never need tokens.
 */

/** Tuning of a {@link RetryBudget}; the defaults are the AWS SDK's. */
export interface RetryBudgetOptions {
    readonly capacity?: number;
    readonly retryCost?: number;
    readonly networkErrorRetryCost?: number;
    readonly successRefund?: number;
}

/** Counters of a {@link RetryBudget} (for tests and diagnosis). */
export interface RetryBudgetStats {
    readonly available: number;
    /** Retries the budget allowed. */
    readonly granted: number;
    /** Retries refused because the bucket was too low. */
    readonly refused: number;
}

/** Why a retry is wanted: the cost differs. */
export type RetryCause = "httpError" | "networkError";

/** The token bucket; see the module comment. */
export class RetryBudget {
    private readonly capacity: number;
    private readonly retryCost: number;
    private readonly networkErrorRetryCost: number;
    private readonly successRefund: number;
    private available: number;
    private granted = 0;
    private refused = 0;

    constructor(options: RetryBudgetOptions = {}) {
        this.capacity = options.capacity ?? 500;
        this.retryCost = options.retryCost ?? 5;
        this.networkErrorRetryCost = options.networkErrorRetryCost ?? 10;
        this.successRefund = options.successRefund ?? 1;
        this.available = this.capacity;
    }

    /** Takes the tokens a retry costs; returns how many, or undefined (and takes none) when too few are left. */
    tryAcquire(cause: RetryCause): number | undefined {
        const cost = cause === "networkError" ? this.networkErrorRetryCost : this.retryCost;
        if (cost > this.available) {
            this.refused++;
            return undefined;
        }
        this.available -= cost;
        this.granted++;
        return cost;
    }

    /** Records a successful request; `lastRetryCost` is what its last retry took (0 when it was not retried). */
    recordSuccess(lastRetryCost: number): void {
        const refund = lastRetryCost > 0 ? lastRetryCost : this.successRefund;
        this.available = Math.min(this.capacity, this.available + refund);
    }

    stats(): RetryBudgetStats {
        return { available: this.available, granted: this.granted, refused: this.refused };
    }
}

/** The budget every transport of this process shares unless it is given its own. */
export const sharedRetryBudget = new RetryBudget();

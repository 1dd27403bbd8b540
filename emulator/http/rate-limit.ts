/**
 * A token bucket: `ratePerSecond` requests a second, with a burst of one second's worth. Requests above it are
 * answered 429 with `Retry-After`, as the API Gateway throttles (APIGW.0308), so fan-out benchmarks can check that
 * a client settles under the limit.
 */
import { EmulatorClock } from "../clock";

/** A request-rate limiter. */
export class TokenBucket {
    private tokens: number;
    private updatedAt: number;

    constructor(
        readonly ratePerSecond: number,
        private readonly clock: EmulatorClock,
    ) {
        if (!(ratePerSecond > 0)) throw new Error(`the rate limit must be positive, got ${ratePerSecond}`);
        this.tokens = ratePerSecond;
        this.updatedAt = clock.now();
    }

    /** Takes a token; when none is left, how many whole seconds until one is. */
    take(): { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number } {
        const now = this.clock.now();
        this.tokens = Math.min(this.ratePerSecond, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
        this.updatedAt = now;
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return { allowed: true };
        }
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.ratePerSecond)) };
    }
}

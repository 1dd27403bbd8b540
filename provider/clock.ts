/**
 * Time as the provider sees it. Everything that waits (the task waiter, HTTP retries) takes a `Clock`, so unit
 * tests and benchmarks run on a fake clock instead of sleeping.
 */
export interface Clock {
    /** Epoch milliseconds. */
    now(): number;
    /** Resolves after `ms` milliseconds. */
    sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

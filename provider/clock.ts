/**
 * Time as the provider sees it. Everything that waits (the task waiter, HTTP retries, the pace) or cuts something
 * off at an instant (a request's deadline, an attempt's timeout) takes a `Clock`, so unit tests and benchmarks run on
 * a fake clock instead of sleeping or waiting for real timers.
 */
export interface Clock {
    /** Epoch milliseconds. */
    now(): number;
    /** Resolves after `ms` milliseconds. */
    sleep(ms: number): Promise<void>;
    /**
     * A signal that aborts `ms` milliseconds from now (at once when `ms` ≤ 0), as `AbortSignal.timeout` does, with a
     * `TimeoutError`; `cancel` drops its timer when it is no longer needed.
     */
    abortAfter(ms: number): AbortTimer;
}

/** What {@link Clock.abortAfter} returns. */
export interface AbortTimer {
    readonly signal: AbortSignal;
    /** Drops the timer: the signal then never aborts. */
    cancel(): void;
}

/** The reason a signal of {@link Clock.abortAfter} aborts with (as `AbortSignal.timeout`'s). */
export function timeoutReason(): DOMException {
    return new DOMException("The operation was aborted due to timeout", "TimeoutError");
}

/** The real clock. */
export const systemClock: Clock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    abortAfter: (ms) => {
        const controller = new AbortController();
        const abort = () => {
            controller.abort(timeoutReason());
        };
        if (ms <= 0) abort();
        const timer = ms <= 0 ? undefined : setTimeout(abort, ms);
        return {
            signal: controller.signal,
            cancel: () => {
                clearTimeout(timer);
            },
        };
    },
};

/**
 * Time and chance under the test's control. The provider's waiter, retries and pacing read time from a `Clock`
 * (provider/clock.ts) and draw jitter from a `() => number`; giving them these instead of the machine's clock and
 * `Math.random` lets a test or a benchmark run an hour-long wait in milliseconds and get the same delays on every
 * run. `FakeClock` serves one sequential caller (each `sleep` moves time on at once), `EventClock` many concurrent
 * sleepers (time moves to the earliest wake-up once all of them sleep). The repeatable jitter source is the
 * emulator's `seededRandom` (emulator/random.ts), one generator for faults, tests and benchmarks alike. The waiter
 * benchmark (bench/waiter) simulates thousands of waits on them, which is why they live in testkit/.
 */
import { AbortTimer, Clock, timeoutReason } from "../provider/clock";

/**
 * A clock whose `sleep` advances time at once and records each requested delay; a signal of `abortAfter` aborts
 * when a sleep moves time to or past its instant (nothing else moves time).
 */
export class FakeClock implements Clock {
    readonly sleeps: number[] = [];
    private readonly timers = new Set<{ at: number; controller: AbortController }>();
    constructor(private nowMs = 1_700_000_000_000) {}
    now(): number {
        return this.nowMs;
    }
    sleep(ms: number): Promise<void> {
        const delay = Math.max(0, ms);
        this.sleeps.push(delay);
        this.nowMs += delay;
        for (const timer of [...this.timers].sort((a, b) => a.at - b.at)) {
            if (timer.at > this.nowMs) break;
            this.timers.delete(timer);
            timer.controller.abort(timeoutReason());
        }
        return Promise.resolve();
    }
    abortAfter(ms: number): AbortTimer {
        const timer = { at: this.nowMs + ms, controller: new AbortController() };
        if (ms <= 0) timer.controller.abort(timeoutReason());
        else this.timers.add(timer);
        return { signal: timer.controller.signal, cancel: () => this.timers.delete(timer) };
    }
}

/**
 * A clock for many concurrent sleepers: `sleep` waits until {@link EventClock.run} advances time to its wake-up
 * instant, earliest first, letting every woken task run until it sleeps again; a signal of `abortAfter` aborts when
 * `run` reaches its instant, so a request that hangs until it is cut off is blocked on the clock too. `FakeClock`
 * advances time on each `sleep` call, which is right for one sequential caller only.
 */
export class EventClock implements Clock {
    private readonly timers: Array<{ at: number; seq: number; wake: () => void }> = [];
    private seq = 0;
    constructor(private nowMs = 1_700_000_000_000) {}
    now(): number {
        return this.nowMs;
    }
    sleep(ms: number): Promise<void> {
        return new Promise((wake) => {
            this.timers.push({ at: this.nowMs + Math.max(0, ms), seq: this.seq++, wake });
        });
    }
    abortAfter(ms: number): AbortTimer {
        const controller = new AbortController();
        const abort = () => {
            controller.abort(timeoutReason());
        };
        if (ms <= 0) {
            abort();
            return { signal: controller.signal, cancel: () => undefined };
        }
        const timer = { at: this.nowMs + ms, seq: this.seq++, wake: abort };
        this.timers.push(timer);
        const cancel = () => {
            const index = this.timers.indexOf(timer);
            if (index >= 0) this.timers.splice(index, 1);
        };
        return { signal: controller.signal, cancel };
    }
    /** Runs `work` to completion, advancing time whenever every task of it sleeps. */
    async run<T>(work: Promise<T>): Promise<T> {
        let done = false;
        const result = work.finally(() => (done = true));
        result.catch(() => undefined); // handled by our caller, once we return it
        for (;;) {
            await new Promise((resolve) => setImmediate(resolve));
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by `work`'s callback while we wait
            if (done) return result;
            if (this.timers.length === 0) throw new Error("every task is blocked on something other than the clock");
            this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
            const next = this.timers.shift()!;
            this.nowMs = next.at;
            next.wake();
        }
    }
}

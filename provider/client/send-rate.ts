/**
 * Client-side pacing of every request of a provider process, adapted to throttling (issue 5, "Fan-out").
 *
 * ModelArts publishes no rate limits; throttling shows up only as HTTP 429 (NOTES.md). Honouring `Retry-After`
 * per request is not enough when a stack waits on hundreds of tasks at once: every throttled request sleeps the
 * same second and comes back with the others, so the rate oscillates around the limit. Instead, as the AWS SDK's
 * "adaptive" retry mode does, the whole process slows down on throttling:
 *
 * - Until the first 429 nothing is paced: a healthy service never waits on this.
 * - A 429 for a request sent under the current pace is a capacity signal. The capacity estimate is how many of the
 *   requests sent in the second before that signal the service accepted (revised upwards while their answers still
 *   arrive, so a burst is judged on all its answers), and the pace drops to 90 % of it. 429s for requests sent
 *   under an earlier pace belong to the burst already answered and are not counted again.
 * - The pace then follows TCP CUBIC's curve (RFC 9438), as the AWS SDK does: back to the estimate after
 *   K = ∛(estimate × 10 % / 0.4) seconds, flat around it, then faster and faster above it (0.4 × (t − K)³
 *   requests/s). So it sits just under the service's limit, yet soon leaves an estimate made while little was sent.
 * - Waiting requests leave one at a time, evenly spaced at the pace of the moment: requests that start a task
 *   (its create, and the lists that make the create safe) before those that only watch one, each first come first
 *   served. Under a limit, every task then starts as early as the limit allows, and polls, which would mostly
 *   find tasks still running, wait: the stack finishes sooner for the same number of requests.
 *
 * No maintained npm library does this with an injectable clock: `bottleneck` and `p-throttle` pace at a fixed rate,
 * and smithy's `DefaultRateLimiter` reads `Date.now`/`setTimeout` and AWS error shapes.
 */
import { Clock, systemClock } from "../clock";

/** Tuning of a {@link SendRateLimiter}; the defaults are the ones described in the module comment. */
export interface SendRateOptions {
    readonly clock?: Clock;
    /** Share of the capacity estimate the pace falls to after a throttle. */
    readonly backoff?: number;
    /** CUBIC's scaling constant C, in requests per second per second³. */
    readonly cubicScale?: number;
    /** The pace never drops below this many requests per second. */
    readonly minPerSecond?: number;
}

/** Whether a request starts a task (sent first when requests wait) or watches one. */
export type SendPriority = "start" | "watch";

/** What {@link SendRateLimiter.acquire} hands out, to be given back with the answer. */
export interface SendTicket {
    readonly sentAtMs: number;
    /** The pace the request was sent under: increases at each cut. */
    readonly generation: number;
}

/** Counters of a {@link SendRateLimiter}, for benchmarks and tests. */
export interface SendRateStats {
    /** The service's capacity as last estimated, requests per second; `Infinity` until the first throttle. */
    readonly estimatePerSecond: number;
    /** Times the pace was lowered. */
    readonly cuts: number;
}

const WINDOW_MS = 1_000;
/** Answers can arrive this long after their request was sent (the transport's attempt timeout). */
const HORIZON_MS = 30_000;

/** Paces requests; see the module comment. One instance is shared by every transport of a process. */
export class SendRateLimiter {
    private readonly clock: Clock;
    private readonly backoff: number;
    private readonly cubicScale: number;
    private readonly minPerSecond: number;
    /** The requests the service accepted, sent over the last {@link HORIZON_MS}. */
    private accepted: SendTicket[] = [];
    private readonly waiting: Record<SendPriority, Array<() => void>> = { start: [], watch: [] };
    private releasing = false;
    private generation = 0;
    private estimatePerSecond = Infinity;
    private paceSinceMs = -Infinity;
    private nextSlotMs = -Infinity;
    private cuts = 0;

    constructor(options: SendRateOptions = {}) {
        this.clock = options.clock ?? systemClock;
        this.backoff = options.backoff ?? 0.9;
        this.cubicScale = options.cubicScale ?? 0.4;
        this.minPerSecond = options.minPerSecond ?? 1;
    }

    /** Waits for this request's turn; resolves to the ticket to give back to {@link record} with the answer. */
    async acquire(priority: SendPriority = "watch"): Promise<SendTicket> {
        if (this.estimatePerSecond !== Infinity || this.waitingCount() > 0) {
            await new Promise<void>((release) => {
                this.waiting[priority].push(release);
                if (!this.releasing) void this.releaseInTurn();
            });
        }
        return { sentAtMs: this.clock.now(), generation: this.generation };
    }

    /** Records the answer to a request: throttled (HTTP 429) or not. */
    record(ticket: SendTicket, throttled: boolean): void {
        const now = this.clock.now();
        if (this.accepted.length > 0 && this.accepted[0].sentAtMs < now - 2 * HORIZON_MS) {
            this.accepted = this.accepted.filter((t) => t.sentAtMs >= now - HORIZON_MS);
        }
        if (!throttled) {
            this.accepted.push(ticket);
            // A late answer to a request sent before the pace began still counts towards that estimate.
            if (ticket.generation < this.generation) this.reviseEstimate();
            return;
        }
        if (ticket.generation < this.generation) return; // part of a burst the current pace already answers
        this.generation++;
        this.cuts++;
        this.paceSinceMs = now;
        this.estimatePerSecond = 0;
        this.reviseEstimate();
    }

    /** Requests per second allowed at `nowMs`: the CUBIC curve through `backoff × estimate` at the cut. */
    paceAt(nowMs: number): number {
        const estimate = this.estimatePerSecond;
        if (estimate === Infinity) return Infinity;
        const seconds = Math.max(0, nowMs - this.paceSinceMs) / 1000;
        const k = Math.cbrt((estimate * (1 - this.backoff)) / this.cubicScale);
        return Math.max(this.minPerSecond, estimate + this.cubicScale * (seconds - k) ** 3);
    }

    stats(): SendRateStats {
        return { estimatePerSecond: this.estimatePerSecond, cuts: this.cuts };
    }

    /** Lets waiting requests go one at a time; a cut while it sleeps applies from the next request on. */
    private async releaseInTurn(): Promise<void> {
        this.releasing = true;
        while (this.waitingCount() > 0) {
            const waitMs = this.nextSlotMs - this.clock.now();
            if (waitMs > 0) {
                await this.clock.sleep(waitMs);
                continue;
            }
            (this.waiting.start.shift() ?? this.waiting.watch.shift())!();
            const now = this.clock.now();
            const pace = this.paceAt(now);
            this.nextSlotMs = pace === Infinity ? now : now + 1000 / pace;
        }
        this.releasing = false;
    }

    private waitingCount(): number {
        return this.waiting.start.length + this.waiting.watch.length;
    }

    /** The estimate: how many of the requests sent in the second before the pace began the service accepted. */
    private reviseEstimate(): void {
        const from = this.paceSinceMs - WINDOW_MS;
        const count = this.accepted.filter((t) => t.sentAtMs >= from && t.generation < this.generation).length;
        this.estimatePerSecond = Math.max(this.estimatePerSecond, (count * 1000) / WINDOW_MS, this.minPerSecond);
    }
}

/** The limiter every transport of this process shares unless it is given its own. */
export const sharedSendRate = new SendRateLimiter();

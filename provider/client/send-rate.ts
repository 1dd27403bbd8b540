/**
 * Client-side pacing of every request of a provider process, adapted to throttling, as the AWS SDK's "adaptive"
 * retry mode does (the reasoning, the numbers and why no library fits: docs/design/pacing.md).
 *
 * - Until 429s come nothing is paced: a healthy service never waits on this.
 * - Frequent 429s among the answers to requests sent under the current pace signal capacity: the pace drops to 90 %
 *   of what the service accepted in the second before, then follows TCP CUBIC's curve (RFC 9438) back up.
 * - A cut after which 429s stay as frequent is followed by a deeper one (the first estimate may count a burst the
 *   service's bucket had saved up); if they stay after that too, both are undone, and that share is learnt as the
 *   service's background.
 * - Waiting requests leave one at a time at the pace of the moment, urgent ones (creates, the lists that make them
 *   safe, a final poll at the deadline) before routine polls. One whose deadline passes while it waits (its
 *   `AbortSignal`) leaves the queue without taking a slot.
 */
import { Clock, systemClock } from "../clock";

/** Tuning of a {@link SendRateLimiter}; the defaults are those of docs/design/pacing.md. */
export interface SendRateOptions {
    readonly clock?: Clock;
    /** Share of the capacity estimate the pace falls to after a throttle. */
    readonly backoff?: number;
    /** CUBIC's scaling constant C, in requests per second per second³. */
    readonly cubicScale?: number;
    /** The pace never drops below this many requests per second. */
    readonly minPerSecond?: number;
}

/**
 * `urgent` requests go before `routine` ones when requests wait: creates, the lists that make a create safe, and
 * a wait's final poll at its deadline. Polls of running tasks are routine.
 */
export type SendPriority = "urgent" | "routine";

/** What {@link SendRateLimiter.acquire} hands out, to be given back with the answer. */
export interface SendTicket {
    readonly sentAtMs: number;
    /** The pace the request was sent under: increases at each cut. */
    readonly generation: number;
}

/** Counters of a {@link SendRateLimiter} (for tests and diagnosis). */
export interface SendRateStats {
    /** The service's capacity as last estimated, requests per second; `Infinity` until the first throttle. */
    readonly estimatePerSecond: number;
    /** Times the pace was lowered (some undone since). */
    readonly cuts: number;
    /** The share of 429s the service answers whatever the rate, as learnt. */
    readonly backgroundShare: number;
}

const WINDOW_MS = 1_000;
/** Answers under the current pace that a capacity signal, or a cut's check, is judged on. */
const SIGNAL_ANSWERS = 50;
const SIGNAL_MIN_THROTTLED = 3;
/** Fewer answers than this say too little about a share (3 of the first 5 would read as 60 %). */
const SIGNAL_MIN_ANSWERS = 20;
/** The fewest answers a cut's check is made on. */
const CHECK_MIN_ANSWERS = 10;
/** The share of 429s that signals capacity within the first second of sending. */
const EARLY_SIGNAL_SHARE = 1 / 3;
/**
 * A share of 429s this high is the service's limit, never background: a cut after which 429s stay this frequent is
 * kept (and followed by more), however little it helped.
 */
const HEAVY_SHARE = 0.2;
/** How far the share of 429s must rise above the background share to signal capacity. */
const SIGNAL_MARGIN = 0.05;
/** Answers can arrive this long after their request was sent (the transport's attempt timeout). */
const HORIZON_MS = 30_000;

/**
 * What a cut's check needs: the share of 429s before it, what to restore if it did not help, and whether it is
 * already the deeper cut that follows a first one after which 429s stayed.
 */
interface CutCheck {
    readonly shareBefore: number;
    readonly estimate: number;
    readonly paceSinceMs: number;
    readonly deeper: boolean;
}

/** Paces requests; see the module comment. One instance is shared by every transport of a process. */
export class SendRateLimiter {
    private readonly clock: Clock;
    private readonly backoff: number;
    private readonly cubicScale: number;
    private readonly minPerSecond: number;
    /** The requests the service accepted, sent over the last {@link HORIZON_MS}. */
    private accepted: SendTicket[] = [];
    private readonly waiting: Record<SendPriority, Array<() => void>> = { urgent: [], routine: [] };
    private releasing = false;
    private generation = 0;
    /** Answers to requests sent under the current pace, the last {@link SIGNAL_ANSWERS}: throttled or not. */
    private recent: boolean[] = [];
    /** The share of 429s the service answers whatever our rate, as learnt from cuts that did not help. */
    private backgroundShare = 0;
    /** The last cut, until its check. */
    private check: CutCheck | undefined;
    /** Whether late answers may still revise the estimate: not once its cut was undone. */
    private estimateOpen = false;
    private estimatePerSecond = Infinity;
    private paceSinceMs = -Infinity;
    private nextSlotMs = -Infinity;
    private cuts = 0;
    private firstSentAtMs = Infinity;

    constructor(options: SendRateOptions = {}) {
        this.clock = options.clock ?? systemClock;
        this.backoff = options.backoff ?? 0.9;
        this.cubicScale = options.cubicScale ?? 0.4;
        this.minPerSecond = options.minPerSecond ?? 1;
    }

    /**
     * Waits for this request's turn; resolves to the ticket to give back to {@link record} with the answer. When
     * `signal` aborts first (the request's deadline), the request leaves the queue, taking no slot, and this rejects
     * with the signal's reason, as smithy's `DefaultRateLimiter.getSendToken(abortSignal)` does.
     */
    async acquire(priority: SendPriority = "routine", signal?: AbortSignal): Promise<SendTicket> {
        signal?.throwIfAborted();
        if (this.estimatePerSecond !== Infinity || this.waitingCount() > 0) {
            await new Promise<void>((resolve, reject) => {
                const queue = this.waiting[priority];
                const leave = () => {
                    queue.splice(queue.indexOf(release), 1);
                    reject(signal?.reason as Error);
                };
                const release = () => {
                    signal?.removeEventListener("abort", leave);
                    resolve();
                };
                queue.push(release);
                signal?.addEventListener("abort", leave, { once: true });
                if (!this.releasing) void this.releaseInTurn();
            });
        }
        const now = this.clock.now();
        this.firstSentAtMs = Math.min(this.firstSentAtMs, now);
        return { sentAtMs: now, generation: this.generation };
    }

    /** Records the answer to a request: throttled (HTTP 429) or not. */
    record(ticket: SendTicket, throttled: boolean): void {
        const now = this.clock.now();
        const oldest = this.accepted[0];
        if (oldest !== undefined && oldest.sentAtMs < now - 2 * HORIZON_MS) {
            this.accepted = this.accepted.filter((t) => t.sentAtMs >= now - HORIZON_MS);
        }
        if (!throttled) this.accepted.push(ticket);
        // A late answer to a request sent before the pace began counts towards that estimate, and nothing else.
        if (ticket.generation < this.generation) {
            if (!throttled && this.estimateOpen) this.reviseEstimate();
            return;
        }
        this.recent = [...this.recent, throttled].slice(-SIGNAL_ANSWERS);
        if (this.check !== undefined && this.checkIsDue(now)) this.checkLastCut(now);
        if (throttled && this.capacityReached()) this.cut(now);
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
        return { estimatePerSecond: this.estimatePerSecond, cuts: this.cuts, backgroundShare: this.backgroundShare };
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
            const release = this.waiting.urgent.shift() ?? this.waiting.routine.shift();
            release?.();
            const now = this.clock.now();
            const pace = this.paceAt(now);
            this.nextSlotMs = pace === Infinity ? now : now + 1000 / pace;
        }
        this.releasing = false;
    }

    private waitingCount(): number {
        return this.waiting.urgent.length + this.waiting.routine.length;
    }

    /**
     * 429s are frequent when they exceed the background share by 5 points, or by two standard deviations of a
     * 50-answer sample of it when that is more (12 points at a background of 25 %), so that the background's own
     * ups and downs seldom pass for a signal.
     */
    private capacityReached(): boolean {
        const throttled = this.recent.filter((t) => t).length;
        const background = this.backgroundShare;
        const margin = Math.max(SIGNAL_MARGIN, 2 * Math.sqrt((background * (1 - background)) / SIGNAL_ANSWERS));
        if (this.recent.length < SIGNAL_MIN_ANSWERS || throttled < SIGNAL_MIN_THROTTLED) return false;
        // The estimate counts a second of sends: before there is one, only a burst's throttling is acted on. While
        // the last cut is being checked, only heavy throttling: a moderate share may yet prove background.
        const early = this.clock.now() - this.firstSentAtMs < WINDOW_MS ? EARLY_SIGNAL_SHARE : 0;
        const checking = this.check !== undefined ? HEAVY_SHARE : 0;
        return this.shareOf(this.recent) >= Math.max(background + margin, early, checking);
    }

    /** Lowers the pace; `restore` is what its check brings back if slowing down does not help. */
    private cut(now: number, restore = this.restorePoint()): void {
        this.generation++;
        this.cuts++;
        this.recent = [];
        this.check = restore;
        this.estimateOpen = true;
        this.paceSinceMs = now;
        this.estimatePerSecond = 0;
        this.reviseEstimate();
    }

    /**
     * A cut is judged on 50 answers, or on those (at least 10) sent before the pace climbed back to the estimate,
     * when that comes first: past it, the pace probes above the estimate and meets the limit again by design.
     */
    private checkIsDue(now: number): boolean {
        if (this.recent.length >= SIGNAL_ANSWERS) return true;
        const k = Math.cbrt((this.estimatePerSecond * (1 - this.backoff)) / this.cubicScale);
        return this.recent.length >= CHECK_MIN_ANSWERS && now - this.paceSinceMs >= k * 1000;
    }

    private restorePoint(): CutCheck {
        const [estimate, paceSinceMs] = [this.estimatePerSecond, this.paceSinceMs];
        return { shareBefore: this.shareOf(this.recent), estimate, paceSinceMs, deeper: false };
    }

    /**
     * A cut after which 429s stay at least half as frequent, but short of heavy, did not help. Once, that may be
     * because the pace is still above the limit (an estimate counts a burst the service's bucket had saved up): cut
     * again, from what the service accepted under this pace, and check that. If 429s stay after that too, the rate
     * does not matter: undo both cuts, and learn their share as the background.
     */
    private checkLastCut(now: number): void {
        const check = this.check;
        if (check === undefined) return;
        const { shareBefore, estimate, paceSinceMs } = check;
        this.check = undefined;
        const shareAfter = this.shareOf(this.recent);
        if (shareAfter < shareBefore / 2 || shareAfter >= HEAVY_SHARE) return;
        if (!check.deeper) {
            this.cut(now, { ...check, deeper: true });
            return;
        }
        // Averaged with what was known: one 50-answer sample is noisy.
        this.backgroundShare = this.backgroundShare === 0 ? shareAfter : (this.backgroundShare + shareAfter) / 2;
        this.estimateOpen = false;
        this.estimatePerSecond = estimate;
        this.paceSinceMs = paceSinceMs;
    }

    private shareOf(answers: readonly boolean[]): number {
        return answers.length === 0 ? 0 : answers.filter((t) => t).length / answers.length;
    }

    /** The estimate: how many of the requests sent in the second before the pace began the service accepted. */
    private reviseEstimate(): void {
        const from = this.paceSinceMs - WINDOW_MS;
        const count = this.accepted.filter((t) => t.sentAtMs >= from && t.generation < this.generation).length;
        const carried = (count * 1000) / WINDOW_MS / (1 - this.backgroundShare);
        this.estimatePerSecond = Math.max(this.estimatePerSecond, carried, this.minPerSecond);
    }
}

/** The limiter every transport of this process shares unless it is given its own. */
export const sharedSendRate = new SendRateLimiter();

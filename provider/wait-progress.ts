/**
 * Progress-aware polling: from the share of its work a task reports done (an export's `progress`, an import's file
 * counts), estimate when it will end and look again just before that, instead of polling on a fixed cadence. The
 * estimator's assumptions and the measured effect are in docs/design/waiter.md.
 *
 * While a task reads 0 it has not started moving and nothing can be estimated: the wait doubles (never shorter than
 * the plain schedule's). The plain schedule decides alone when progress cannot be trusted: after a reading that
 * went backwards (for the rest of the wait), and while progress has stalled or crawls far below its trend (until it
 * runs again at a tenth of its old pace or more).
 */

/** One reading: the share of the work done (0 … 1), at some instant. */
interface Reading {
    readonly atMs: number;
    readonly fraction: number;
}

/** Aim at `1 − REMAINDER_DOUBT × √(work left)` of the time to the end: a recent rate says more about a short rest. */
const REMAINDER_DOUBT = 0.4;
/** With one reading, the task began moving at an unknown instant since the last 0: assume half-way, and doubt it. */
const FIRST_READING_SHARE = 0.4;
/** The rate is measured over at least this much of the work when the readings allow it. */
const BASELINE_SHARE = 0.2;
/** The largest step of coarse progress assumed (the whole files of a small import are larger: those end later). */
const MAX_STEP = 0.02;
/** Within the last step, poll this many times over the step's time (spaced by MIN_ESTIMATED_SPACING_MS at least). */
const LAST_STEP_POLLS = 6;
/**
 * An estimate never brings the next poll closer than this to the last one (nor than the plain delay, when that is
 * shorter): a smaller lag is not worth more GETs. The waiter's own floor for every poll is lower (`wait.ts`).
 */
const MIN_ESTIMATED_SPACING_MS = 3_000;
/**
 * Progress that has not moved, or moved less than this share of what the trend says, although the trend says this
 * much more of the work should be done, has stalled.
 */
const STALL_SHARE = 0.1;

/** The readings of one wait and what they predict. */
export class ProgressTrend {
    /** Readings since the task began moving (or moved again after a stall), each a move, oldest first. */
    private readings: Reading[] = [];
    /**
     * The last reading at which the task was known not to be moving: the submission, a reading of 0, or the last
     * reading of a stall. The trend's first move is measured from it.
     */
    private still: Reading;
    private state: "starting" | "moving" | "stalled" | "backwards" | "silent" = "starting";
    /** What the last poll saw (the submission: 0). */
    private lastRead: Reading;
    /** While stalled: the rate of the trend before the stall, against which a move must show it runs again. */
    private stalledRate = 0;

    constructor(private readonly submittedAtMs: number) {
        this.still = { atMs: submittedAtMs, fraction: 0 };
        this.lastRead = this.still;
    }

    /** Records what a poll saw: a share of the work done, or undefined when the task reports none. */
    record(atMs: number, reported: number | undefined): void {
        if (this.state === "backwards") return;
        const latest = this.readings[this.readings.length - 1];
        const fraction = reported === undefined || !Number.isFinite(reported) ? undefined : Math.min(1, reported);
        if (fraction === undefined) {
            this.state = "silent";
        } else if (fraction < this.lastRead.fraction) {
            this.state = "backwards";
        } else if (latest !== undefined && this.state === "moving" && this.stalledAt(latest, atMs, fraction)) {
            this.state = "stalled";
            this.stalledRate = this.trendRate(latest);
        } else if (this.state === "stalled" && this.crawls(this.lastRead, atMs, fraction, this.stalledRate)) {
            // Still far below the pace before the stall: the plain schedule goes on deciding.
        } else if (latest !== undefined && fraction === latest.fraction) {
            // Not moved since the last reading, too soon to tell a stall: nothing new to estimate from.
        } else if (fraction <= 0) {
            this.state = "starting";
            this.still = { atMs, fraction };
        } else {
            // After a stall, a new trend starts: the task ran again since the poll before this one.
            if (this.state === "stalled") [this.readings, this.still] = [[], this.lastRead];
            this.state = "moving";
            this.readings.push({ atMs, fraction });
        }
        if (fraction !== undefined) this.lastRead = { atMs, fraction };
    }

    /**
     * The instant to poll next (epoch ms), given the plain schedule's. An estimate never brings a poll closer than
     * MIN_ESTIMATED_SPACING_MS, or the plain delay when that is shorter: for a young task the plain schedule is
     * already dense, and more polls there would only load the service.
     */
    nextPollAtMs(nowMs: number, plainAtMs: number): number {
        if (this.state === "starting") return Math.max(plainAtMs, nowMs + (nowMs - this.submittedAtMs));
        const gapMs = Math.min(MIN_ESTIMATED_SPACING_MS, plainAtMs - nowMs);
        const estimated = this.state === "moving" ? this.estimatedPollAtMs(nowMs, gapMs) : undefined;
        return estimated === undefined ? plainAtMs : Math.max(estimated, nowMs + gapMs);
    }

    /** When the readings say to look again, polls being at least `gapMs` apart. */
    private estimatedPollAtMs(nowMs: number, gapMs: number): number | undefined {
        const latest = this.readings[this.readings.length - 1];
        if (latest === undefined) return undefined;
        const left = 1 - latest.fraction;
        const rate = this.ratePerMs();
        if (rate === undefined) {
            // Never longer than twice the time since it was still: a reading of one coarse step says little.
            const sinceStillMs = latest.atMs - this.still.atMs;
            const guessMs = (FIRST_READING_SHARE * left * sinceStillMs) / 2 / (latest.fraction - this.still.fraction);
            return nowMs + Math.min(2 * sinceStillMs, guessMs);
        }
        // Readings are rounded down to a step (taken as the smallest move seen, at most MAX_STEP): at this rate the
        // task ends within one step's time before the latest move says it ends at the latest.
        const step = Math.min(MAX_STEP, this.smallestMove());
        const stepMs = step / rate;
        const earliestEndMs = latest.atMs + left / rate - stepMs;
        const scanMs = Math.max(gapMs, stepMs / LAST_STEP_POLLS);
        if (earliestEndMs <= nowMs) return nowMs + scanMs;
        // The work between the readings the rate is taken from may also be up to a step more than they show: a
        // rate from a move of one or two steps may be half the true one. The approach aims at the end the fastest
        // rate they allow gives, so such an estimate brings the next reading, not a poll long after the end.
        const fastest = this.ratePerMs(step) ?? rate;
        const soonestEndMs = latest.atMs + (left - step) / fastest;
        const approachAtMs = nowMs + (1 - REMAINDER_DOUBT * Math.sqrt(left)) * (soonestEndMs - nowMs);
        // Close enough: the first poll of the last step's scan.
        return approachAtMs > earliestEndMs - scanMs ? earliestEndMs + Math.min(scanMs, stepMs) : approachAtMs;
    }

    /**
     * Work per ms from a reading at least BASELINE_SHARE of the work before the latest (or the first reading since
     * the task began moving) to the latest; undefined with a single reading.
     */
    private ratePerMs(unseenWork = 0): number | undefined {
        const latest = this.readings[this.readings.length - 1];
        const first = this.readings[0];
        if (latest === undefined || first === undefined || first === latest) return undefined;
        const anchor =
            [...this.readings].reverse().find((r) => latest.fraction - r.fraction >= BASELINE_SHARE) ?? first;
        return (latest.fraction - anchor.fraction + unseenWork) / (latest.atMs - anchor.atMs);
    }

    /**
     * Whether a reading of `fraction` at `atMs` shows the task stalled: the trend expected at least STALL_SHARE of
     * the work since `latest`, and it moved less than STALL_SHARE of that. A crawl counts: an estimate from the
     * trend before it would keep polling as if the task still went at its old pace.
     */
    private stalledAt(latest: Reading, atMs: number, fraction: number): boolean {
        const rate = this.trendRate(latest);
        return rate * (atMs - latest.atMs) > STALL_SHARE && this.crawls(latest, atMs, fraction, rate);
    }

    /**
     * The trend's rate; with a single reading, the slowest it allows (the task moving since the last instant it was
     * seen still), so that a task that stops right after its first move is found stalled too.
     */
    private trendRate(latest: Reading): number {
        return this.ratePerMs() ?? (latest.fraction - this.still.fraction) / Math.max(1, latest.atMs - this.still.atMs);
    }

    /** Whether the task moved less than STALL_SHARE of what `ratePerMs` would have done since `since`. */
    private crawls(since: Reading, atMs: number, fraction: number, ratePerMs: number): boolean {
        return fraction - since.fraction < STALL_SHARE * ratePerMs * (atMs - since.atMs);
    }

    private smallestMove(): number {
        let smallest = 1;
        let previous: Reading | undefined;
        for (const reading of this.readings) {
            if (previous) smallest = Math.min(smallest, reading.fraction - previous.fraction);
            previous = reading;
        }
        return smallest;
    }
}

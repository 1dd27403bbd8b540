/**
 * What the fan-out benchmark reads off the emulator's request log (bench/README.md): how long the stack's API
 * work took against the ideal, what it cost per task, and whether the request rate settled under the limit.
 */

/** One request as the emulator recorded it (the fields used here). */
export interface LoggedRequest {
    readonly method: string;
    readonly status: number;
    /** Epoch ms at which it was answered. */
    readonly atMs: number;
}

/** The figures of one fan-out run. */
export interface FanoutFigures {
    readonly tasks: number;
    /** First request to last request: the API work of the whole stack. */
    readonly spanMs: number;
    /** The shortest span any client could take: see {@link idealMs}. */
    readonly idealMs: number;
    readonly requests: number;
    readonly requestsPerTask: number;
    /**
     * First request to the last accepted create (POST): when the last task started. What the span has beyond it is
     * the task's duration and the time the waiter took to see the task finished.
     */
    readonly lastCreateMs: number;
    readonly throttled: number;
    /** Accepted (non-429) and throttled answers per whole second from the first request. */
    readonly perSecond: ReadonlyArray<{ readonly accepted: number; readonly throttled: number }>;
    /** Share of 429s among the answers after the first `settleMs`. */
    readonly throttledShareAfterSettle: number;
    /** Most answers accepted within one second after the first `settleMs` (the limiter's ceiling in practice). */
    readonly peakAcceptedPerSecondAfterSettle: number;
}

/** The fewest requests a task can take, and how many of them must pass before the task can start. */
export interface MinRequests {
    /** Every request of the task: its create, the requests that make the create safe, one GET that sees it end. */
    readonly total: number;
    /** Those before the task runs: its POST, and an export's list before it. */
    readonly beforeStart: number;
}

/**
 * One POST and one GET that sees the task finished; an export also lists the dataset's exports before its POST, the
 * one way to find an export a killed `pulumi up` left running (docs/design/duplicate-safe-create.md).
 */
export const MIN_REQUESTS_PER_TASK: Readonly<Record<"ImportTask" | "ExportTask" | "ProcessorTask", MinRequests>> = {
    ImportTask: { total: 2, beforeStart: 1 },
    ExportTask: { total: 3, beforeStart: 2 },
    ProcessorTask: { total: 2, beforeStart: 1 },
};

/**
 * The shortest wall time any client could take for `tasks` tasks of `taskDurationMs` each under a limit of
 * `limitPerSecond`, knowing the limit. The gateway's token bucket (the emulator's, like API Gateway's) holds one
 * second's worth of requests, which go at once; past it, requests pass at the limit. Two floors, the later wins:
 * - the last task cannot start before the requests that come before every start have passed, and then runs its
 *   duration (tasks run in parallel, so with few tasks this is the duration of one);
 * - all the fewest requests must pass, the last one a GET that sees a task finished.
 */
export function idealMs(tasks: number, min: MinRequests, taskDurationMs: number, limitPerSecond: number): number {
    const passedBy = (requests: number) => (Math.max(0, requests - limitPerSecond) / limitPerSecond) * 1000;
    return Math.max(taskDurationMs + passedBy(tasks * min.beforeStart), passedBy(tasks * min.total));
}

/** Reads the figures off a run's request log. */
export function fanoutFigures(
    log: readonly LoggedRequest[],
    run: {
        readonly tasks: number;
        readonly minRequests: MinRequests;
        readonly taskDurationMs: number;
        readonly limitPerSecond: number;
        readonly settleMs: number;
    },
): FanoutFigures {
    if (log.length === 0) throw new Error("no request was logged");
    const start = Math.min(...log.map((r) => r.atMs));
    const end = Math.max(...log.map((r) => r.atMs));
    const perSecond = Array.from({ length: Math.floor((end - start) / 1000) + 1 }, () => ({
        accepted: 0,
        throttled: 0,
    }));
    for (const request of log) {
        // `start` and `end` are the least and greatest `atMs`, so every request falls in one of the buckets.
        const bucket = perSecond[Math.floor((request.atMs - start) / 1000)]!;
        if (request.status === 429) bucket.throttled++;
        else bucket.accepted++;
    }
    const settled = log.filter((r) => r.atMs - start >= run.settleMs);
    const settledBuckets = perSecond.slice(Math.ceil(run.settleMs / 1000));
    const throttled = log.filter((r) => r.status === 429).length;
    const creates = log.filter((r) => r.method === "POST" && r.status >= 200 && r.status < 300);
    return {
        tasks: run.tasks,
        spanMs: end - start,
        idealMs: idealMs(run.tasks, run.minRequests, run.taskDurationMs, run.limitPerSecond),
        requests: log.length,
        requestsPerTask: log.length / run.tasks,
        lastCreateMs: Math.max(0, ...creates.map((r) => r.atMs - start)),
        throttled,
        perSecond,
        throttledShareAfterSettle:
            settled.length === 0 ? 0 : settled.filter((r) => r.status === 429).length / settled.length,
        peakAcceptedPerSecondAfterSettle: Math.max(0, ...settledBuckets.map((b) => b.accepted)),
    };
}

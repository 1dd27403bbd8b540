/**
 * What the soak's requests met and cost, from the faulted emulator's log (`emulator.requests`):
 *
 * - injected faults by kind: the `fault` each answer records (429 throttled, 500/502/503 before handling, 504 after
 *   handling, a dropped connection after handling; rate-limited when `--rate-limit` is set). Latency is drawn for
 *   every request and is not counted as a fault.
 * - retries: requests answered with an injected fault that the provider sent again, i.e. followed later in the log
 *   by a request with the same method, path and body (a GET of the same task or list, the same create body).
 *   This counts the HTTP layer's retries, the waiter's next poll after a failed one and a create POST sent again;
 *   it cannot count attempts that never reached the emulator (refused while it restarted).
 * - create POSTs beyond one per created task: POSTs sent again after a refusal, plus POSTs answered "busy" or
 *   "name taken" because the task already existed (how an interrupted run's task is found again).
 */
import type { EmulatorRequest } from "../../emulator/server";

/** Injected faults by kind. */
export interface FaultCounts {
    readonly throttled429: number;
    readonly error500: number;
    readonly error502: number;
    readonly error503: number;
    /** Answered 504 after the request was handled (a create is committed). */
    readonly error504: number;
    /** Handled, then the connection destroyed without an answer. */
    readonly dropped: number;
    readonly rateLimited: number;
    /** The hostile-network faults (`emulator/faults.ts`): redirected, stalled, cut short, malformed, echoing. */
    readonly redirected: number;
    readonly stalled: number;
    readonly truncated: number;
    readonly garbled: number;
    readonly echoed: number;
    /** Answers whose `Date` was a day off or missing (counted apart: the answer itself was whole). */
    readonly dateFaulted: number;
    readonly total: number;
}

/** Retries (see the module comment) by what was sent again. */
export interface RetryCounts {
    readonly polls: number;
    readonly lists: number;
    readonly creates: number;
    readonly other: number;
    readonly total: number;
    /** Faulted requests never sent again (e.g. a create whose task was found by listing, a poll cut by the kill). */
    readonly notResent: number;
}

/** What a request was for, by its route. */
export type Purpose = "polls" | "lists" | "creates" | "other";

export interface Traffic {
    readonly requests: number;
    readonly byPurpose: Readonly<Record<Purpose, number>>;
    readonly faults: FaultCounts;
    readonly retries: RetryCounts;
    readonly createPosts: number;
}

export function measureTraffic(requests: readonly EmulatorRequest[]): Traffic {
    const byPurpose = { polls: 0, lists: 0, creates: 0, other: 0 };
    for (const request of requests) byPurpose[purposeOf(request)]++;
    return {
        requests: requests.length,
        byPurpose,
        faults: countFaults(requests),
        retries: countRetries(requests),
        createPosts: byPurpose.creates,
    };
}

/** Polls are GETs of one task (the waits), lists GETs of a task list (the create's look-ups), creates POSTs. */
export function purposeOf(request: Pick<EmulatorRequest, "method" | "route">): Purpose {
    const route = request.route ?? "";
    if (request.method === "GET" && route.endsWith("-tasks/{task_id}")) return "polls";
    if (request.method === "GET" && route.endsWith("-tasks")) return "lists";
    if (request.method === "POST" && route.endsWith("-tasks")) return "creates";
    return "other";
}

function countFaults(requests: readonly EmulatorRequest[]): FaultCounts {
    const serverErrors = (status: number) =>
        requests.filter((r) => r.fault === "server-error" && r.status === status).length;
    const counts = {
        throttled429: requests.filter((r) => r.fault === "throttled").length,
        error500: serverErrors(500),
        error502: serverErrors(502),
        error503: serverErrors(503),
        error504: serverErrors(504),
        dropped: requests.filter((r) => r.fault === "dropped").length,
        rateLimited: requests.filter((r) => r.fault === "rate-limited").length,
        redirected: requests.filter((r) => r.fault === "redirected").length,
        stalled: requests.filter((r) => r.fault === "stalled").length,
        truncated: requests.filter((r) => r.fault === "truncated").length,
        garbled: requests.filter((r) => r.fault === "garbled").length,
        echoed: requests.filter((r) => r.fault === "echoed").length,
        dateFaulted: requests.filter((r) => r.date !== undefined).length,
    };
    return { ...counts, total: requests.filter((r) => r.fault !== undefined).length };
}

function countRetries(requests: readonly EmulatorRequest[]): RetryCounts {
    const counts: Record<Purpose, number> = { polls: 0, lists: 0, creates: 0, other: 0 };
    let notResent = 0;
    const sentLater = new Set<string>();
    for (let i = requests.length - 1; i >= 0; i--) {
        const request = requests[i]!;
        const key = `${request.method} ${request.path} ${JSON.stringify(request.body ?? null)}`;
        if (request.fault !== undefined) {
            if (sentLater.has(key)) counts[purposeOf(request)]++;
            else notResent++;
        }
        sentLater.add(key);
    }
    return { ...counts, total: counts.polls + counts.lists + counts.creates + counts.other, notResent };
}

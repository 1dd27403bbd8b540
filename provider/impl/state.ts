/** Helpers shared by the task kinds: API responses into outputs, paging, and matching listed tasks. */
import type { ModelArtsClient } from "../client/api";
import { bound, MAX_SERVICE_TEXT } from "../client/service-text";
import type { MatchFilter } from "./task-kind";

/**
 * Outputs of a task's view: absent values dropped (outputs must be plain JSON, and `undefined` anywhere fails the
 * host), each string bounded and an object (a processing task's `result`) kept only while its JSON is. The
 * client has already redacted every secret from the answer; the bounds keep a failed create's outputs, which the
 * host sends in gRPC trailers (64 KiB in all), small whatever the service says (`client/service-text.ts`).
 */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
    const fit = (v: unknown) => {
        if (typeof v === "string") return bound(v);
        if (typeof v !== "object" || v === null) return v;
        const size = JSON.stringify(v).length;
        return size <= MAX_OBJECT_OUTPUT ? v : `(a ${size}-character object, left out)`;
    };
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, fit(v)]));
}

/** The largest JSON text of one object output (16 service texts). */
const MAX_OBJECT_OUTPUT = 16 * MAX_SERVICE_TEXT;

/** `error_code: error_msg`, or whichever of the two the API gave, each bounded (`client/service-text.ts`). */
export function apiReason(code: unknown, message: unknown, fallback: string): string {
    const parts = [code, message].filter((p): p is string => typeof p === "string" && p.length > 0);
    return parts.length > 0 ? parts.map((p) => bound(p)).join(": ") : fallback;
}

/**
 * One spelling for an object-storage path, so the server's `obs://` echo of an `s3://` input (NOTES.md) and a
 * missing trailing slash do not look like different paths when matching tasks.
 */
export function samePath(a: unknown, b: unknown): boolean {
    const norm = (p: unknown) =>
        typeof p === "string" ? p.replace(/^(s3|obs):\/\//, "/").replace(/\/+$/, "") : undefined;
    return norm(a) !== undefined && norm(a) === norm(b);
}

/**
 * Pages through a list endpoint, stopping after `maxItems`. The list pages document `offset` as the "start page
 * of the paging list" (import-task-list.txt, export-task-list.md), so it counts pages of `limit` items.
 */
export async function listAll<T>(
    fetchPage: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>,
    maxItems = 1000,
): Promise<T[]> {
    const limit = 100;
    const all: T[] = [];
    for (let page = 0; all.length < maxItems; page++) {
        const { items, total } = await fetchPage({ limit, offset: page });
        all.push(...items);
        if (items.length < limit || all.length >= total) break;
    }
    return all;
}

/** What {@link matchingIds} reads of a listed import or export task. */
export interface ListedTask {
    readonly task_id?: string;
    readonly status?: unknown;
    /** Epoch ms, the service's clock. */
    readonly create_time?: number;
}

/**
 * The ids of the listed tasks that `matches` the resource's inputs and pass `filter` (see {@link filterOnServerClock}),
 * newest first: what `TaskKind.findMatching` answers for imports and exports.
 */
export function matchingIds<T extends ListedTask>(
    client: ModelArtsClient,
    tasks: readonly T[],
    matches: (task: T) => boolean,
    filter: MatchFilter,
    unfinished: ReadonlySet<string>,
    endedAtOf: (task: T) => number | undefined,
): string[] {
    return tasks
        .filter(matches)
        .filter(filterOnServerClock(client, filter, unfinished, endedAtOf))
        .sort((a, b) => (b.create_time ?? 0) - (a.create_time ?? 0))
        .map((t) => t.task_id)
        .filter((id): id is string => typeof id === "string");
}

/**
 * The `MatchFilter` test for listed tasks, on the service's clock (call it after listing, so the list's own answer
 * has set the clock): a task passes when still unfinished, or when its end or its creation comes at or after the
 * filter's instants, less the clock's uncertainty. A finished task's end is taken to be its last update
 * (`update_ms`, `update_time`: the docs say only "time when a task is updated"); a later update would only make
 * it pass more easily.
 */
export function filterOnServerClock<T extends ListedTask>(
    client: ModelArtsClient,
    filter: MatchFilter,
    unfinished: ReadonlySet<string>,
    endedAtOf: (task: T) => number | undefined,
): (task: T) => boolean {
    if (!client.serverTime(filter.liveSinceMs).known) return filterWithoutClock(filter, unfinished);
    const earliest = (localMs: number) => {
        const { atMs, uncertaintyMs } = client.serverTime(localMs);
        return atMs - uncertaintyMs;
    };
    const liveSinceMs = earliest(filter.liveSinceMs);
    const createdSinceMs = filter.createdSinceMs === undefined ? Infinity : earliest(filter.createdSinceMs);
    return (task) =>
        unfinished.has(String(task.status)) ||
        (endedAtOf(task) ?? -Infinity) >= liveSinceMs ||
        (task.create_time ?? -Infinity) >= createdSinceMs;
}

/**
 * The filter without the service's clock (no answer carried a believable `Date`): an unfinished task passes; a
 * finished one only after a POST of unknown outcome, and only if no look before that POST listed it (so that POST
 * may have made it). A finished task is never taken for one a killed run left: it may have ended before the
 * create began.
 */
function filterWithoutClock<T extends ListedTask>(filter: MatchFilter, unfinished: ReadonlySet<string>): (task: T) => boolean {
    const seen = filter.finishedBeforePost;
    return (task) => {
        if (unfinished.has(String(task.status))) return true;
        if (typeof task.task_id !== "string" || seen === undefined) return false;
        if (filter.createdSinceMs === undefined) {
            seen.add(task.task_id);
            return false;
        }
        return !seen.has(task.task_id);
    };
}

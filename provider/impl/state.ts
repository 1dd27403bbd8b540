/** Helpers shared by the task kinds: API responses into outputs, paging, and matching listed tasks. */
import type { ModelArtsClient } from "../client/api";
import type { MatchFilter } from "./task-kind";

/** Drops absent values: `undefined` anywhere in outputs fails the host (docs/architecture.md, fact 5). */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

/** `error_code: error_msg`, or whichever of the two the API gave. */
export function apiReason(code: unknown, message: unknown, fallback: string): string {
    const parts = [code, message].filter((p) => typeof p === "string" && p.length > 0);
    return parts.length > 0 ? parts.join(": ") : fallback;
}

/**
 * One spelling for an object-storage path, so the server's `obs://` echo of an `s3://` input (docs/api-notes.md) and a
 * missing trailing slash do not look like different paths when matching tasks.
 */
export function samePath(a: unknown, b: unknown): boolean {
    const norm = (p: unknown) =>
        typeof p === "string" ? p.replace(/^(s3|obs):\/\//, "/").replace(/\/+$/, "") : undefined;
    return norm(a) !== undefined && norm(a) === norm(b);
}

/**
 * Pages through a list endpoint, stopping after `maxItems`. The list pages document `offset` as the "start page
 * of the paging list" (the import and export task list pages), so it counts pages of `limit` items.
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

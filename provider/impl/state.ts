/** Helpers shared by the task kinds: API responses into outputs, paging, and matching listed tasks. */
import type { ModelArtsClient } from "../client/api";
import { bound } from "../client/service-text";
import { TASK } from "./task-kind";
import type { DeadEnd, Managed, MatchFilter } from "./task-kind";

/** `error_code: error_msg`, or whichever of the two the API gave, each bounded (`client/service-text.ts`). */
export function apiReason(code: unknown, message: unknown, fallback: string): string {
    const parts = [code, message].filter((p): p is string => typeof p === "string" && p.length > 0);
    return parts.length > 0 ? parts.map((p) => bound(p)).join(": ") : fallback;
}

/** How a kind's statuses read, for {@link deadEndOf}. */
export interface StatusRules {
    /** Statuses of a task that ended in failure (it will never succeed). */
    readonly failed: readonly unknown[];
    /** Statuses that say the task does not exist (an import's `NOT_EXIST`). */
    readonly gone?: readonly unknown[];
    /** The kind's documented not-found error codes. */
    readonly notFoundCodes: readonly string[];
    /** The status as a word for messages (a processing task's 3 is `FAILED`). */
    readonly word?: (status: unknown) => string;
    /** What the kind manages (a task, unless said otherwise). */
    readonly managed?: Managed;
}

/**
 * Why the task recorded in `outputs` can never succeed: it no longer exists (a documented not-found code recorded
 * in `errorCode` when a wait ended on it, or a gone status), or it ended in failure. Undefined otherwise.
 */
export function deadEndOf(outputs: Readonly<Record<string, unknown>>, rules: StatusRules): DeadEnd | undefined {
    const { noun, idOutput } = rules.managed ?? TASK;
    const { status, errorCode, errorMsg } = outputs;
    const named = `${noun} ${String(outputs[idOutput])}`;
    if (typeof errorCode === "string" && rules.notFoundCodes.includes(errorCode)) {
        return { reason: `${named} no longer exists (${errorCode})`, output: "errorCode" };
    }
    if (rules.gone?.includes(status)) {
        return { reason: `${named} no longer exists (status ${String(status)})`, output: "status" };
    }
    if (!rules.failed.includes(status)) return undefined;
    const word = rules.word ? rules.word(status) : String(status);
    const reason = `previous ${named} ${word}: ${apiReason(errorCode, errorMsg, "no error message")}`;
    return { reason, output: "status" };
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
 * Whether a listed task shows the values `sent` in a create body, as far as the list echoes them: every field of
 * `sent` that the listing has must be equal (objects field by field, arrays element by element, paths in either
 * scheme); a field the listing leaves out cannot be compared and is not held against it.
 */
export function echoes(sent: unknown, shown: unknown): boolean {
    if (Array.isArray(sent)) {
        return Array.isArray(shown) && shown.length === sent.length && sent.every((item, i) => echoes(item, shown[i]));
    }
    if (sent !== null && typeof sent === "object") {
        if (shown === null || typeof shown !== "object" || Array.isArray(shown)) return false;
        const listed = shown as Record<string, unknown>;
        return Object.entries(sent).every(([key, value]) => !(key in listed) || echoes(value, listed[key]));
    }
    return sent === shown || (isPathLike(sent) && samePath(sent, shown));
}

const isPathLike = (value: unknown) => typeof value === "string" && /^(s3:\/\/|obs:\/\/|\/)/.test(value);

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

/** What {@link matchingIds} reads of a listed task, dataset or version. */
export interface ListedTask {
    readonly task_id?: string;
    readonly status?: unknown;
    /** Epoch ms, the service's clock. */
    readonly create_time?: number;
}

/**
 * The ids of the listed tasks that `matches` the resource's inputs and pass `filter` (see {@link filterOnServerClock}),
 * newest first: what `TaskKind.findMatching` answers (datasets and versions listed with their id as `task_id`).
 * `endedAtOf` gives a finished task's end where the list shows one; without it, only creation times are compared.
 */
export function matchingIds<T extends ListedTask>(
    client: ModelArtsClient,
    tasks: readonly T[],
    matches: (task: T) => boolean,
    filter: MatchFilter,
    unfinished: ReadonlySet<string>,
    endedAtOf: (task: T) => number | undefined = () => undefined,
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
function filterWithoutClock(filter: MatchFilter, unfinished: ReadonlySet<string>): (task: ListedTask) => boolean {
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

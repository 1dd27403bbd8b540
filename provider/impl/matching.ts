/**
 * What the drivers share to find a resource's own left-over among listed objects (docs/design/duplicate-safe-create.md):
 * comparing a listing with a create body, one spelling for paths, and the filter on the service's clock.
 */
import type { ModelArtsClient } from "../client/api";
import { bound } from "../client/service-text";
import type { MatchFilter } from "./kind-driver";

/** `error_code: error_msg`, or whichever of the two the API gave, each bounded (`client/service-text.ts`). */
export function apiReason(code: unknown, message: unknown, fallback: string): string {
    const parts = [code, message].filter((p): p is string => typeof p === "string" && p.length > 0);
    return parts.length > 0 ? parts.map((p) => bound(p)).join(": ") : fallback;
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

/** What {@link matchingIds} reads of every listed object. */
export interface Listed {
    readonly status?: unknown;
    /** Epoch ms, the service's clock. */
    readonly create_time?: number;
}

/** How a kind's listing reads: each object's id, the statuses an interrupted create leaves, and when one ended. */
export interface ListingShape<T> {
    readonly idOf: (item: T) => string | undefined;
    /** The kind's left-over statuses (`leftOverStatuses` of its status table). */
    readonly leftOver: ReadonlySet<string>;
    /** A finished object's end where the list shows one; without it, only creation times are compared. */
    readonly endedAtOf?: (item: T) => number | undefined;
}

/**
 * The ids of the listed objects that `matches` the resource's inputs and pass `filter` (see
 * {@link filterOnServerClock}), newest first: what `KindDriver.findMatching` answers.
 */
export function matchingIds<T extends Listed>(
    client: ModelArtsClient,
    listed: readonly T[],
    matches: (item: T) => boolean,
    filter: MatchFilter,
    shape: ListingShape<T>,
): string[] {
    return listed
        .filter(matches)
        .filter(filterOnServerClock(client, filter, shape))
        .sort((a, b) => (b.create_time ?? 0) - (a.create_time ?? 0))
        .map(shape.idOf)
        .filter((id): id is string => typeof id === "string");
}

/**
 * The `MatchFilter` test for listed objects, on the service's clock (call it after listing, so the list's own answer
 * has set the clock): one passes when still unfinished, or when its end or its creation comes at or after the
 * filter's instants, less the clock's uncertainty. A finished task's end is taken to be its last update
 * (`update_ms`, `update_time`: the docs say only "time when a task is updated"); a later update would only make
 * it pass more easily.
 */
export function filterOnServerClock<T extends Listed>(
    client: ModelArtsClient,
    filter: MatchFilter,
    shape: ListingShape<T>,
): (item: T) => boolean {
    if (!client.serverTime(filter.liveSinceMs).known) return filterWithoutClock(filter, shape);
    const earliest = (localMs: number) => {
        const { atMs, uncertaintyMs } = client.serverTime(localMs);
        return atMs - uncertaintyMs;
    };
    const liveSinceMs = earliest(filter.liveSinceMs);
    const createdSinceMs = filter.createdSinceMs === undefined ? Infinity : earliest(filter.createdSinceMs);
    return (item) =>
        shape.leftOver.has(String(item.status)) ||
        (shape.endedAtOf?.(item) ?? -Infinity) >= liveSinceMs ||
        (item.create_time ?? -Infinity) >= createdSinceMs;
}

/**
 * The filter without the service's clock (no answer carried a believable `Date`): an unfinished object passes; a
 * finished one only after a POST of unknown outcome, and only if no look before that POST listed it (so that POST
 * may have made it). A finished one is never taken for what a killed run left: it may have ended before the
 * create began.
 */
function filterWithoutClock<T extends Listed>(filter: MatchFilter, shape: ListingShape<T>): (item: T) => boolean {
    const seen = filter.finishedBeforePost;
    return (item) => {
        if (shape.leftOver.has(String(item.status))) return true;
        const id = shape.idOf(item);
        if (id === undefined || seen === undefined) return false;
        if (filter.createdSinceMs === undefined) {
            seen.add(id);
            return false;
        }
        return !seen.has(id);
    };
}

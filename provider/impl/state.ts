/** Helpers shared by the task kinds to turn API responses into outputs. */

/** Drops absent values: outputs must be plain JSON, and `undefined` anywhere fails the host (fact 5). */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

/** `error_code: error_msg`, or whichever of the two the API gave. */
export function apiReason(code: unknown, message: unknown, fallback: string): string {
    const parts = [code, message].filter((p) => typeof p === "string" && p.length > 0);
    return parts.length > 0 ? parts.join(": ") : fallback;
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

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

/** Pages through a list endpoint (limit/offset), stopping after `maxItems`. */
export async function listAll<T>(
    fetchPage: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>,
    maxItems = 1000,
): Promise<T[]> {
    const all: T[] = [];
    for (let offset = 0; offset < maxItems; ) {
        const { items, total } = await fetchPage({ limit: 100, offset });
        all.push(...items);
        offset += items.length;
        if (items.length === 0 || offset >= total) break;
    }
    return all;
}

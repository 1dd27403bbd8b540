/**
 * The share of its work a task reports done, for the waiter's estimate of its end (`provider/wait-progress.ts`):
 * each task kind reads it from its own fields (docs/api-notes.md, "Progress").
 */

/** `done / total`, within [0, 1]; undefined unless both are numbers and `total` is positive. */
export function shareOf(done: unknown, total: unknown): number | undefined {
    if (typeof done !== "number" || typeof total !== "number" || !(total > 0)) return undefined;
    return Math.min(1, Math.max(0, done / total));
}

/**
 * The one way a list is read to its end: the create's duplicate-safe looks and the list lookups both page with it.
 *
 * The list pages document `offset` as the "start page of the paging list" (the import and export task lists), so it
 * counts pages of `limit` items; an independent SDK moves it by records instead. Either reading is safe here: a page
 * that repeats ids already read shows that the service counts records, and the pager then moves on by records and
 * drops what it has seen, so the list never comes back with duplicates and never loops (docs/api-notes.md,
 * "Paging"). The bound is stated once ({@link MAX_PAGES}); reaching it is an error naming the list, never a silent
 * end that would read as "not found".
 */

/** The most pages one list is read in. */
export const MAX_PAGES = 100;

/** The largest page every list API allows. */
export const MAX_PAGE_SIZE = 100;

/** One page: its items, and the list's total where the API's total counts the whole list. */
export interface Page<T> {
    readonly items: readonly T[];
    readonly total?: number;
}

/** What {@link readAllPages} needs to know about a list. */
export interface ListReading<T> {
    /** The list in words, for the error at the bound (`the import tasks of dataset d1`). */
    readonly what: string;
    /** Reads the page at `offset` (a page number, or a record offset once the service shows it counts records). */
    readonly fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
    /** An item's id, by which repeated items are recognised (an item without one is never taken for a repeat). */
    readonly idOf: (item: T) => unknown;
    /** Items per page (default and at most {@link MAX_PAGE_SIZE}). */
    readonly limit?: number;
    /** The page to start from (default 0). */
    readonly offset?: number;
}

/** Thrown when a list goes on beyond {@link MAX_PAGES} pages. */
export class ListTooLongError extends Error {
    override readonly name = "ListTooLongError";
    readonly isListTooLongError = true;

    constructor(
        what: string,
        readonly itemsRead: number,
    ) {
        super(
            `${what} go on beyond ${MAX_PAGES} pages (${itemsRead} items read); stopped there rather than read part of it as all`,
        );
    }

    static isInstance(error: unknown): error is ListTooLongError {
        return typeof error === "object" && error !== null && (error as ListTooLongError).isListTooLongError;
    }
}

/** Every item of the list from page `offset` on, each once. */
export async function readAllPages<T>(reading: ListReading<T>): Promise<T[]> {
    const limit = Math.min(reading.limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    const seen = new Set<unknown>();
    const items: T[] = [];
    let byRecords = false;
    const start = reading.offset ?? 0;
    let offset = start;
    for (let pages = 0; ; pages++) {
        if (pages >= MAX_PAGES) throw new ListTooLongError(reading.what, items.length);
        const page = await reading.fetchPage(offset, limit);
        const fresh = page.items.filter((item) => {
            const id = reading.idOf(item);
            return id === undefined || !seen.has(id);
        });
        if (pages > 0 && fresh.length < page.items.length) byRecords = true;
        for (const item of fresh) {
            seen.add(reading.idOf(item));
            items.push(item);
        }
        // Where the next page starts, in records: what the total is compared with.
        const next = byRecords ? start + items.length : (offset + 1) * limit;
        const ended =
            page.items.length < limit || fresh.length === 0 || (page.total !== undefined && next >= page.total);
        if (ended) return items;
        offset = byRecords ? next : offset + 1;
    }
}

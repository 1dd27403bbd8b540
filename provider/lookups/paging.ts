/**
 * The list lookups follow the pagination to the end. `offset` is a page number and `limit` the page size
 * (docs/api-notes.md, "Paging"): the lookup asks for page `offset`, then the next ones, until a page comes back
 * short or the list's total (where the API's total can be trusted) is reached. The bound: at most
 * {@link MAX_PAGES} requests per lookup (10,000 items at the default `limit` of 100); a list that goes on beyond it
 * fails the lookup with a message that says so, rather than return part of it as if it were all.
 */
import { LookupError } from "./errors";

/** The most pages one lookup reads. */
export const MAX_PAGES = 100;

/** The page size a list lookup asks for when its `limit` is not given: the largest the API pages allow. */
export const DEFAULT_LIMIT = 100;

/** Where a list answer keeps its items, and its total when the API's total counts the whole list. */
export interface ListShape<Answer> {
    readonly items: keyof Answer & string;
    readonly total?: keyof Answer & string;
}

/**
 * The list from page `offset` on: the first page's answer (its counts as served), its `items` field holding the
 * items of every page read.
 */
export async function allPages<Answer extends object>(
    lookup: string,
    paging: { readonly limit?: number; readonly offset?: number },
    shape: ListShape<Answer>,
    fetchPage: (offset: number, limit: number) => Promise<Answer>,
): Promise<Answer> {
    const limit = paging.limit ?? DEFAULT_LIMIT;
    const start = paging.offset ?? 0;
    const itemsOf = (answer: Answer) => (answer[shape.items] as readonly unknown[] | undefined) ?? [];
    const totalOf = (answer: Answer) => (shape.total === undefined ? undefined : answer[shape.total]);
    const first = await fetchPage(start, limit);
    const items = [...itemsOf(first)];
    let last = first;
    for (let offset = start + 1; !isLastPage(itemsOf(last).length, totalOf(last), offset, limit); offset++) {
        if (offset - start >= MAX_PAGES) {
            throw new LookupError(
                lookup,
                `the list goes on beyond ${MAX_PAGES} pages of ${limit} (${items.length} items read): narrow it ` +
                    "with the lookup's filters, or read it in parts with `offset`",
            );
        }
        last = await fetchPage(offset, limit);
        items.push(...itemsOf(last));
    }
    return { ...first, [shape.items]: items };
}

/** True when a page of `count` items, the one before page `next`, ends the list. */
function isLastPage(count: number, total: unknown, next: number, limit: number): boolean {
    return count < limit || (typeof total === "number" && next * limit >= total);
}

/**
 * The list lookups read the pagination to the end with the one pager (`client/pager.ts`): from page `offset` on,
 * `limit` items a page (docs/api-notes.md, "Paging"), at most its stated number of pages. A list that goes on
 * beyond it fails the lookup with a message that says so, rather than return part of it as if it were all.
 */
import type { ModelArtsClient } from "../client/api";
import { ListTooLongError, readAllPages } from "../client/pager";
import { checkedQuery, type LookupArgs } from "./args";
import { type Camel, camelCased } from "./camel-case";
import { LookupError } from "./errors";
import { programClient } from "./program";

/** Where a list answer keeps its items, each item's id, and the total when the API's total counts the whole list. */
export interface ListShape<Answer> {
    readonly items: keyof Answer & string;
    readonly idOf: (item: never) => unknown;
    readonly total?: keyof Answer & string;
}

/**
 * The list from page `offset` on: the first page's answer (its counts as served), its `items` field holding the
 * items of every page read, each once.
 */
export async function allPages<Answer extends object>(
    lookup: string,
    paging: { readonly limit?: number; readonly offset?: number },
    shape: ListShape<Answer>,
    fetchPage: (offset: number, limit: number) => Promise<Answer>,
): Promise<Answer> {
    let first: Answer | undefined;
    try {
        const items = await readAllPages({
            what: `${lookup}'s list`,
            idOf: shape.idOf as (item: unknown) => unknown,
            ...paging,
            fetchPage: async (offset, limit) => {
                const answer = await fetchPage(offset, limit);
                first ??= answer;
                const total = shape.total === undefined ? undefined : answer[shape.total];
                return {
                    items: (answer[shape.items] as readonly unknown[] | undefined) ?? [],
                    ...(typeof total === "number" ? { total } : {}),
                };
            },
        });
        return { ...(first as Answer), [shape.items]: items };
    } catch (error) {
        if (!ListTooLongError.isInstance(error)) throw error;
        throw new LookupError(
            lookup,
            `${error.message}: narrow it with the lookup's filters, or read it in parts with \`offset\``,
        );
    }
}

/**
 * A list lookup whose arguments are its API's query (and path ids): the arguments checked before any request, then
 * every page from `offset` on read through the program's client, each fetched with the query and its own `offset`
 * and `limit`; the answer in camelCase.
 */
export async function readList<Query extends object, Answer extends object>(
    spec: LookupArgs<Query>,
    args: unknown,
    shape: ListShape<Answer>,
    fetchPage: (
        client: ModelArtsClient,
        page: Query & { readonly offset: number; readonly limit: number },
    ) => Promise<Answer>,
): Promise<Camel<Answer>> {
    const query = checkedQuery(spec, args);
    const client = programClient();
    const answer = await allPages(spec.lookup, query, shape, (offset, limit) =>
        fetchPage(client, { ...query, offset, limit }),
    );
    return camelCased(answer);
}

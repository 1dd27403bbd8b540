import assert from "node:assert/strict";
import { ListTooLongError, MAX_PAGES, readAllPages, type Page } from "../../provider/client/pager";

interface Item {
    readonly id: string;
}

/** A list of `count` items served `limit` at a time, reading `offset` as a page number or as a record offset. */
function listOf(count: number, offsetIs: "page" | "record", total?: number) {
    const items = Array.from({ length: count }, (_, i) => ({ id: `i${i}` }));
    const offsets: number[] = [];
    const fetchPage = (offset: number, limit: number): Promise<Page<Item>> => {
        offsets.push(offset);
        const from = offsetIs === "page" ? offset * limit : offset;
        return Promise.resolve({ items: items.slice(from, from + limit), ...(total === undefined ? {} : { total }) });
    };
    return { fetchPage, offsets, what: "the items", idOf: (item: Item) => item.id };
}

describe("client/pager readAllPages", () => {
    it("reads pages by number to a short page, each item once", async () => {
        const list = listOf(250, "page");
        const read = await readAllPages(list);
        assert.equal(read.length, 250);
        assert.equal(new Set(read.map((i) => i.id)).size, 250);
        assert.deepEqual(list.offsets, [0, 1, 2]);
    });

    it("stops at the list's total without asking for an empty page", async () => {
        const list = listOf(200, "page", 200);
        assert.equal((await readAllPages(list)).length, 200);
        assert.deepEqual(list.offsets, [0, 1]);
    });

    it("moves on by records once a page repeats what it read: no duplicates, nothing missed", async () => {
        const list = listOf(250, "record");
        const read = await readAllPages(list);
        assert.deepEqual(
            read.map((i) => i.id),
            Array.from({ length: 250 }, (_, i) => `i${i}`),
        );
        assert.deepEqual(list.offsets, [0, 1, 101, 201], "page 1 was read as record 1: the rest by records");
    });

    it("ends, rather than loop, when the service answers the same page whatever the offset", async () => {
        const same = Array.from({ length: 100 }, (_, i) => ({ id: `i${i}` }));
        let calls = 0;
        const read = await readAllPages({
            what: "the items",
            idOf: (item: Item) => item.id,
            fetchPage: () => (calls++, Promise.resolve({ items: same })),
        });
        assert.equal(read.length, 100);
        assert.equal(calls, 2);
    });

    it("fails at its bound, naming the list and what it read, never returning part of it", async () => {
        const list = listOf(MAX_PAGES * 100 + 1, "page");
        const error = await readAllPages(list).catch((e: unknown) => e);
        assert.ok(ListTooLongError.isInstance(error));
        assert.match(
            error.message,
            new RegExp(`^the items go on beyond ${MAX_PAGES} pages \\(${MAX_PAGES * 100} items read\\)`),
        );
        assert.equal(list.offsets.length, MAX_PAGES);
    });

    it("starts at the page asked for", async () => {
        const list = listOf(250, "page");
        const read = await readAllPages({ ...list, offset: 2, limit: 50 });
        assert.deepEqual(
            read.map((i) => i.id),
            Array.from({ length: 150 }, (_, i) => `i${i + 100}`),
        );
    });
});

/**
 * Listing and fingerprinting an OBS path over a scripted page reader: the fingerprint's exact definition, paging by
 * `NextMarker` or the last key, the bound, OBS errors explained (never an empty path), the deadline.
 */
import assert from "node:assert/strict";
import { createHash } from "crypto";
import type { ListedObject, ListPage } from "../../provider/client/obs/list-objects";
import type { ListPageRequest } from "../../provider/client/obs/obs-client";
import { ObsError } from "../../provider/client/obs/obs-error";
import { totalsOf } from "../../provider/source/fingerprint";
import { listObsPath, PageReader, summarizeObsPath } from "../../provider/source/list-path";
import { SourceError } from "../../provider/source/source-error";

const object = (
    key: string,
    size = 3,
    etag = `"${"ab".repeat(16)}"`,
    lastModified = "2026-01-02T03:04:05.678Z",
): ListedObject => ({
    key,
    etag,
    size,
    lastModified,
});

/** Serves `objects` (sorted by bytes) in pages of `pageSize`, with or without NextMarker; records requests. */
function pagedReader(objects: readonly ListedObject[], pageSize = 1000, withNextMarker = true) {
    const sorted = [...objects].sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
    const requests: ListPageRequest[] = [];
    const reader: PageReader = {
        listPage: (request) => {
            requests.push(request);
            const after = sorted.filter(
                (o) =>
                    o.key.startsWith(request.prefix) &&
                    (request.marker === undefined ||
                        Buffer.compare(Buffer.from(o.key), Buffer.from(request.marker)) > 0),
            );
            const page = after.slice(0, Math.min(pageSize, request.maxKeys ?? 1000));
            const isTruncated = after.length > page.length;
            const last = page[page.length - 1];
            return Promise.resolve<ListPage>({
                objects: page,
                isTruncated,
                ...(isTruncated && withNextMarker && last !== undefined ? { nextMarker: last.key } : {}),
            });
        },
    };
    return { reader, requests };
}

describe("listing and fingerprinting an OBS path", () => {
    it("hashes '<relative key>\\t<bare ETag>\\t<size>\\n' in byte order, markers and LastModified left out", async () => {
        const objects = [
            object("data/b.jpg", 10, '"b0"'),
            object("data/a-b.jpg", 20, '"ab"', "2026-03-01T00:00:00.001Z"),
            object("data/a/c.jpg", 30, '"c0"'),
            object("data/a/", 0, '"d41d8cd98f00b204e9800998ecf8427e"'),
            object("data/é.jpg", 40, '"e0"'),
            object("other/x.jpg"),
        ];
        const { reader } = pagedReader(objects);
        const summary = await summarizeObsPath(reader, { path: "obs://bucket/data" });
        const lines = "a-b.jpg\tab\t20\na/c.jpg\tc0\t30\nb.jpg\tb0\t10\né.jpg\te0\t40\n";
        assert.deepEqual(summary, {
            path: "obs://bucket/data/",
            objectCount: 4,
            totalBytes: 100,
            newestModified: "2026-03-01T00:00:00.001Z",
            fingerprint: `sha256:${createHash("sha256").update(lines, "utf8").digest("hex")}`,
        });
        const retimed = objects.map((o) => ({ ...o, lastModified: "2030-01-01T00:00:00.000Z" }));
        const again = await summarizeObsPath(pagedReader(retimed).reader, { path: "obs://bucket/data/" });
        assert.equal(again.fingerprint, summary.fingerprint);
        const changed = objects.map((o) => (o.key === "data/b.jpg" ? { ...o, etag: '"b1"' } : o));
        assert.notEqual(
            (await summarizeObsPath(pagedReader(changed).reader, { path: "obs://bucket/data/" })).fingerprint,
            summary.fingerprint,
        );
        assert.equal(
            totalsOf(
                "data/",
                objects.filter((o) => o.key.startsWith("data/")),
            ).fingerprint,
            summary.fingerprint,
        );
    });

    it("follows NextMarker, or the last key when there is none, in pages of 1000: ⌈N/1000⌉ requests", async () => {
        const many = Array.from({ length: 2500 }, (_, i) => object(`p/${String(i).padStart(5, "0")}`));
        for (const withNextMarker of [true, false]) {
            const { reader, requests } = pagedReader(many, 1000, withNextMarker);
            const listing = await listObsPath(reader, { path: "obs://bucket/p/" });
            assert.equal(listing.objectCount, 2500);
            assert.equal(listing.objects.length, 2500);
            assert.deepEqual(
                requests.map((r) => [r.marker, r.maxKeys]),
                [
                    [undefined, 1000],
                    ["p/00999", 1000],
                    ["p/01999", 1000],
                ],
            );
        }
        const exact = pagedReader(many.slice(0, 1000));
        await summarizeObsPath(exact.reader, { path: "obs://bucket/p/" });
        assert.equal(exact.requests.length, 1);
    });

    it("answers objects with bare ETags and full keys; an empty path is an empty listing", async () => {
        const { reader } = pagedReader([object("p/a", 5, '"aa"')]);
        const listing = await listObsPath(reader, { path: "obs://bucket/p/" });
        assert.deepEqual(listing.objects, [
            { key: "p/a", etag: "aa", size: 5, lastModified: "2026-01-02T03:04:05.678Z" },
        ]);
        const empty = await listObsPath(pagedReader([]).reader, { path: "obs://bucket/none/" });
        assert.deepEqual([empty.objectCount, empty.totalBytes, empty.newestModified, empty.objects], [0, 0, null, []]);
    });

    it("stops once more than maxObjects exist, naming the count and both ways out", async () => {
        const many = Array.from({ length: 2500 }, (_, i) => object(`p/${String(i).padStart(5, "0")}`));
        const { reader, requests } = pagedReader(many);
        await assert.rejects(
            summarizeObsPath(reader, { path: "obs://bucket/p/", maxObjects: 1500 }),
            (error: Error) => {
                assert.ok(SourceError.isInstance(error));
                assert.match(error.message, /holds more than 1500 objects \(stopped after listing 2000\)/);
                assert.match(error.message, /raise maxObjects \(at most 1000000\)/);
                assert.match(error.message, /triggers/);
                return true;
            },
        );
        assert.equal(requests.length, 2);
        await assert.rejects(
            summarizeObsPath(reader, { path: "obs://bucket/p/", maxObjects: 1_000_001 }),
            /maxObjects/,
        );
    });

    it("explains 403 (the ListBucket right, trackSource: false) and 404 NoSuchBucket; never reads an error as empty", async () => {
        const failing = (status: number, code: string): PageReader => ({
            listPage: () => Promise.reject(new ObsError({ method: "GET", resource: "/bucket/", status, code })),
        });
        await assert.rejects(
            summarizeObsPath(failing(403, "AccessDenied"), { path: "obs://bucket/p/" }),
            (error: Error) => {
                assert.match(error.message, /bucket "bucket"/);
                assert.match(error.message, /obs:bucket:ListBucket/);
                assert.match(error.message, /trackSource: false/);
                return true;
            },
        );
        await assert.rejects(
            summarizeObsPath(failing(404, "NoSuchBucket"), { path: "obs://bucket/p/" }),
            /bucket "bucket" of obs:\/\/bucket\/p\/ does not exist/,
        );
        await assert.rejects(
            summarizeObsPath(failing(503, "SlowDown"), { path: "obs://bucket/p/" }),
            (error: Error) =>
                SourceError.isInstance(error) &&
                error.obsCode === "SlowDown" &&
                /listing obs:\/\/bucket\/p\/ failed/.test(error.message),
        );
    });

    it("refuses a listing out of byte order or repeating a key (a marker not honoured), and a path that is not obs://", async () => {
        const unordered: PageReader = {
            listPage: () => Promise.resolve({ objects: [object("p/b"), object("p/a")], isTruncated: false }),
        };
        await assert.rejects(summarizeObsPath(unordered, { path: "obs://bucket/p/" }), /does not come before it/);
        const looping: PageReader = {
            listPage: () => Promise.resolve({ objects: [object("p/a")], isTruncated: true, nextMarker: "p/a" }),
        };
        await assert.rejects(summarizeObsPath(looping, { path: "obs://bucket/p/" }), /does not come before it/);
        await assert.rejects(
            summarizeObsPath(looping, { path: "s3://bucket/p/" }),
            /is not an obs:\/\/bucket\/folder\/ path/,
        );
    });

    it("stops at the caller's deadline, between pages and during one", async () => {
        const controller = new AbortController();
        const { reader } = pagedReader(
            Array.from({ length: 3000 }, (_, i) => object(`p/${String(i).padStart(5, "0")}`)),
        );
        const abortingReader: PageReader = {
            listPage: async (request) => {
                const page = await reader.listPage(request);
                controller.abort();
                return page;
            },
        };
        await assert.rejects(
            summarizeObsPath(abortingReader, { path: "obs://bucket/p/", signal: controller.signal }),
            /stopped at the deadline after 1000 objects/,
        );
        const cut: PageReader = {
            listPage: () => Promise.reject(new ObsError({ method: "GET", resource: "/bucket/", message: "timed out" })),
        };
        await assert.rejects(
            summarizeObsPath(cut, { path: "obs://bucket/p/", signal: AbortSignal.abort() }),
            /stopped at the deadline after 0/,
        );
    });
});

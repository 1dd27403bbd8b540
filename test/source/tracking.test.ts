/**
 * What source tracking records and says: the options read from `trackSource`, the digests kept within their budget,
 * a manifest's own fingerprint, and the preview's line for each kind of change.
 */
import assert from "node:assert/strict";
import type { ListedObject } from "../../provider/client/obs/list-objects";
import type { ListPageRequest } from "../../provider/client/obs/obs-client";
import { totalsOf } from "../../provider/source/fingerprint";
import type { PageReader } from "../../provider/source/list-path";
import type { RecordedSource } from "../../provider/source/tracking";
import {
    bytesText,
    DIGEST_BUDGET_BYTES,
    observeSource,
    sourceChange,
    trackingOf,
} from "../../provider/source/tracking";

const object = (key: string, size = 3, etag = `"${"ab".repeat(16)}"`): ListedObject => ({
    key,
    etag,
    size,
    lastModified: "2026-12-01T00:00:00.000Z",
});

/** One page of every object under the request's prefix (sorted), recording the requests. */
function reader(objects: readonly ListedObject[]): PageReader & { requests: ListPageRequest[] } {
    const requests: ListPageRequest[] = [];
    return {
        requests,
        listPage(request) {
            requests.push(request);
            const under = objects
                .filter((o) => o.key.startsWith(request.prefix))
                .sort((a, b) => (a.key < b.key ? -1 : 1));
            return Promise.resolve({ objects: under, isTruncated: false });
        },
    };
}

const tracking = { maxObjects: 10_000, settleMs: 0 };

describe("source tracking", () => {
    it("reads trackSource: off, on with the defaults, or its options", () => {
        assert.equal(trackingOf(undefined), undefined);
        assert.equal(trackingOf(false), undefined);
        assert.deepEqual(trackingOf(true), { maxObjects: 10_000, settleMs: 0 });
        assert.deepEqual(trackingOf({ maxObjects: 50_000, settle: "2m" }), { maxObjects: 50_000, settleMs: 120_000 });
    });

    it("keeps one digest per object, keyed relative to the path, while they fit the budget", async () => {
        const seen = await observeSource(
            reader([object("raw/a.png", 5, '"e1"'), object("raw/b.png", 7, '"e2"'), object("other/c.png")]),
            { path: "obs://my-bucket/raw/", manifest: false },
            tracking,
        );
        assert.deepEqual(seen.digests, { "a.png": "e1/5", "b.png": "e2/7" });
        assert.deepEqual([seen.objectCount, seen.totalBytes], [2, 12]);
        assert.equal(
            seen.fingerprint,
            totalsOf("raw/", [object("raw/a.png", 5, '"e1"'), object("raw/b.png", 7, '"e2"')]).fingerprint,
        );
    });

    it("keeps totals only when the digests would pass the budget", async () => {
        const many = Array.from({ length: 400 }, (_, i) =>
            object(`raw/${String(i).padStart(4, "0")}-a-long-file-name.png`),
        );
        const seen = await observeSource(reader(many), { path: "obs://my-bucket/raw/", manifest: false }, tracking);
        assert.equal(seen.digests, undefined);
        assert.equal(seen.objectCount, 400);
        assert.ok(JSON.stringify(seen).length < DIGEST_BUDGET_BYTES);
    });

    it("fingerprints a manifest object itself, not the others that share its name as a prefix", async () => {
        const objects = [object("sets/train.manifest", 10, '"m1"'), object("sets/train.manifest.bak", 99, '"m2"')];
        const source = reader(objects);
        const seen = await observeSource(
            source,
            { path: "obs://my-bucket/sets/train.manifest", manifest: true },
            tracking,
        );
        assert.deepEqual([seen.objectCount, seen.totalBytes, seen.digests], [1, 10, { "train.manifest": "m1/10" }]);
        assert.equal(seen.fingerprint, totalsOf("sets/", [objects[0]!]).fingerprint);
        await assert.rejects(
            observeSource(source, { path: "obs://my-bucket/sets/gone.manifest", manifest: true }, tracking),
            /the manifest obs:\/\/my-bucket\/sets\/gone.manifest does not exist/,
        );
    });

    it("says what changed: counts from the digests, totals beyond them, nothing when the fingerprint is the same", () => {
        const base = { path: "obs://b/raw/", newestModified: null } as const;
        const before: RecordedSource = {
            ...base,
            objectCount: 3,
            totalBytes: 30,
            fingerprint: "sha256:1",
            digests: { a: "e/10", b: "e/10", c: "e/10" },
        };
        const after: RecordedSource = {
            ...base,
            objectCount: 3,
            totalBytes: 31,
            fingerprint: "sha256:2",
            digests: { a: "e/10", b: "f/11", d: "e/10" },
        };
        assert.equal(
            sourceChange(before, after),
            "obs://b/raw/: +1 new, 1 changed, 1 removed since the last import (3 objects, 31 B)",
        );
        assert.equal(sourceChange(before, { ...before }), undefined);
        const { digests: _dropped, ...totalsOnly } = after;
        assert.equal(
            sourceChange(before, { ...totalsOnly, objectCount: 12_465, totalBytes: 4_300_000_000 }),
            "obs://b/raw/: changed since the last import: 3 → 12465 objects, 30 B → 4.3 GB (too many objects to count them one by one)",
        );
        assert.deepEqual([bytesText(999), bytesText(4_200_000_000), bytesText(6_012)], ["999 B", "4.2 GB", "6.0 kB"]);
    });
});

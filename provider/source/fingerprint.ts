/**
 * What a path holds, in one value that changes when any object under it is added, removed, or rewritten:
 *
 *     sha256:<hex SHA-256 of the UTF-8 lines "<key relative to the path>\t<ETag without quotes>\t<size>\n">
 *
 * one line per object in key order (UTF-8 bytes), folder markers (a key ending in `/`, size 0: how the console makes
 * a folder, "Uploading an Object (PUT)") left out, `LastModified` left out (rewriting the same bytes leaves the
 * fingerprint alone; the ETag is the content's MD5 for a single PUT, docs/api-notes.md "OBS").
 *
 * OBS lists keys in that order already ("Listing Objects in a Bucket"), so the hash is fed page by page and no object
 * is kept: memory stays flat however many objects the path holds. A key that does not come after the one before is
 * refused: the listing would page wrongly too (a marker not honoured, a key listed twice).
 */
import { createHash, Hash } from "crypto";
import type { ListedObject } from "../client/obs/list-objects";

/** The totals of a path, and its fingerprint. */
export interface PathTotals {
    /** Objects under the path, folder markers left out. */
    readonly objectCount: number;
    /** Their sizes added up. */
    readonly totalBytes: number;
    /** The latest `LastModified` among them (ISO 8601), null when the path is empty. */
    readonly newestModified: string | null;
    /** `sha256:` and 64 hex digits (see the module comment). */
    readonly fingerprint: string;
}

/** True for a folder marker: a key ending in `/`, of size 0. */
export function isFolderMarker(object: Pick<ListedObject, "key" | "size">): boolean {
    return object.key.endsWith("/") && object.size === 0;
}

/** An ETag without its quotes (the quotes are part of the value as sent). */
export function bareEtag(etag: string): string {
    return etag.replace(/^"(.*)"$/s, "$1");
}

/** Builds {@link PathTotals} from the objects of a listing, fed in key order. */
export class FingerprintBuilder {
    private readonly hash: Hash = createHash("sha256");
    private lastKey: Buffer | undefined;
    private count = 0;
    private bytes = 0;
    private newestMs: number | undefined;

    /** @param prefix the path's key prefix, cut from each key in the lines hashed. */
    constructor(private readonly prefix: string) {}

    /**
     * Adds one listed object (a folder marker is checked for order, then left out); false when it is a marker.
     * @throws Error when its key does not come after the previous key, or does not start with the prefix.
     */
    add(object: ListedObject): boolean {
        const key = Buffer.from(object.key, "utf8");
        if (this.lastKey !== undefined && Buffer.compare(this.lastKey, key) >= 0) {
            throw new Error(`OBS listed ${JSON.stringify(object.key)} after a key that does not come before it`);
        }
        if (!object.key.startsWith(this.prefix)) {
            throw new Error(
                `OBS listed ${JSON.stringify(object.key)}, which is not under ${JSON.stringify(this.prefix)}`,
            );
        }
        this.lastKey = key;
        if (isFolderMarker(object)) return false;
        const modifiedMs = Date.parse(object.lastModified);
        if (Number.isNaN(modifiedMs))
            throw new Error(`OBS listed an unreadable LastModified for ${JSON.stringify(object.key)}`);
        this.hash.update(`${object.key.slice(this.prefix.length)}\t${bareEtag(object.etag)}\t${object.size}\n`, "utf8");
        this.count++;
        this.bytes += object.size;
        if (this.newestMs === undefined || modifiedMs > this.newestMs) this.newestMs = modifiedMs;
        return true;
    }

    /** The totals of what was added (the hash is final: add nothing after). */
    totals(): PathTotals {
        return {
            objectCount: this.count,
            totalBytes: this.bytes,
            newestModified: this.newestMs === undefined ? null : new Date(this.newestMs).toISOString(),
            fingerprint: `sha256:${this.hash.digest("hex")}`,
        };
    }
}

/** The totals of `objects` in any order (sorted here by UTF-8 bytes); for tests and callers holding a list. */
export function totalsOf(prefix: string, objects: readonly ListedObject[]): PathTotals {
    const builder = new FingerprintBuilder(prefix);
    const sorted = [...objects].sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
    for (const object of sorted) builder.add(object);
    return builder.totals();
}

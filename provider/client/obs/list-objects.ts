/**
 * One page of "Listing Objects in a Bucket": `GET /` on the bucket with `prefix`, `marker`, `max-keys` (1 to 1000)
 * and `encoding-type=url`, answered with `ListBucketResult` XML (`IsTruncated`, `NextMarker`, and per object
 * `Contents{Key, LastModified, ETag, Size, StorageClass}`).
 *
 * - `encoding-type=url` is always asked for: a key may hold characters XML 1.0 cannot carry (control characters),
 *   so OBS then sends `Key`, `Prefix`, `Marker` and `NextMarker` URL-encoded, and they are decoded here. The XML
 *   entities (`&amp;` in a key) are decoded by the parser first.
 * - A page that does not read as that document (a field missing, a size that is not a number) is a malformed answer,
 *   never an empty page: an empty path and an unreadable answer must not look alike.
 */
import { ObsError } from "./obs-error";
import { parseXml, textOf, XmlTree } from "./xml";

/** The largest page OBS gives ("Listing Objects in a Bucket", `max-keys`). */
export const MAX_KEYS = 1000;

/** One object as a listing describes it. */
export interface ListedObject {
    /** The object's full key, decoded. */
    readonly key: string;
    /** The `ETag` as sent, quotes included. */
    readonly etag: string;
    readonly size: number;
    /** ISO 8601 with milliseconds, as sent. */
    readonly lastModified: string;
}

/** One page of a listing. */
export interface ListPage {
    readonly objects: readonly ListedObject[];
    readonly isTruncated: boolean;
    /** Where the next page starts, when the answer says. */
    readonly nextMarker?: string;
}

/** The query of one page (decoded values; the transport encodes them). */
export function listQuery(prefix: string, marker: string | undefined, maxKeys: number): Array<[string, string]> {
    return [
        ["encoding-type", "url"],
        ["max-keys", String(maxKeys)],
        ...(prefix === "" ? [] : [["prefix", prefix] as [string, string]]),
        ...(marker === undefined ? [] : [["marker", marker] as [string, string]]),
    ];
}

/** Reads a `ListBucketResult` body; `malformed` builds the error of the call for an answer that is not one. */
export function parseListPage(body: string, malformed: (reason: string) => ObsError): ListPage {
    let result: XmlTree;
    try {
        const root = parseXml(body, ["ListBucketResult.Contents"]).ListBucketResult;
        if (typeof root !== "object" || Array.isArray(root)) throw new Error("no ListBucketResult");
        result = root as XmlTree;
    } catch (error) {
        throw malformed(`the answer is not a ListBucketResult document (${(error as Error).message})`);
    }
    const encoded = textOf(result, "EncodingType") === "url";
    const decode = (text: string) => (encoded ? decodeUrl(text, malformed) : text);
    const truncated = textOf(result, "IsTruncated");
    if (truncated !== "true" && truncated !== "false") throw malformed("IsTruncated is neither true nor false");
    const contents = (result.Contents ?? []) as readonly XmlTree[];
    const objects = contents.map((entry, index) => {
        const [key, etag, size, lastModified] = ["Key", "ETag", "Size", "LastModified"].map((f) => textOf(entry, f));
        if (key === undefined || etag === undefined || lastModified === undefined || !/^\d+$/.test(size ?? "")) {
            throw malformed(`object ${index + 1} of the page lacks Key, ETag, LastModified or a numeric Size`);
        }
        return { key: decode(key), etag, size: Number(size), lastModified };
    });
    const nextMarker = textOf(result, "NextMarker");
    return {
        objects,
        isTruncated: truncated === "true",
        ...(nextMarker === undefined || nextMarker === "" ? {} : { nextMarker: decode(nextMarker) }),
    };
}

/** `+` is a space in this encoding (form encoding, as OBS and S3 write it). */
function decodeUrl(text: string, malformed: (reason: string) => ObsError): string {
    try {
        return decodeURIComponent(text.replace(/\+/g, " "));
    } catch {
        throw malformed("a URL-encoded key does not decode");
    }
}

/**
 * "Listing Objects in a Bucket": `GET /` on a bucket with `prefix`, `marker`, `max-keys` (1 to 1000, more reads as
 * 1000, default 1000) and `encoding-type=url`, answered with `ListBucketResult`: keys in UTF-8 byte order after the
 * marker, `IsTruncated`, `NextMarker` (the last key of the page) when truncated, and per object `Key`, `LastModified`
 * (ISO 8601 with milliseconds), `ETag` (the quoted MD5 of the content, as for a single PUT), `Size`, `Owner` and
 * `StorageClass`. With `encoding-type=url`, `Key`, `Prefix`, `Marker` and `NextMarker` are URL-encoded.
 * `delimiter` (grouping into `CommonPrefixes`) is not emulated: it is refused rather than ignored.
 */
import { createHash } from "crypto";
import { readFileSync, statSync } from "fs";
import type { BucketIndex, IndexedKey } from "./bucket-index";
import { ObsApiError } from "./obs-errors";
import { escapeXml, XML_DECLARATION } from "./xml-text";

/** The largest page. */
const MAX_KEYS = 1000;

/** The namespace OBS answers carry ("Listing Objects in a Bucket", response syntax). */
const NAMESPACE = "http://obs.otc.t-systems.com/doc/2016-01-01/";

/** The owner id every object of the emulator has (32 hex digits, as a domain id). */
const OWNER_ID = "0e5d2cfa1c4a4a5e9b3f6d7c8a9b0c1d";

/** The `ListBucketResult` of `bucket` for `query`. */
export function listObjectsXml(bucket: string, index: BucketIndex, query: URLSearchParams): string {
    if (query.has("delimiter")) throw new ObsApiError("InvalidArgument", "delimiter is not emulated.");
    const prefix = query.get("prefix") ?? "";
    const marker = query.get("marker") ?? "";
    const maxKeys = maxKeysOf(query.get("max-keys"));
    const encoding = query.get("encoding-type");
    if (encoding !== null && encoding !== "url") throw new ObsApiError("InvalidArgument", "encoding-type must be url.");
    const text = (value: string) => escapeXml(encoding === "url" ? encodeURIComponent(value) : value);
    const keys = index.sorted();
    const prefixBytes = Buffer.from(prefix, "utf8");
    const markerBytes = Buffer.from(marker, "utf8");
    let start = index.lowerBound(prefixBytes);
    if (marker !== "") {
        start = Math.max(start, index.lowerBound(markerBytes));
        const atMarker = keys[start];
        if (atMarker !== undefined && Buffer.compare(atMarker.bytes, markerBytes) === 0) start++;
    }
    const page: IndexedKey[] = [];
    let truncated = false;
    for (const entry of keys.slice(start, start + maxKeys + 1)) {
        if (!entry.key.startsWith(prefix)) break;
        if (page.length === maxKeys) {
            truncated = true;
            break;
        }
        page.push(entry);
    }
    const last = page[page.length - 1];
    return [
        XML_DECLARATION,
        `<ListBucketResult xmlns="${NAMESPACE}">`,
        `<Name>${escapeXml(bucket)}</Name><Prefix>${text(prefix)}</Prefix><Marker>${text(marker)}</Marker>`,
        truncated && last !== undefined ? `<NextMarker>${text(last.key)}</NextMarker>` : "",
        `<MaxKeys>${maxKeys}</MaxKeys>`,
        encoding === "url" ? "<EncodingType>url</EncodingType>" : "",
        `<IsTruncated>${truncated}</IsTruncated>`,
        ...page.map((entry) => contents(entry, text)),
        "</ListBucketResult>",
    ].join("");
}

/** The described object, or nothing when its file went away since the index was built. */
function contents(entry: IndexedKey, text: (value: string) => string): string {
    let size: number;
    let modified: Date;
    let md5: string;
    try {
        const isMarker = entry.key.endsWith("/");
        const stat = statSync(entry.file);
        size = isMarker ? 0 : stat.size;
        modified = stat.mtime;
        md5 = createHash("md5")
            .update(isMarker ? Buffer.alloc(0) : readFileSync(entry.file))
            .digest("hex");
    } catch {
        return "";
    }
    return (
        `<Contents><Key>${text(entry.key)}</Key><LastModified>${modified.toISOString()}</LastModified>` +
        `<ETag>"${md5}"</ETag><Size>${size}</Size><Owner><ID>${OWNER_ID}</ID></Owner>` +
        "<StorageClass>STANDARD</StorageClass></Contents>"
    );
}

function maxKeysOf(value: string | null): number {
    if (value === null) return MAX_KEYS;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new ObsApiError("InvalidArgument", "max-keys must be 1 or more.");
    return Math.min(Number(value), MAX_KEYS);
}

/**
 * Which requests are OBS's, and what they address. The emulator serves OBS on the ModelArts port: every ModelArts
 * path starts with `/v1/` or `/v2/`, and no bucket can be named `v1` or `v2` (names have 3 to 63 characters), so the
 * first segment tells them apart without ambiguity.
 *
 * - Virtual-hosted: `Host: {bucket}.localhost` or `{bucket}.127.x.y.z` (a loopback name with the bucket in front);
 *   the path is the key.
 * - Path style: `/{bucket}/{key}` on the bare host, as a client addressing an IP or `localhost` sends.
 *
 * The canonical resource a signature covers is `/{bucket}/{key}` with the key exactly as sent (still encoded), which
 * is what a client signs ("Authentication of Signature in a Header").
 */

/** What an OBS request addresses. */
export interface ObsAddress {
    readonly bucket: string;
    /** The key, decoded; "" for the bucket itself. */
    readonly key: string;
    /** `/{bucket}/{key as sent}`. */
    readonly canonicalResource: string;
}

/** The address of an OBS request; "modelarts" for a ModelArts one; undefined for a path that does not decode. */
export function obsAddressOf(host: string | undefined, rawPath: string): ObsAddress | "modelarts" | undefined {
    const bucketHost = virtualHostBucket(host ?? "");
    if (bucketHost === undefined && /^\/v[12](\/|$)/.test(rawPath)) return "modelarts";
    try {
        if (bucketHost !== undefined) {
            const encodedKey = rawPath.replace(/^\//, "");
            return {
                bucket: bucketHost,
                key: decodeURIComponent(encodedKey),
                canonicalResource: `/${bucketHost}/${encodedKey}`,
            };
        }
        const [, bucket = "", encodedKey = ""] = /^\/([^/]*)\/?(.*)$/s.exec(rawPath) ?? [];
        return { bucket: decodeURIComponent(bucket), key: decodeURIComponent(encodedKey), canonicalResource: rawPath };
    } catch {
        return undefined;
    }
}

/** The bucket of a virtual-hosted `Host` header (port ignored), if it is one. */
function virtualHostBucket(host: string): string | undefined {
    const name = host.replace(/:\d+$/, "").toLowerCase();
    const match = /^(.+)\.(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(name);
    return match?.[1];
}

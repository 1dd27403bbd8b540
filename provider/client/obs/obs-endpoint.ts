/**
 * Where OBS lives and how a bucket is addressed on it (docs/api-notes.md, "OBS").
 *
 * - A region's endpoint is `https://obs.{region}.myhuaweicloud.com` on Huawei Cloud and
 *   `https://obs.{region}.otc.t-systems.com` on Open Telekom Cloud, told apart as the ModelArts endpoint is
 *   (`endpoints.ts`).
 * - The OBS pages address a bucket virtual-hosted: `Host: {bucket}.{endpoint host}`, the object key as the path
 *   ("Listing Objects in a Bucket", "Uploading an Object (PUT)"). A host that is an IP address or `localhost` has no
 *   subdomains to put a bucket in, so there (a local server, the emulator) the bucket is the path's first segment.
 * - Either way the signature's canonical resource is `/{bucket}/{key}` ("Authentication of Signature in a Header").
 */
import { isIP } from "net";
import { serviceEndpoint } from "../endpoints";

/** The OBS endpoint of a Huawei Cloud or Open Telekom Cloud region; any other name is refused. */
export function obsEndpointForRegion(region: string, setting: string): string {
    return serviceEndpoint("obs", region, setting);
}

/** Where one request goes: the origin, the path as sent, and the canonical resource it is signed with. */
export interface ObsTarget {
    /** `scheme://host[:port]`, the bucket's own host when addressed virtual-hosted. */
    readonly origin: string;
    /** The path as sent, percent-encoded. */
    readonly path: string;
    /** `/{bucket}/{encoded key}`: what the signature covers. */
    readonly canonicalResource: string;
}

/** True when buckets on `endpoint` are addressed in the path: its host is an IP address or `localhost`. */
export function usesPathStyle(endpoint: URL): boolean {
    const host = endpoint.hostname.replace(/^\[(.*)\]$/, "$1");
    return isIP(host) !== 0 || host === "localhost";
}

/** The target of `key` (empty: the bucket itself) in `bucket` on `endpoint`; see the module comment. */
export function obsTarget(endpoint: URL, bucket: string, key = ""): ObsTarget {
    const encodedKey = encodeObjectKey(key);
    const canonicalResource = `/${bucket}/${encodedKey}`;
    if (usesPathStyle(endpoint)) return { origin: endpoint.origin, path: canonicalResource, canonicalResource };
    const port = endpoint.port === "" ? "" : `:${endpoint.port}`;
    return {
        origin: `${endpoint.protocol}//${bucket}.${endpoint.hostname}${port}`,
        path: `/${encodedKey}`,
        canonicalResource,
    };
}

/**
 * An object key as it goes in a path and in the canonical resource: every character but `/` and the unreserved ones
 * percent-encoded (UTF-8), `!*'()` too; the official Node client (`esdk-obs-nodejs`) encodes it so, and the signature
 * covers these exact bytes.
 */
export function encodeObjectKey(key: string): string {
    return key
        .split("/")
        .map((segment) =>
            encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
        )
        .join("/");
}

/** The canonical resource of a request `obsTarget` addressed: the bucket from its host or its path, then the key. */
export function canonicalResourceOf(
    endpoint: URL,
    request: { readonly origin: string; readonly path: string },
): string {
    if (usesPathStyle(endpoint)) return request.path;
    const host = new URL(request.origin).hostname;
    const bucket = host.slice(0, host.length - endpoint.hostname.length - 1);
    return `/${bucket}${request.path}`;
}

/**
 * AK/SK request signing ("SDK-HMAC-SHA256", Huawei Cloud API Gateway).
 *
 * The algorithm is described in `docs/api-notes.md` ("Authentication"); the reference implementation is the
 * official Node SDK's `auth/AKSKSigner.js` (`@huaweicloud/huaweicloud-sdk-core`), which signs every header it
 * sends, double-encodes path segments (the already-encoded pathname goes through `encodeURIComponent` again) and
 * always ends the canonical URI with `/`. `test/client/signer.test.ts` checks our output against that signer
 * byte for byte. The emulator verifies signatures with the same canonical form, so there is one definition.
 */
import { createHash, createHmac } from "crypto";

export const SIGNING_ALGORITHM = "SDK-HMAC-SHA256";

/** A request as it is signed: the exact body bytes and every header that will be sent (names any case). */
export interface SignableRequest {
    readonly method: string;
    /** Path as it appears on the wire (percent-encoded), without the query. */
    readonly path: string;
    /** Decoded query parameters. */
    readonly query: ReadonlyArray<readonly [string, string]>;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}

const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** `YYYYMMDDTHHMMSSZ` in UTC, the `X-Sdk-Date` format. */
export function formatSdkDate(epochMs: number): string {
    return new Date(epochMs)
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}Z$/, "Z");
}

/** Parses an `X-Sdk-Date` value back to epoch milliseconds (NaN when malformed). */
export function parseSdkDate(value: string): number {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    if (!m) return NaN;
    const [year, month, day, hours, minutes, seconds] = m.slice(1, 7).map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
    ];
    return Date.UTC(year, month - 1, day, hours, minutes, seconds);
}

/** RFC 3986 encoding: everything but `A-Z a-z 0-9 - _ . ~` is percent-encoded (UTF-8). */
function encodeRfc3986(text: string): string {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

function canonicalUri(path: string): string {
    // Mirrors the reference signer: encodeURIComponent on each (already encoded) segment, trailing slash.
    const encoded = path
        .split("/")
        .map((segment) => encodeURIComponent(segment))
        .join("/");
    return encoded.endsWith("/") ? encoded : encoded + "/";
}

function canonicalQuery(query: SignableRequest["query"]): string {
    return [...query]
        .sort(([ka, va], [kb, vb]) => (ka === kb ? (va < vb ? -1 : va > vb ? 1 : 0) : ka < kb ? -1 : 1))
        .map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)
        .join("&");
}

/** The canonical request and the `;`-joined signed header names, for the headers named in `signedHeaderNames`. */
export function canonicalRequest(request: SignableRequest, signedHeaderNames: readonly string[]): string {
    const lowered = new Map(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const names = [...signedHeaderNames].map((n) => n.toLowerCase()).sort();
    const headerLines = names.map((n) => `${n}:${(lowered.get(n) ?? "").trim()}\n`).join("");
    return [
        request.method.toUpperCase(),
        canonicalUri(request.path),
        canonicalQuery(request.query),
        headerLines,
        names.join(";"),
        sha256Hex(request.body),
    ].join("\n");
}

function signature(secretKey: string, sdkDate: string, canonical: string): string {
    const stringToSign = `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
    return createHmac("sha256", secretKey).update(stringToSign, "utf8").digest("hex");
}

/**
 * Returns the `Authorization` header value for a request whose headers already include `Host` and `X-Sdk-Date`.
 * Every header of the request is signed, as the reference signer does.
 */
export function authorizationHeader(request: SignableRequest, accessKey: string, secretKey: string): string {
    const sdkDate = headerValue(request.headers, "x-sdk-date");
    if (sdkDate === undefined || headerValue(request.headers, "host") === undefined) {
        throw new Error("a signed request needs Host and X-Sdk-Date headers");
    }
    const names = Object.keys(request.headers)
        .map((n) => n.toLowerCase())
        .sort();
    const sig = signature(secretKey, sdkDate, canonicalRequest(request, names));
    return `${SIGNING_ALGORITHM} Access=${accessKey}, SignedHeaders=${names.join(";")}, Signature=${sig}`;
}

function headerValue(headers: Readonly<Record<string, string>>, lowerName: string): string | undefined {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === lowerName);
    return key === undefined ? undefined : headers[key];
}

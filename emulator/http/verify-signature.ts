/**
 * Checking an `Authorization: SDK-HMAC-SHA256 …` header the way the API Gateway does: parse it, rebuild the
 * canonical request over the headers it names, and compare the HMAC in constant time. Only the emulator (and the
 * tests' fake transports) verify signatures; the provider only signs, so this lives here rather than in the
 * provider's signer. The canonical request itself is the signer's (`canonicalRequest` of
 * provider/client/signer.ts), so signing and verifying cannot drift apart on it; what is repeated here is the
 * string to sign (algorithm, date, hash of the canonical request), which the client-against-emulator tests would
 * fail on if it ever differed.
 */
import { createHash, createHmac, timingSafeEqual } from "crypto";
import { canonicalRequest, SIGNING_ALGORITHM, type SignableRequest } from "../../provider/client/signer";

/** The parts of an `Authorization: SDK-HMAC-SHA256 …` header. */
export interface ParsedAuthorization {
    readonly accessKey: string;
    readonly signedHeaders: readonly string[];
    readonly signature: string;
}

/** Parses an Authorization header; undefined when it is not an SDK-HMAC-SHA256 header. */
export function parseAuthorization(value: string | undefined): ParsedAuthorization | undefined {
    const m = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(
        value?.trim() ?? "",
    );
    const [, accessKey, signedHeaders, signature] = m ?? [];
    return accessKey && signedHeaders && signature
        ? { accessKey, signedHeaders: signedHeaders.split(";"), signature }
        : undefined;
}

/** True when `auth` is a valid signature of `request` under `secretKey` (constant-time comparison). */
export function verifySignature(request: SignableRequest, auth: ParsedAuthorization, secretKey: string): boolean {
    const sdkDate = headerValue(request.headers, "x-sdk-date");
    if (sdkDate === undefined || !auth.signedHeaders.includes("host") || !auth.signedHeaders.includes("x-sdk-date")) {
        return false;
    }
    const expected = Buffer.from(signature(secretKey, sdkDate, canonicalRequest(request, auth.signedHeaders)));
    const given = Buffer.from(auth.signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
}

function signature(secretKey: string, sdkDate: string, canonical: string): string {
    const hashed = createHash("sha256").update(canonical, "utf8").digest("hex");
    const stringToSign = `${SIGNING_ALGORITHM}\n${sdkDate}\n${hashed}`;
    return createHmac("sha256", secretKey).update(stringToSign, "utf8").digest("hex");
}

function headerValue(headers: Readonly<Record<string, string>>, lowerName: string): string | undefined {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === lowerName);
    return key === undefined ? undefined : headers[key];
}

/**
 * The OBS header signature ("Authentication of Signature in a Header"; "User Signature Authentication"):
 *
 *     Authorization: OBS {AK}:Base64(HMAC-SHA1(SK, UTF-8(StringToSign)))
 *     StringToSign = verb \n Content-MD5 \n Content-Type \n Date \n CanonicalizedHeaders CanonicalizedResource
 *
 * - Date is empty when the request carries `x-obs-date` (a client that cannot set `Date` sends that instead).
 * - CanonicalizedHeaders: every `x-obs-*` header, its name in lower case, sorted, `name:value\n`, values of one name
 *   joined with `,`, surrounding blanks dropped.
 * - CanonicalizedResource: `/{bucket}/{key}` as sent, then the sub-resources of the query that the page lists (`acl`,
 *   `uploadId`, `versionId`, …; never `prefix`, `marker` or `max-keys`), sorted, `?a&b=v`.
 *
 * The same algorithm with the `x-amz-` prefix and `AWS` in the header is the S3 V2 form, which the official client
 * sends to a path-style endpoint; the emulator verifies both with this module, so signing and verifying cannot drift.
 * `test/client/obs/string-to-sign.test.ts` checks the result against `esdk-obs-nodejs` byte for byte.
 */
import { createHmac } from "crypto";

/** The two forms of the header signature: OBS's own, and the S3 V2 form OBS also accepts. */
export type ObsSignatureForm = "OBS" | "AWS";

/** What the string to sign is built from. */
export interface ObsSignable {
    readonly method: string;
    /** Every header sent (names in any case). */
    readonly headers: Readonly<Record<string, string>>;
    /** `/{bucket}/{key as sent}`. */
    readonly canonicalResource: string;
    /** The query's decoded parameters; only the sub-resources are signed. */
    readonly query?: ReadonlyArray<readonly [string, string]>;
}

/** The prefix of the signed headers of each form. */
export const HEADER_PREFIX: Readonly<Record<ObsSignatureForm, string>> = { OBS: "x-obs-", AWS: "x-amz-" };

/** The sub-resources the page lists: the query parameters the canonical resource includes. */
const SUB_RESOURCES = new Set([
    "acl",
    "attname",
    "cors",
    "customdomain",
    "delete",
    "deletebucket",
    "encryption",
    "inventory",
    "length",
    "lifecycle",
    "location",
    "logging",
    "metadata",
    "modify",
    "name",
    "notification",
    "partNumber",
    "policy",
    "position",
    "quota",
    "rename",
    "replication",
    "requestPayment",
    "response-cache-control",
    "response-content-disposition",
    "response-content-encoding",
    "response-content-language",
    "response-content-type",
    "response-expires",
    "restore",
    "storageClass",
    "storagePolicy",
    "storageinfo",
    "tagging",
    "torrent",
    "truncate",
    "uploadId",
    "uploads",
    "versionId",
    "versioning",
    "versions",
    "website",
    "object-lock",
    "retention",
    "x-obs-security-token",
]);

/** The StringToSign of `request` in `form`; see the module comment. */
export function obsStringToSign(request: ObsSignable, form: ObsSignatureForm): string {
    const prefix = HEADER_PREFIX[form];
    const byName = new Map<string, string[]>();
    for (const [name, value] of Object.entries(request.headers)) {
        const lower = name.toLowerCase();
        byName.set(lower, [...(byName.get(lower) ?? []), value.trim()]);
    }
    const first = (name: string) => byName.get(name)?.[0] ?? "";
    const date = byName.has(`${prefix}date`) ? "" : first("date");
    const signedHeaders = [...byName.keys()]
        .filter((name) => name.startsWith(prefix))
        .sort()
        .map((name) => `${name}:${(byName.get(name) ?? []).join(",")}\n`)
        .join("");
    return (
        [request.method, first("content-md5"), first("content-type"), date, ""].join("\n") +
        signedHeaders +
        request.canonicalResource +
        subResources(request.query ?? [])
    );
}

/** Base64(HMAC-SHA1(secretKey, UTF-8(stringToSign))). */
export function obsSignature(stringToSign: string, secretKey: string): string {
    return createHmac("sha1", secretKey).update(stringToSign, "utf8").digest("base64");
}

function subResources(query: ReadonlyArray<readonly [string, string]>): string {
    const listed = query.filter(([name]) => SUB_RESOURCES.has(name));
    if (listed.length === 0) return "";
    const sorted = [...listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return "?" + sorted.map(([name, value]) => (value === "" ? name : `${name}=${value}`)).join("&");
}

/**
 * Texts that come from the service (an `error_msg`, a body that is not JSON, any string of an answer) before they
 * reach an error, a reason, a log or an output: every known secret redacted, then the text cut to a bound.
 *
 * - Redaction comes first: a secret cut in half would no longer be found. A service may echo a secret as it was
 *   sent (a header), JSON-escaped inside a string it built by hand (`\/` for `/`, RFC 8259 §7 allows either), or
 *   URL-encoded (a query string it logged); each form is redacted, longest first.
 * - The bound: the provider host sends an error and the details of a failed create in gRPC trailers, which
 *   grpc-js limits to 64 KiB in all (`grpc.max_metadata_size`); a stack trace echoed whole would close the stream
 *   without a status and lose the task id. About 1 KiB of a service's message is enough to say what failed.
 */

const REDACTED = "***";

/** How much of one service text reaches an error, a reason or an output. */
export const MAX_SERVICE_TEXT = 1024;

/** How much of any string of an answer is kept at all (paths, ids and names of these APIs stay far below). */
export const MAX_ANSWER_STRING = 4096;

/** The ways a secret can appear in a service's text: as sent, JSON-escaped, URL-encoded. */
export function secretForms(secret: string): string[] {
    const json = JSON.stringify(secret).slice(1, -1);
    // Every non-ASCII character as \uXXXX, as some JSON encoders write it.
    const asciiOnly = (text: string) =>
        text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const slashEscaped = json.replace(/\//g, "\\/");
    const forms = [
        secret,
        json,
        slashEscaped,
        asciiOnly(json),
        asciiOnly(slashEscaped),
        encodeURIComponent(secret),
        encodeURIComponent(secret).replace(/%20/g, "+"),
        // Form encoding as some servers write it: the RFC 3986 reserved characters encodeURIComponent keeps, encoded.
        encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ];
    return [...new Set(forms)].filter((f) => f.length > 0);
}

/** Replaces every form (see {@link secretForms}) of each secret in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
    const forms = secrets.filter((s) => s.length > 0).flatMap(secretForms);
    forms.sort((a, b) => b.length - a.length);
    let out = text;
    for (const form of forms) {
        out = out.split(form).join(REDACTED);
        // URL-encoded hex digits may come in either case (RFC 3986 §2.1).
        if (form.includes("%")) out = out.replace(new RegExp(escapeRegExp(form), "gi"), REDACTED);
    }
    return out;
}

/** `text` cut to `max` characters, with a note of how many were left out; never splits a surrogate pair. */
export function bound(text: string, max = MAX_SERVICE_TEXT): string {
    if (text.length <= max) return text;
    let end = max;
    if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end--;
    return `${text.slice(0, end)}… (${text.length - end} more characters left out)`;
}

/** A service text made fit for an error, a reason or an output: redacted, then bounded. */
export function serviceText(text: string, secrets: readonly string[], max = MAX_SERVICE_TEXT): string {
    return bound(redact(text, secrets), max);
}

/**
 * A parsed JSON answer with every string (keys included) redacted and bounded to {@link MAX_ANSWER_STRING}: nothing
 * the service sends reaches outputs or messages with a secret in it, whichever field carries it.
 */
export function cleanAnswer(value: unknown, secrets: readonly string[]): unknown {
    if (typeof value === "string") return serviceText(value, secrets, MAX_ANSWER_STRING);
    if (Array.isArray(value)) return value.map((v) => cleanAnswer(v, secrets));
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(
            Object.entries(value).map(([k, v]) => [
                serviceText(k, secrets, MAX_ANSWER_STRING),
                cleanAnswer(v, secrets),
            ]),
        );
    }
    return value;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

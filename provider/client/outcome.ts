/**
 * What a failed attempt says about the request: could the server have applied it? This decides
 * `ModelArtsError.outcomeUnknown` for POSTs, which ModelArts cannot deduplicate (no idempotency key).
 */

/** Socket error codes that prove the request never left this machine: no route, no name, no trusted TLS peer. */
const NEVER_SENT_CODES =
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/;

/**
 * The `code` of a system error, or "": on the error itself (as node-fetch's FetchError carries it) or on its causes
 * (Node's fetch throws `TypeError: fetch failed` whose `cause` is the socket error).
 */
function systemErrorCode(cause: unknown): string {
    for (let error = cause, depth = 0; typeof error === "object" && error !== null && depth < 4; depth++) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === "string") return code;
        error = (error as { cause?: unknown }).cause;
    }
    return "";
}

/**
 * Whether the server may have applied a request whose answer is missing or unusable.
 * - No HTTP status (network error, timeout): yes, unless the error proves nothing was sent.
 * - A 2xx: yes (it was applied; only the answer is lost).
 * - Any 5xx: yes. A gateway that timed out (504) or lost its backend (502, 503) cannot say what the backend did,
 *   and a backend may fail (500) after it stored the task; "Error Codes" does not say which codes are safe.
 *   Looking for the task costs one list call; a duplicate task costs the user an hour of compute.
 * - A 4xx (429 included: the gateway throttles before the service sees the request): no.
 */
export function mayHaveBeenApplied(failure: { readonly status?: number; readonly cause?: unknown }): boolean {
    const { status, cause } = failure;
    if (status === undefined) return !NEVER_SENT_CODES.test(systemErrorCode(cause));
    return (status >= 200 && status < 300) || status >= 500;
}

/**
 * True when the endpoint's host name does not resolve (`ENOTFOUND`): a mistyped region or endpoint, which no retry
 * mends. A temporary resolver failure (`EAI_AGAIN`) is not this.
 */
export function isUnresolvedHost(cause: unknown): boolean {
    return systemErrorCode(cause) === "ENOTFOUND";
}

/** A short reason for a network error: its system code when there is one (a fetch's message may repeat the URL). */
export function networkReason(cause: unknown): string {
    const code = systemErrorCode(cause);
    if (code !== "") return `network error ${code}`;
    return cause instanceof Error ? `network error: ${cause.message}` : "network error";
}

/**
 * A failed OBS call. OBS answers an error with an XML body `<Error><Code/><Message/><RequestId/>…</Error>` and an
 * HTTP status ("Error Codes"): the code (`AccessDenied`, `NoSuchBucket`, `SignatureDoesNotMatch`,
 * `RequestTimeTooSkewed`…) is what callers decide on. Secrets are redacted from every text, as in `ModelArtsError`;
 * like it, the class is recognised by a brand, not `instanceof` (the provider code may be loaded twice).
 */
import type { CallFailureFacts } from "../errors";
import { bound, redact, serviceText } from "../service-text";

/** What is known about a failed OBS call. */
export interface ObsErrorDetails extends CallFailureFacts {
    /** `/{bucket}/{key}`: no host, no query. */
    readonly resource: string;
    /** The `Code` of the error body, e.g. `NoSuchBucket`. */
    readonly code?: string;
    readonly message?: string;
}

/** A failed OBS call: an error answer, an unreadable answer, or no answer. */
export class ObsError extends Error {
    override readonly name = "ObsError" as const;
    readonly isObsError = true as const;
    readonly method: string;
    readonly resource: string;
    readonly status?: number;
    /** The OBS error code (redacted, bounded). */
    readonly code?: string;
    /** The OBS error message (redacted, bounded). */
    readonly obsMessage?: string;
    readonly requestId?: string;
    readonly retryAfterMs?: number;
    readonly retryable: boolean;
    readonly malformedAnswer: boolean;

    constructor(details: ObsErrorDetails, secrets: readonly string[] = []) {
        const clean = (text: string | undefined) => (text === undefined ? undefined : serviceText(text, secrets));
        const [code, message, requestId] = [clean(details.code), clean(details.message), clean(details.requestId)];
        const cause = details.cause === undefined ? undefined : { cause: redactedCause(details.cause, secrets) };
        super(redact(describe({ ...details, code, message, requestId }), secrets), cause);
        this.method = details.method;
        this.resource = details.resource;
        this.status = details.status;
        this.code = code;
        this.obsMessage = message;
        this.requestId = requestId;
        this.retryAfterMs = details.retryAfterMs;
        this.retryable = details.retryable ?? true;
        this.malformedAnswer = details.malformedAnswer ?? false;
    }

    /** True for an ObsError from any copy of this module. */
    static isInstance(e: unknown): e is ObsError {
        return typeof e === "object" && e !== null && (e as Partial<ObsError>).isObsError === true;
    }
}

/**
 * True when another attempt may succeed: no answer, an unreadable one, 408, 429 or a 5xx (`SlowDown`,
 * `ServiceUnavailable`, `InternalError`). A 4xx code is an answer about the request or the rights: never retried.
 */
export function isRetryableObsError(e: unknown): boolean {
    if (!ObsError.isInstance(e) || !e.retryable) return false;
    const status = e.status;
    return status === undefined || e.malformedAnswer || status === 408 || status === 429 || status >= 500;
}

function describe(d: ObsErrorDetails): string {
    const answer =
        d.status === undefined
            ? `no answer (${d.message ?? "network error"})`
            : [`HTTP ${d.status}`, d.code, d.message].filter((p) => p !== undefined && p !== "").join(" ");
    const requestId = d.requestId ? ` (request id ${d.requestId})` : "";
    return `OBS ${d.method} ${d.resource} failed: ${answer}${requestId}`;
}

function redactedCause(cause: unknown, secrets: readonly string[]): unknown {
    if (!(cause instanceof Error) || serviceText(cause.message, secrets) === cause.message) return cause;
    const copy = new Error(bound(redact(cause.message, secrets)));
    copy.name = cause.name;
    return copy;
}

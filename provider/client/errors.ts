/**
 * The client's two error kinds and the classifiers callers decide with. Both classes carry a brand field and an
 * `isInstance` guard instead of relying on `instanceof`: the provider code may be loaded twice (once by value in
 * the serialized provider, once from `node_modules`), and two copies of a class are different constructors.
 */

import { bound, redact, serviceText } from "./service-text";

export { redact } from "./service-text";

/** What is known about any failed call, whichever API it went to (ModelArts, OBS). */
export interface CallFailureFacts {
    readonly method: string;
    /** HTTP status; absent when no HTTP answer arrived (network error, timeout). */
    readonly status?: number;
    readonly requestId?: string;
    /** The `Retry-After` header as milliseconds from when the answer arrived. */
    readonly retryAfterMs?: number;
    readonly cause?: unknown;
    /** False when trying again cannot help although no answer came (the deadline passed, a host that does not resolve). */
    readonly retryable?: boolean;
    /** True when the answer arrived but could not be used (not the JSON or XML expected, a field of the wrong type). */
    readonly malformedAnswer?: boolean;
}

/** What is known about a failed ModelArts call; see {@link ModelArtsError}. */
export interface ModelArtsErrorDetails extends CallFailureFacts {
    /** Request path only: no host, no query string. */
    readonly path: string;
    readonly errorCode?: string;
    readonly errorMsg?: string;
    /** True when a non-idempotent request may have been applied although it failed (see the field's TSDoc). */
    readonly outcomeUnknown?: boolean;
}

/** A failed ModelArts API call: an HTTP error answer, an unusable answer, or no answer at all. */
export class ModelArtsError extends Error {
    override readonly name = "ModelArtsError" as const;
    /** Brand checked by {@link ModelArtsError.isInstance}. */
    readonly isModelArtsError = true as const;
    readonly status?: number;
    /** `error_code` of the body, e.g. `ModelArts.4352`, with every secret redacted. */
    readonly errorCode?: string;
    /** `error_msg` of the body, with every secret redacted. */
    readonly errorMsg?: string;
    /** The `X-Request-Id` response header, for support tickets. */
    readonly requestId?: string;
    /** How long the server asked to wait (`Retry-After`, seconds or HTTP-date, as milliseconds). */
    readonly retryAfterMs?: number;
    readonly method: string;
    readonly path: string;
    /**
     * True when a POST may have been applied by the server although the caller got no usable answer: a timeout
     * or lost connection after the request was sent, any HTTP 5xx, or a 2xx whose body could not be used.
     * ModelArts has no idempotency key, so the caller must look for the task before posting again.
     * False when the failure proves nothing was sent (connection refused, DNS) and for every other HTTP answer.
     */
    readonly outcomeUnknown: boolean;
    /** False when trying again cannot help; see {@link isRetryable}. */
    readonly retryable: boolean;
    /** True when an answer arrived but could not be used: retried like a lost answer (see {@link isRetryable}). */
    readonly malformedAnswer: boolean;

    /**
     * Builds the error; each string in `secrets` becomes `***` in the message, code, `errorMsg` and cause, and each
     * text the service sent is bounded (`service-text.ts`), so the message stays small whatever the service says.
     */
    constructor(details: ModelArtsErrorDetails, secrets: readonly string[] = []) {
        const clean = (text: string | undefined) => (text === undefined ? undefined : serviceText(text, secrets));
        const [errorCode, errorMsg, requestId] = [
            clean(details.errorCode),
            clean(details.errorMsg),
            clean(details.requestId),
        ];
        const cause = details.cause === undefined ? undefined : { cause: redactedCause(details.cause, secrets) };
        super(redact(describe({ ...details, errorCode, errorMsg, requestId }), secrets), cause);
        this.status = details.status;
        this.errorCode = errorCode;
        this.errorMsg = errorMsg;
        this.requestId = requestId;
        this.retryAfterMs = details.retryAfterMs;
        this.method = details.method;
        this.path = details.path;
        this.outcomeUnknown = details.outcomeUnknown ?? false;
        this.retryable = details.retryable ?? true;
        this.malformedAnswer = details.malformedAnswer ?? false;
    }

    /** True for a ModelArtsError from any copy of this module. */
    static isInstance(e: unknown): e is ModelArtsError {
        return typeof e === "object" && e !== null && (e as Partial<ModelArtsError>).isModelArtsError === true;
    }
}

/** A missing or invalid provider setting (credentials, project id, endpoint); the message says how to fix it. */
export class ConfigurationError extends Error {
    override readonly name = "ConfigurationError" as const;
    /** Brand checked by {@link ConfigurationError.isInstance}. */
    readonly isConfigurationError = true as const;

    /** True for a ConfigurationError from any copy of this module. */
    static isInstance(e: unknown): e is ConfigurationError {
        return typeof e === "object" && e !== null && (e as Partial<ConfigurationError>).isConfigurationError === true;
    }
}

function describe(d: ModelArtsErrorDetails): string {
    const answer =
        d.status === undefined
            ? `no answer (${d.errorMsg ?? "network error"})`
            : [`HTTP ${d.status}`, d.errorCode, d.errorMsg].filter((p) => p !== undefined && p !== "").join(" ");
    const requestId = d.requestId ? ` (request id ${d.requestId})` : "";
    const unknown = d.outcomeUnknown ? "; the request may have been applied" : "";
    return `ModelArts ${d.method} ${d.path} failed: ${answer}${requestId}${unknown}`;
}

/** A cause whose message holds a secret is replaced by a copy with the secret redacted (name and code kept). */
function redactedCause(cause: unknown, secrets: readonly string[]): unknown {
    if (!(cause instanceof Error) || serviceText(cause.message, secrets) === cause.message) return cause;
    const copy = new Error(bound(redact(cause.message, secrets)));
    copy.name = cause.name;
    (copy as { code?: unknown }).code = (cause as { code?: unknown }).code;
    return copy;
}

/** The documented "dataset does not exist" codes (docs/api-notes.md "Not found"): for {@link isNotFoundError}. */
export const DATASET_NOT_FOUND_CODES: readonly string[] = ["ModelArts.4352", "ModelArts.4338"];

/** A dataset version is gone when it (ModelArts.4353) or its dataset does not exist. */
export const DATASET_VERSION_NOT_FOUND_CODES: readonly string[] = [...DATASET_NOT_FOUND_CODES, "ModelArts.4353"];

const httpStatus = (e: unknown): number | undefined => (ModelArtsError.isInstance(e) ? e.status : undefined);

/**
 * True when the error is a documented "does not exist" answer: HTTP 400 or 404 carrying one of `codes` in a
 * ModelArts error body. ModelArts answers "not found" with HTTP 400 and a specific code (API reference, "Error
 * Codes": 4352 dataset, 4338 resource, 4353 dataset version, 4359 export task, 4700 processing task). A 404 without such a code (a proxy's
 * HTML page, `APIG.0101` for an unpublished route, a code about the URL or the token) is an error, never "gone":
 * taking it for one would drop a live task from the stack, or count a failed DELETE as done.
 */
export function isNotFoundError(e: unknown, codes: readonly string[]): boolean {
    const status = httpStatus(e);
    if (!ModelArtsError.isInstance(e) || (status !== 400 && status !== 404)) return false;
    return e.errorCode !== undefined && codes.includes(e.errorCode);
}

/** True for a ModelArtsError without an HTTP answer (network error, timeout). */
export function isNetworkError(e: unknown): boolean {
    return ModelArtsError.isInstance(e) && e.status === undefined;
}

/**
 * True when trying again may succeed: a network error, a malformed answer (as a lost one), a redirect (never
 * followed: the next attempt goes to the configured endpoint again), 408, 429 or any 5xx; never an endpoint host
 * that does not resolve (a mistyped region or endpoint: retrying only delays the error).
 */
export function isRetryable(e: unknown): boolean {
    if (ModelArtsError.isInstance(e) && !e.retryable) return false;
    const status = httpStatus(e);
    const malformed = ModelArtsError.isInstance(e) && e.malformedAnswer;
    const redirect = status !== undefined && status >= 300 && status < 400;
    return (
        isNetworkError(e) ||
        malformed ||
        redirect ||
        status === 408 ||
        status === 429 ||
        (status !== undefined && status >= 500)
    );
}

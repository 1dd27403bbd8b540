/**
 * Reads one attempt's answer as ModelArts sends it: a JSON object, or an error body `{error_code, error_msg}`
 * (API reference, "Error Codes"). Whatever goes wrong becomes a `ModelArtsError` with every secret redacted
 * (docs/reliability.md, "No secret leaks" and "Texts from the service are bounded").
 *
 * - A 2xx whose body is not a JSON object is a malformed answer, handled like a lost one (retried, or for a POST an
 *   unknown outcome); an empty body reads as `{}`.
 * - A 3xx is an error naming the location's host: redirects are never followed.
 * - An attempt with no complete answer says why: not sent, timed out, the endpoint's host unresolved, or a network
 *   error; a POST's outcome is unknown unless that proves nothing was applied (`outcome.ts`).
 * - {@link judgeRetry} says which of these failures are worth another attempt (`retry.ts`, `errors.ts`).
 */
import type { Clock } from "../clock";
import { parseRetryAfterMs } from "./backoff";
import { isNetworkError, isRetryable, ModelArtsError, ModelArtsErrorDetails } from "./errors";
import { answerOf, ExchangeFailure, HttpMethod, RawResponse } from "./layer";
import { isUnresolvedHost, mayHaveBeenApplied, networkReason } from "./outcome";
import type { RetryJudgement } from "./retry";
import { bound, cleanAnswer, redact } from "./service-text";

/** What an answer is read against: the call it answers, as its errors name it, and what to redact from them. */
export interface AnswerContext {
    readonly method: HttpMethod;
    /** The path relative to the endpoint, as errors name it: no host, no query. */
    readonly path: string;
    readonly secrets: readonly string[];
    /** The endpoint's origin, against which a redirect's location is read. */
    readonly origin: string;
    /** Said when the endpoint's host does not resolve (it names the setting to check). */
    readonly unresolvedHostReason: string;
    /** For `Retry-After` as an HTTP-date. */
    readonly clock: Clock;
}

/** Builds the error of the call being read, with its method, path and the secrets to redact. */
type FailureFactory = (details: Omit<ModelArtsErrorDetails, "method" | "path">) => ModelArtsError;

/** The parsed JSON answer of `exchange` (`{}` for an empty body); throws a ModelArtsError. */
export async function readModelArtsAnswer<T>(exchange: Promise<RawResponse>, context: AnswerContext): Promise<T> {
    const fail: FailureFactory = (details) =>
        new ModelArtsError({ method: context.method, path: context.path, ...details }, context.secrets);
    const response = await answerOf(exchange, (failure) => noAnswer(failure, context, fail));
    return interpret(response, context, fail) as T;
}

/** What a ModelArts failure says about retrying: network errors cost the budget more (docs/design/retry-budget.md). */
export function judgeRetry(error: unknown): RetryJudgement | undefined {
    if (!isRetryable(error)) return undefined;
    const retryAfterMs = ModelArtsError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
    return { retryAfterMs, cause: isNetworkError(error) ? "networkError" : "httpError" };
}

function noAnswer(failure: ExchangeFailure, context: AnswerContext, fail: FailureFactory): ModelArtsError {
    const { cause, head } = failure;
    if (!failure.attempted) return fail({ errorMsg: failure.reason, outcomeUnknown: false });
    const unresolved = head === undefined && isUnresolvedHost(cause);
    const reason = failure.reason ?? (unresolved ? context.unresolvedHostReason : networkReason(cause));
    return fail({
        cause,
        errorMsg: head === undefined ? reason : `lost the HTTP ${head.status} answer: ${reason}`,
        outcomeUnknown: context.method === "POST" && mayHaveBeenApplied({ status: head?.status, cause }),
        ...(unresolved ? { retryable: false } : {}),
    });
}

function interpret(response: RawResponse, context: AnswerContext, fail: FailureFactory): unknown {
    const { status, body } = response;
    const requestId = response.headers.get("x-request-id") ?? undefined;
    const outcomeUnknown = context.method === "POST" && mayHaveBeenApplied({ status });
    const parsed = parseJson(body);
    if (status >= 200 && status < 300) {
        if (parsed.ok && shapeOf(parsed.value) === "an object") return cleanAnswer(parsed.value, context.secrets);
        const errorMsg = parsed.ok
            ? `the answer is ${shapeOf(parsed.value)}, not a JSON object`
            : "the answer is not JSON";
        throw fail({ status, requestId, errorMsg, outcomeUnknown, malformedAnswer: true });
    }
    if (status >= 300 && status < 400) {
        throw fail({ status, requestId, errorMsg: redirectReason(response.headers.get("location"), context.origin) });
    }
    const fields = parsed.ok && typeof parsed.value === "object" && parsed.value !== null ? parsed.value : {};
    const { error_code: code, error_msg: msg } = fields as { error_code?: unknown; error_msg?: unknown };
    // Redacted (every form) before it is shortened: a secret cut in half would no longer be found.
    const excerpt = () => bound(redact(body, context.secrets).replace(/\s+/g, " ").trim(), 200);
    throw fail({
        status,
        requestId,
        errorCode: typeof code === "string" ? code : undefined,
        errorMsg: typeof msg === "string" ? msg : excerpt(),
        retryAfterMs: parseRetryAfterMs(response.headers.get("retry-after"), context.clock.now()),
        outcomeUnknown,
    });
}

/** What a redirect says: the host it points to (never followed: it would receive the credentials). */
function redirectReason(location: string | null, origin: string): string {
    let host = "no Location";
    try {
        if (location !== null) host = new URL(location, origin).host;
    } catch {
        host = "an unreadable Location";
    }
    return `redirected to ${bound(host, 200)}: redirects are not followed, credentials go to the configured endpoint only`;
}

/** How a parsed answer is shaped, for messages: "an object", "null", "an array", "a number"… */
function shapeOf(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "an array";
    return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
    if (text.trim() === "") return { ok: true, value: {} }; // e.g. a 204 or an empty 200 (processor version DELETE)
    try {
        return { ok: true, value: JSON.parse(text) };
    } catch {
        return { ok: false };
    }
}

/**
 * Reads one attempt's answer as OBS sends it: a 2xx with its body (XML for a listing), or an error with the XML body
 * `<Error><Code/><Message/><RequestId/></Error>` ("Error Codes"), which becomes an {@link ObsError} carrying the code,
 * every secret redacted. A 3xx is never followed (the signature would go along); an attempt without a complete
 * answer says why. {@link judgeObsRetry} tells the retry loop (`retry.ts`) what is worth another attempt.
 */
import type { Clock } from "../../clock";
import { parseRetryAfterMs } from "../backoff";
import { answerOf, HttpMethod, RawResponse } from "../layer";
import { networkReason } from "../outcome";
import type { RetryJudgement } from "../retry";
import { bound, redact } from "../service-text";
import { isRetryableObsError, ObsError, ObsErrorDetails } from "./obs-error";
import { parseXml, textOf } from "./xml";

/** What an answer is read against. */
export interface ObsAnswerContext {
    readonly method: HttpMethod;
    /** `/{bucket}/{key}`, as errors name the call. */
    readonly resource: string;
    readonly secrets: readonly string[];
    readonly clock: Clock;
}

/** The 2xx answer of `exchange`; throws an ObsError for anything else. */
export async function readObsAnswer(exchange: Promise<RawResponse>, context: ObsAnswerContext): Promise<RawResponse> {
    const fail = (details: Omit<ObsErrorDetails, "method" | "resource">) =>
        new ObsError({ method: context.method, resource: context.resource, ...details }, context.secrets);
    const response = await answerOf(exchange, (failure) => {
        const reason = failure.reason ?? networkReason(failure.cause);
        const message = failure.head === undefined ? reason : `lost the HTTP ${failure.head.status} answer: ${reason}`;
        return fail({ cause: failure.cause, message, retryable: failure.attempted });
    });
    const { status, body } = response;
    if (status >= 200 && status < 300) return response;
    const requestId = response.headers.get("x-obs-request-id") ?? response.headers.get("x-amz-request-id") ?? undefined;
    if (status >= 300 && status < 400) {
        throw fail({
            status,
            requestId,
            message: "redirected: redirects are not followed, the signature goes to the configured endpoint only",
        });
    }
    const error = errorBody(body);
    const excerpt = () => bound(redact(body, context.secrets).replace(/\s+/g, " ").trim(), 200);
    throw fail({
        status,
        requestId: error?.requestId ?? requestId,
        code: error?.code,
        message: error?.message ?? (excerpt() || undefined),
        retryAfterMs: parseRetryAfterMs(response.headers.get("retry-after"), context.clock.now()),
    });
}

/** What an OBS failure says about retrying. */
export function judgeObsRetry(error: unknown): RetryJudgement | undefined {
    if (!isRetryableObsError(error)) return undefined;
    const obsError = error as ObsError;
    return {
        retryAfterMs: obsError.retryAfterMs ?? 0,
        cause: obsError.status === undefined ? "networkError" : "httpError",
    };
}

/** The fields of an `<Error>` body; undefined when the body is not one (a proxy's HTML page, an empty HEAD answer). */
function errorBody(body: string): { code?: string; message?: string; requestId?: string } | undefined {
    try {
        const error = parseXml(body).Error;
        if (typeof error !== "object" || Array.isArray(error)) return undefined;
        const tree = error as Parameters<typeof textOf>[0];
        return { code: textOf(tree, "Code"), message: textOf(tree, "Message"), requestId: textOf(tree, "RequestId") };
    } catch {
        return undefined;
    }
}

/**
 * The OBS transport, put together from the layers the ModelArts transport uses (`http.ts`), with OBS's own signer
 * and answer reader:
 *
 *     retry(budget) ∘ read OBS answer ∘ pace(limiter) ∘ deadline(signal) ∘ sign (OBS) ∘ fetch
 *
 * - The pace is a limiter of its own: OBS throttles apart from the ModelArts gateway, and a slowed OBS must not slow
 *   the task waits (docs/design/pacing.md).
 * - The retry budget is the process's one: a failing network is failing for both services.
 * - A call's `signal` (the caller's deadline) cuts its attempt under way, holds back the next one, and stops the
 *   retries.
 */
import { Clock, systemClock } from "../../clock";
import { deadline } from "../deadline";
import { assertSafeEndpoint } from "../endpoints";
import { builtInFetch, fetchAnswer } from "../fetch";
import { compose, HttpMethod, Layer, OutgoingRequest, RawResponse, Send, TransportOptions } from "../layer";
import { pace } from "../pace";
import { RetryOptions, retryOptionsOf, withRetries } from "../retry";
import { SendRateLimiter } from "../send-rate";
import { judgeObsRetry, readObsAnswer } from "./obs-answer";
import { obsAuth } from "./obs-auth";
import { canonicalResourceOf, obsTarget } from "./obs-endpoint";
import { ObsSettings, obsSecretValues } from "./obs-settings";

/** One OBS call. */
export interface ObsRequest {
    readonly method: HttpMethod;
    readonly bucket: string;
    /** The object key; empty or absent for the bucket itself. */
    readonly key?: string;
    /** Decoded query parameters, in the order sent. */
    readonly query?: ReadonlyArray<readonly [string, string]>;
    readonly body?: string;
    /** Aborts the call: nothing more is sent, an attempt under way is cut. */
    readonly signal?: AbortSignal;
}

/** The pace of every OBS transport of the process that is given none (see the module comment). */
const sharedObsSendRate = new SendRateLimiter();

/** Sends signed requests to one OBS endpoint; see the module comment. */
export class ObsTransport {
    private readonly endpoint: URL;
    private readonly secrets: string[];
    private readonly clock: Clock;
    private readonly retry: RetryOptions;
    private readonly exchange: Send;
    private sent = 0;

    constructor(settings: ObsSettings, options: TransportOptions = {}) {
        // Checked again here: a signature must never travel in clear text to a host that is not loopback.
        this.endpoint = new URL(assertSafeEndpoint(settings.endpoint, "the OBS endpoint"));
        this.secrets = obsSecretValues(settings);
        const clock = (this.clock = options.clock ?? systemClock);
        this.retry = retryOptionsOf(options, clock, judgeObsRetry);
        const counting: Layer = (request, next) => {
            this.sent++;
            return next(request);
        };
        this.exchange = compose(
            [
                pace(options.sendRate ?? sharedObsSendRate),
                deadline(clock, options.attemptTimeoutMs ?? 30_000),
                obsAuth(settings.credentials, clock, (request) => canonicalResourceOf(this.endpoint, request)),
                counting,
            ],
            fetchAnswer(options.fetch ?? builtInFetch),
        );
    }

    /** Sends the call, retrying what is worth it; resolves to the 2xx answer, or throws an ObsError. */
    async send(request: ObsRequest): Promise<RawResponse> {
        const target = obsTarget(this.endpoint, request.bucket, request.key ?? "");
        const signal = request.signal;
        const outgoing: OutgoingRequest = {
            method: request.method,
            origin: target.origin,
            path: target.path,
            query: request.query ?? [],
            headers: {},
            ...(request.body === undefined ? {} : { body: request.body }),
            priority: "routine",
            ...(signal === undefined ? {} : { signal }),
        };
        const context = {
            method: request.method,
            resource: target.canonicalResource,
            secrets: this.secrets,
            clock: this.clock,
        };
        const options = {
            ...this.retry,
            judge: (error: unknown) => (signal?.aborted ? undefined : judgeObsRetry(error)),
        };
        const attempt = () => readObsAnswer(this.exchange(outgoing), context);
        return withRetries(attempt, { idempotent: request.method !== "POST" }, options);
    }

    /** Attempts sent so far, retries included. */
    requests(): number {
        return this.sent;
    }
}

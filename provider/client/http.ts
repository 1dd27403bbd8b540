/**
 * The ModelArts transport: one call of the JSON API, put together from the transport's layers in this one place,
 *
 *     retry(budget) ∘ read answer ∘ pace(limiter) ∘ deadline(signal) ∘ service clock ∘ sign(credentials) ∘ fetch
 *
 * outermost first: each retry waits for its own slot, each attempt is cut at the deadline and signed afresh when it
 * goes. Each step is its own module (`retry.ts`, `modelarts-answer.ts`, `pace.ts`, `deadline.ts`, `service-clock.ts`,
 * `apig-auth.ts`, `fetch.ts`; their shape: `layer.ts`); another API (OBS, XML answers, its own signature) composes
 * the same retry, pace and deadline around its own signer and answer reader.
 *
 * A call's deadline (`HttpRequest.notAfterMs`) becomes, per call, one `AbortSignal` that the pace and each attempt
 * honour, and the instant after which no retry starts (docs/reliability.md, "Deadlines are kept whatever the
 * network does"; retries: docs/design/retry-budget.md; pacing: docs/design/pacing.md).
 */
import { Clock, systemClock } from "../clock";
import { apigAuth } from "./apig-auth";
import { callCutOff, deadline } from "./deadline";
import { assertSafeEndpoint } from "./endpoints";
import { builtInFetch, fetchAnswer } from "./fetch";
import { compose, HttpMethod, Layer, OutgoingRequest, Send, TransportOptions } from "./layer";
import { AnswerContext, judgeRetry, readModelArtsAnswer } from "./modelarts-answer";
import { pace } from "./pace";
import { RetryOptions, retryOptionsOf, withRetries } from "./retry";
import { SendPriority, sharedSendRate } from "./send-rate";
import { readServiceClock, ServerTime, ServiceClock } from "./service-clock";
import type { ClientSettings } from "./settings";
import { secretValues } from "./settings";

/** What `TransportOptions.fetch` takes (the provider's session passes it through). */
export type { FetchLike } from "./fetch";

/** A call relative to the endpoint; `path` is already percent-encoded. */
export interface HttpRequest {
    readonly method: HttpMethod;
    readonly path: string;
    readonly query?: Readonly<Record<string, string | number>>;
    readonly body?: unknown;
    /** Its place when the process is paced (see {@link SendPriority}); default `urgent` for POST, else `routine`. */
    readonly priority?: SendPriority;
    /**
     * The resource's deadline (epoch ms): no attempt or retry starts after it, and each attempt is cut at it (a POST)
     * or `FINAL_ATTEMPT_GRACE_MS` after it (a GET: a wait's final poll, a create's last look); see `deadline.ts`.
     */
    readonly notAfterMs?: number;
    /** Secrets the body carries (a data source password), redacted from this call's errors like credentials. */
    readonly secrets?: readonly string[];
    /** Told before each retry's delay, with the failure retried (a wait's progress messages); must not throw. */
    readonly onRetry?: (retry: { readonly error: unknown; readonly delayMs: number }) => void;
}

/** Counters of one transport (for tests and diagnosis). */
export interface TransportStats {
    /** Attempts sent, retries included. */
    readonly requests: number;
    readonly retries: number;
    /** HTTP 429 answers received. */
    readonly throttled: number;
}

type Counters = { -readonly [K in keyof TransportStats]: number };

/** Sends signed JSON requests to one ModelArts endpoint; see the module comment. */
export class HttpTransport {
    private readonly origin: string;
    private readonly basePath: string;
    private readonly secrets: string[];
    private readonly unresolvedHostReason: string;
    private readonly clock: Clock;
    private readonly retry: RetryOptions;
    private readonly serviceClock: ServiceClock;
    private readonly exchange: Send;
    private readonly counters: Counters = { requests: 0, retries: 0, throttled: 0 };

    constructor(
        private readonly settings: ClientSettings,
        options: TransportOptions = {},
    ) {
        // Checked again here, not only in resolveSettings: signatures and tokens must never travel in clear text.
        const endpoint = new URL(assertSafeEndpoint(settings.endpoint));
        this.origin = endpoint.origin;
        this.basePath = endpoint.pathname.replace(/\/+$/, "");
        this.secrets = secretValues(settings);
        const from = settings.region === undefined ? "the configured endpoint" : `region "${settings.region}"`;
        this.unresolvedHostReason = `the endpoint host ${endpoint.host} (from ${from}) does not resolve (DNS ENOTFOUND): check modelarts:region or modelarts:endpoint`;
        const clock = (this.clock = options.clock ?? systemClock);
        this.retry = retryOptionsOf(options, clock, judgeRetry);
        this.serviceClock = new ServiceClock(clock);
        this.exchange = compose(
            [
                pace(options.sendRate ?? sharedSendRate),
                deadline(clock, options.attemptTimeoutMs ?? 30_000),
                readServiceClock(this.serviceClock),
                apigAuth(settings.credentials, clock),
                counting(this.counters),
            ],
            fetchAnswer(options.fetch ?? builtInFetch),
        );
    }

    /** Sends the request and returns the parsed JSON answer (`{}` for an empty body); throws a ModelArtsError. */
    async send<T>(request: HttpRequest): Promise<T> {
        const { method, notAfterMs } = request;
        const context: AnswerContext = {
            method,
            path: request.path,
            secrets: [...this.secrets, ...(request.secrets ?? [])],
            origin: this.origin,
            unresolvedHostReason: this.unresolvedHostReason,
            clock: this.clock,
        };
        const cutOff = notAfterMs === undefined ? undefined : callCutOff(this.clock, method, notAfterMs);
        const outgoing = { ...this.outgoing(request), ...(cutOff === undefined ? {} : { signal: cutOff.signal }) };
        const onRetry = (retry: { readonly error: unknown; readonly delayMs: number }) => {
            this.counters.retries++;
            request.onRetry?.(retry);
        };
        try {
            const attempt = () => readModelArtsAnswer<T>(this.exchange(outgoing), context);
            return await withRetries(attempt, { idempotent: method !== "POST", notAfterMs, onRetry }, this.retry);
        } finally {
            cutOff?.cancel();
        }
    }

    stats(): TransportStats {
        return { ...this.counters };
    }

    /** The service's time at local instant `localMs` (see `ServiceClock.serverTime`). */
    serverTime(localMs: number): ServerTime {
        return this.serviceClock.serverTime(localMs);
    }

    /** The request as it goes on the wire, before it is signed. */
    private outgoing(request: HttpRequest): OutgoingRequest {
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        return {
            method: request.method,
            origin: this.origin,
            path: this.basePath + request.path,
            query: Object.entries(request.query ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
            headers: { "Content-Type": "application/json", "X-Project-Id": this.settings.projectId },
            ...(body === undefined ? {} : { body }),
            priority: request.priority ?? (request.method === "POST" ? "urgent" : "routine"),
        };
    }
}

/** Counts the attempts that go out, and the 429s among their answers. */
function counting(counters: Counters): Layer {
    return async (request, next) => {
        counters.requests++;
        const response = await next(request);
        if (response.status === 429) counters.throttled++;
        return response;
    };
}

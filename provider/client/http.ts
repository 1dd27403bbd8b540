/**
 * One signed JSON request to ModelArts, with retries for idempotent methods (docs/design/retry-budget.md).
 *
 * - Every attempt is signed afresh (`X-Sdk-Date`; servers allow 15 minutes of skew) over the exact body sent.
 * - GET, PUT and DELETE are retried on network errors, malformed answers, redirects, 408, 429 and 5xx, within the
 *   process-wide {@link RetryBudget}; POST never is (no idempotency key: see `ModelArtsError.outcomeUnknown`).
 * - Every attempt waits for its slot of the process-wide {@link SendRateLimiter} (docs/design/pacing.md).
 * - A request's `notAfterMs` (the resource's deadline) bounds the slot, each attempt and the retries.
 * - Redirects are never followed (the credentials would go along); a body cut short is a lost answer, one that is
 *   not a JSON object a malformed one (docs/reliability.md).
 */
import { Clock, systemClock } from "../clock";
import { parseRetryAfterMs, retryDelayMs } from "./backoff";
import { assertSafeEndpoint } from "./endpoints";
import { isNetworkError, isRetryable, ModelArtsError, ModelArtsErrorDetails } from "./errors";
import { isUnresolvedHost, mayHaveBeenApplied, networkReason } from "./outcome";
import { bound, cleanAnswer, redact } from "./service-text";
import { RetryBudget, sharedRetryBudget } from "./retry-budget";
import { SendPriority, SendRateLimiter, sharedSendRate } from "./send-rate";
import type { ClientSettings } from "./settings";
import { secretValues } from "./settings";
import { authorizationHeader, formatSdkDate } from "./signer";

/** The part of a fetch response the transport reads. */
export interface FetchResponseLike {
    readonly status: number;
    readonly headers: { get(name: string): string | null };
    text(): Promise<string>;
}

/** The part of `fetch` the transport uses (Node's built-in fetch by default; tests inject a fake). */
export type FetchLike = (
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; redirect: "manual" },
) => Promise<FetchResponseLike>;

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A request relative to the endpoint; `path` is already percent-encoded. */
export interface HttpRequest {
    readonly method: HttpMethod;
    readonly path: string;
    readonly query?: Readonly<Record<string, string | number>>;
    readonly body?: unknown;
    /** Its place when the process is paced (see {@link SendPriority}); default `urgent` for POST, else `routine`. */
    readonly priority?: SendPriority;
    /**
     * The resource's deadline (epoch ms): no attempt or retry starts after it, and each attempt is cut at it (a POST)
     * or {@link FINAL_ATTEMPT_GRACE_MS} after it (a GET: a wait's final poll, a create's last look).
     */
    readonly notAfterMs?: number;
    /** Secrets the body carries (a data source password), redacted from this request's errors like credentials. */
    readonly secrets?: readonly string[];
    /** Told before each retry's delay, with the failure retried (a wait's progress messages); must not throw. */
    readonly onRetry?: (retry: { readonly error: unknown; readonly delayMs: number }) => void;
}

/** Test, benchmark and tuning hooks of {@link HttpTransport}. */
export interface TransportOptions {
    readonly fetch?: FetchLike;
    readonly clock?: Clock;
    readonly random?: () => number;
    readonly retryBudget?: RetryBudget;
    readonly sendRate?: SendRateLimiter;
    /** Attempts per idempotent request, first included (default 5). */
    readonly maxAttempts?: number;
    /** Time allowed for one attempt, answer body included (default 30 s). */
    readonly attemptTimeoutMs?: number;
}

/** An instant of the service's clock, and how far off the estimate may be. */
export interface ServerTime {
    readonly atMs: number;
    readonly uncertaintyMs: number;
    /** False while no answer has carried a believable `Date` (see {@link MAX_CLOCK_SKEW_MS}): `atMs` is our time. */
    readonly known: boolean;
}

/** Counters of one transport (for tests and diagnosis). */
export interface TransportStats {
    /** Attempts sent, retries included. */
    readonly requests: number;
    readonly retries: number;
    /** HTTP 429 answers received. */
    readonly throttled: number;
}

/** Builds the error of the request being sent, with its method, path and the secrets to redact. */
type FailureFactory = (details: Omit<ModelArtsErrorDetails, "method" | "path">) => ModelArtsError;

/**
 * A `Retry-After` longer than this is not waited out inside one request: the error goes to the caller (the task
 * waiter has a deadline and its own schedule).
 */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * How long past its deadline a GET may still take: the final poll of a wait and the last look of a create go at the
 * deadline, and need an answer to report the task's last status or to find a task a lost POST made. A POST gets no
 * grace, so that look still fits. The whole `up` thus ends within about this long after the deadline.
 */
export const FINAL_ATTEMPT_GRACE_MS = 1_500;

/**
 * How far the service's `Date` may be from our clock and still be believed: ModelArts refuses signatures more than
 * 15 minutes off (API reference, "AK/SK-based authentication"), so a service that accepted ours is no further off;
 * a larger offset is a gateway's wrong clock, not the service's.
 */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/** Sends signed JSON requests to one ModelArts endpoint; see the module comment. */
export class HttpTransport {
    private readonly origin: string;
    private readonly basePath: string;
    private readonly host: string;
    private readonly secrets: string[];
    private readonly clock: Clock;
    private readonly random: () => number;
    private readonly budget: RetryBudget;
    private readonly sendRate: SendRateLimiter;
    private readonly maxAttempts: number;
    private readonly attemptTimeoutMs: number;
    private fetch: FetchLike | undefined;
    private counters = { requests: 0, retries: 0, throttled: 0 };
    /** The service's clock minus ours, from the last `Date` header. */
    private serverOffsetMs: number | undefined;

    constructor(
        private readonly settings: ClientSettings,
        options: TransportOptions = {},
    ) {
        // Checked again here, not only in resolveSettings: signatures and tokens must never travel in clear text.
        const endpoint = new URL(assertSafeEndpoint(settings.endpoint));
        this.origin = endpoint.origin;
        this.basePath = endpoint.pathname.replace(/\/+$/, "");
        this.host = endpoint.host;
        this.secrets = secretValues(settings);
        this.fetch = options.fetch;
        this.clock = options.clock ?? systemClock;
        this.random = options.random ?? Math.random;
        this.budget = options.retryBudget ?? sharedRetryBudget;
        this.sendRate = options.sendRate ?? sharedSendRate;
        this.maxAttempts = options.maxAttempts ?? 5;
        this.attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
    }

    /** Sends the request and returns the parsed JSON answer (`{}` for an empty body); throws a ModelArtsError. */
    async send<T>(request: HttpRequest): Promise<T> {
        let lastRetryCost = 0;
        for (let attempt = 1; ; attempt++) {
            try {
                const answer = await this.attempt<T>(request);
                this.budget.recordSuccess(lastRetryCost);
                return answer;
            } catch (error) {
                const delayMs = this.retryDelayMs(request, error, attempt);
                const cost =
                    delayMs === undefined
                        ? undefined
                        : this.budget.tryAcquire(isNetworkError(error) ? "networkError" : "httpError");
                if (delayMs === undefined || cost === undefined) throw error;
                lastRetryCost = cost;
                this.counters.retries++;
                request.onRetry?.({ error, delayMs });
                await this.clock.sleep(delayMs);
            }
        }
    }

    stats(): TransportStats {
        return { ...this.counters };
    }

    /**
     * The service's time at local instant `localMs`, as its last believable `Date` header tells (RFC 9110 §6.6.1:
     * whole seconds, so `uncertaintyMs` is 2 s); with none seen yet, our time give or take the 15 minutes of skew
     * the service allows (`known: false`).
     */
    serverTime(localMs: number): ServerTime {
        if (this.serverOffsetMs === undefined) return { atMs: localMs, uncertaintyMs: MAX_CLOCK_SKEW_MS, known: false };
        return { atMs: localMs + this.serverOffsetMs, uncertaintyMs: 2_000, known: true };
    }

    /** Takes the service's clock from a `Date` header within {@link MAX_CLOCK_SKEW_MS}; any other is ignored. */
    private readServerClock(response: FetchResponseLike): void {
        const date = Date.parse(response.headers.get("date") ?? "");
        const offsetMs = date - this.clock.now();
        if (Number.isFinite(offsetMs) && Math.abs(offsetMs) <= MAX_CLOCK_SKEW_MS) this.serverOffsetMs = offsetMs;
    }

    /** The delay before the next attempt, or undefined when this failure must not be retried. */
    private retryDelayMs(request: HttpRequest, error: unknown, attempt: number): number | undefined {
        if (request.method === "POST" || attempt >= this.maxAttempts || !isRetryable(error)) return undefined;
        const retryAfterMs = ModelArtsError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
        if (retryAfterMs > MAX_RETRY_AFTER_MS) return undefined;
        const delayMs = retryDelayMs(attempt, this.random, retryAfterMs);
        if (request.notAfterMs !== undefined && this.clock.now() + delayMs > request.notAfterMs) return undefined;
        return delayMs;
    }

    private async attempt<T>(request: HttpRequest): Promise<T> {
        const secrets = [...this.secrets, ...(request.secrets ?? [])];
        const fail: FailureFactory = (details) =>
            new ModelArtsError({ method: request.method, path: request.path, ...details }, secrets);
        const { response, text } = await this.exchange(request, fail);
        return this.interpret<T>(request.method, response, text, secrets, fail);
    }

    /** The instant (our clock) at which an attempt of `request` is cut, if it has a deadline. */
    private cutOffMs(request: HttpRequest): number | undefined {
        if (request.notAfterMs === undefined) return undefined;
        return request.notAfterMs + (request.method === "POST" ? 0 : FINAL_ATTEMPT_GRACE_MS);
    }

    /** Sends one signed attempt and reads the whole answer within the attempt timeout and the deadline. */
    private async exchange(
        request: HttpRequest,
        fail: FailureFactory,
    ): Promise<{ response: FetchResponseLike; text: string }> {
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        const query = Object.entries(request.query ?? {}).map(([k, v]): [string, string] => [k, String(v)]);
        const path = this.basePath + request.path;
        const cutOffMs = this.cutOffMs(request);
        const notSent = (reason: string) => fail({ errorMsg: reason, outcomeUnknown: false });
        const priority = request.priority ?? (request.method === "POST" ? "urgent" : "routine");
        const ticket = await withinDeadline(this.sendRate.acquire(priority), cutOffMs, this.clock);
        const timeoutMs = Math.min(
            this.attemptTimeoutMs,
            cutOffMs === undefined ? Infinity : cutOffMs - this.clock.now(),
        );
        if (ticket === undefined || timeoutMs <= 0) throw notSent("not sent: the resource's deadline had passed");
        const headers = this.headersFor(request.method, path, query, body ?? "");
        // Loaded on first use, not at import: the provider host's start-up time matters (bench/cost).
        const fetch: FetchLike = (this.fetch ??= builtInFetch());
        const controller = new AbortController();
        const timer = setTimeout(() => {
            controller.abort();
        }, timeoutMs);
        let response: FetchResponseLike | undefined;
        this.counters.requests++;
        try {
            response = await fetch(this.origin + path + queryString(query), {
                method: request.method,
                headers,
                ...(body === undefined ? {} : { body }),
                signal: controller.signal,
                redirect: "manual",
            });
            this.sendRate.record(ticket, response.status === 429);
            this.readServerClock(response);
            return { response, text: await response.text() };
        } catch (cause) {
            const unresolved = response === undefined && isUnresolvedHost(cause);
            const limit = timeoutMs < this.attemptTimeoutMs ? "at the resource's deadline" : `after ${timeoutMs} ms`;
            const reason = controller.signal.aborted
                ? `timed out ${limit}`
                : unresolved
                  ? this.unresolvedHostReason()
                  : networkReason(cause);
            throw fail({
                cause,
                errorMsg: response === undefined ? reason : `lost the HTTP ${response.status} answer: ${reason}`,
                outcomeUnknown: request.method === "POST" && mayHaveBeenApplied({ status: response?.status, cause }),
                ...(unresolved ? { retryable: false } : {}),
            });
        } finally {
            clearTimeout(timer);
        }
    }

    /** Names the host that does not resolve, and the region it was derived from. */
    private unresolvedHostReason(): string {
        const from =
            this.settings.region === undefined ? "the configured endpoint" : `region "${this.settings.region}"`;
        return `the endpoint host ${this.host} (from ${from}) does not resolve (DNS ENOTFOUND): check modelarts:region or modelarts:endpoint`;
    }

    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the answer type (`checkedAnswer` checks it)
    private interpret<T>(
        method: HttpMethod,
        response: FetchResponseLike,
        text: string,
        secrets: readonly string[],
        fail: FailureFactory,
    ): T {
        const status = response.status;
        const requestId = response.headers.get("x-request-id") ?? undefined;
        const parsed = parseJson(text);
        if (status >= 200 && status < 300) {
            const outcomeUnknown = method === "POST" && mayHaveBeenApplied({ status });
            if (parsed.ok && shapeOf(parsed.value) === "an object") return cleanAnswer(parsed.value, secrets) as T;
            const errorMsg = parsed.ok
                ? `the answer is ${shapeOf(parsed.value)}, not a JSON object`
                : "the answer is not JSON";
            throw fail({ status, requestId, errorMsg, outcomeUnknown, malformedAnswer: true });
        }
        if (status >= 300 && status < 400) {
            throw fail({ status, requestId, errorMsg: redirectReason(response.headers.get("location"), this.origin) });
        }
        if (status === 429) this.counters.throttled++;
        const fields = parsed.ok && typeof parsed.value === "object" && parsed.value !== null ? parsed.value : {};
        const { error_code: code, error_msg: msg } = fields as { error_code?: unknown; error_msg?: unknown };
        // Redacted (every form) before it is shortened: a secret cut in half would no longer be found.
        const excerpt = () => bound(redact(text, secrets).replace(/\s+/g, " ").trim(), 200);
        throw fail({
            status,
            requestId,
            errorCode: typeof code === "string" ? code : undefined,
            errorMsg: typeof msg === "string" ? msg : excerpt(),
            retryAfterMs: parseRetryAfterMs(response.headers.get("retry-after"), this.clock.now()),
            outcomeUnknown: method === "POST" && mayHaveBeenApplied({ status }),
        });
    }

    private headersFor(
        method: HttpMethod,
        path: string,
        query: [string, string][],
        body: string,
    ): Record<string, string> {
        const headers: Record<string, string> = {
            "Content-Type": "application/json",
            "X-Project-Id": this.settings.projectId,
            Host: this.host,
            "X-Sdk-Date": formatSdkDate(this.clock.now()),
        };
        const credentials = this.settings.credentials;
        if (credentials.kind === "token") return { ...headers, "X-Auth-Token": credentials.authToken };
        if (credentials.securityToken !== undefined) headers["X-Security-Token"] = credentials.securityToken;
        const authorization = authorizationHeader(
            { method, path, query, headers, body },
            credentials.accessKey,
            credentials.secretKey,
        );
        return { ...headers, Authorization: authorization };
    }
}

function queryString(query: [string, string][]): string {
    const pairs = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    return pairs.length === 0 ? "" : "?" + pairs.join("&");
}

/** Node's own fetch (undici): it rejects a body cut short and can leave redirects unfollowed. */
function builtInFetch(): FetchLike {
    return (url, init) => globalThis.fetch(url, init);
}

/** Resolves to `work`'s value, or to undefined once `cutOffMs` (our clock) has passed. */
async function withinDeadline<T>(work: Promise<T>, cutOffMs: number | undefined, clock: Clock): Promise<T | undefined> {
    if (cutOffMs === undefined) return work;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<undefined>((resolve) => {
        timer = setTimeout(
            () => {
                resolve(undefined);
            },
            Math.max(0, cutOffMs - clock.now()),
        );
    });
    try {
        return await Promise.race([work, expired]);
    } finally {
        clearTimeout(timer);
    }
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

/**
 * One request, from bytes to answer: read the body (12 MB cap), injected latency, the rate limit, injected 429 and
 * 5xx, routing, authentication, the project check, settling ended runs, the handler, persisting, then the answer
 * with `X-Request-Id` (or a dropped connection). Every answer is `{"error_code","error_msg"}` JSON on failure.
 */
import { IncomingMessage, ServerResponse } from "http";
import { SignableRequest } from "../../provider/client/signer";
import { AuthSettings, authenticate } from "./auth";
import { flatHeaders, logInternalError, readBody } from "./incoming";
import { Backend } from "../model/backend";
import { EmulatorClock } from "../clock";
import { MAX_BODY_BYTES } from "../defaults";
import { ApiError, apiError } from "../errors";
import { AnswerFault, DateFault, FaultInjector, RequestFaults, stackTrace } from "../faults";
import { TokenBucket } from "./rate-limit";
import { requestId } from "../random";
import { Answer, Route, RouteMatch, matchRoute } from "./router";
import { settleDueRuns } from "../model/settle";

/** What the emulator records of each request. */
export interface EmulatorRequest {
    readonly method: string;
    /** The request path as sent, without the query. */
    readonly path: string;
    readonly status: number;
    /** When the answer was given (or the connection dropped), by the emulator's clock (epoch ms). */
    readonly atMs: number;
    /**
     * The request body as parsed JSON (undefined when empty or not JSON), so tests can check what reached the API.
     * Kept in memory only: never logged or persisted.
     */
    readonly body?: unknown;
    /** The matched route, e.g. `GET /v2/{project_id}/processor-tasks/{task_id}`; undefined when none matched. */
    readonly route?: string;
    /** The injected fault that shaped the answer, if any. */
    readonly fault?:
        | "rate-limited"
        | "throttled"
        | "server-error"
        | "dropped"
        | "redirected"
        | "gateway-error"
        | "stalled"
        | "truncated"
        | "garbled"
        | "echoed";
    /** How the answer's `Date` header was faulted, if it was. */
    readonly date?: "skewed" | "missing";
}

/** What the pipeline works with; `backend` and `auth` are read per request (they change on restart). */
export interface PipelineContext {
    readonly routes: readonly Route[];
    readonly projectId: string;
    readonly clock: EmulatorClock;
    readonly faults: FaultInjector;
    readonly limiter?: TokenBucket;
    backend(): Backend;
    auth(): AuthSettings;
    record(request: EmulatorRequest): void;
    log?(line: string): void;
}

/** Handles one HTTP request. */
export async function handleRequest(
    context: PipelineContext,
    req: IncomingMessage,
    res: ServerResponse,
): Promise<void> {
    const startedAt = Date.now();
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const queryAt = url.includes("?") ? url.indexOf("?") : url.length;
    const request = { method, path: url.slice(0, queryAt), rawQuery: url.slice(queryAt + 1) };
    const match = matchRoute(context.routes, method, request.path);
    const route = match.kind === "found" ? `${method} ${match.route.pattern}` : undefined;
    const faults = context.faults.nextRequest(route);
    const { answer, fault, body, requestHeaders } = await respond(context, faults, req, { ...request, match });
    const status = answer.status;
    const late = !faults.drop && fault === undefined ? faults.answer : undefined;
    const recorded = faults.drop ? "dropped" : (fault ?? (late ? LATE_FAULT_NAMES[late.kind] : undefined));
    const date = faults.date === undefined ? undefined : faults.date === "missing" ? "missing" : "skewed";
    context.record({
        method,
        path: request.path,
        status: late?.kind === "body" ? (late.status ?? 200) : status,
        atMs: context.clock.now(),
        ...(body === undefined ? {} : { body }),
        ...(route === undefined ? {} : { route }),
        ...(recorded ? { fault: recorded } : {}),
        ...(date ? { date } : {}),
    });
    const note = recorded ? ` [${recorded}]` : "";
    context.log?.(`${method} ${request.path} ${status}${note} ${Date.now() - startedAt} ms`);
    setDate(res, context, faults.date);
    if (faults.drop) req.socket.destroy();
    else if (late !== undefined) sendFaulted(req, res, answer, late, requestHeaders);
    else send(res, answer);
}

const LATE_FAULT_NAMES = { stall: "stalled", truncate: "truncated", body: "garbled", echo: "echoed" } as const;

/** The `Date` header as the gateway's clock gives it (the emulator's clock), shifted or left out by a fault. */
function setDate(res: ServerResponse, context: PipelineContext, fault: DateFault | undefined): void {
    res.sendDate = false;
    if (fault === "missing") return;
    res.setHeader("Date", new Date(context.clock.now() + (fault?.offsetMs ?? 0)).toUTCString());
}

/** An answer shaped by a fault after handling (see `AnswerFault`). */
function sendFaulted(
    req: IncomingMessage,
    res: ServerResponse,
    answer: Answer | ApiError,
    fault: AnswerFault,
    requestHeaders: Record<string, string>,
): void {
    if (fault.kind === "body") {
        res.writeHead(fault.status ?? 200, {
            "X-Request-Id": requestId(),
            "Content-Type": "application/json",
            "Content-Length": Buffer.byteLength(fault.body),
        });
        res.end(fault.body);
        return;
    }
    const plain = answer instanceof ApiError ? answer.body() : (answer.body ?? {});
    let text = JSON.stringify(plain);
    if (fault.kind === "echo" && text.endsWith("}")) {
        const echoed = JSON.stringify(credentialHeaders(requestHeaders).join(" ")).replace(/\//g, "\\/");
        text = `${text.slice(0, -1)}${text.length > 2 ? "," : ""}"request_trace":${echoed}}`;
        send(res, answer, text);
        return;
    }
    if (fault.kind === "stall" && fault.at === "before-headers") return; // never answers
    const bytes = Buffer.from(text);
    res.writeHead(answer.status, {
        "X-Request-Id": requestId(),
        "Content-Type": "application/json",
        "Content-Length": bytes.length,
    });
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    // A stall keeps the connection open, the half body sent; a truncation resets it.
    if (fault.kind === "truncate") setTimeout(() => req.socket.destroy(), 5);
}

/** The values of the credential headers a request carried (never the signature: it holds no secret). */
function credentialHeaders(headers: Record<string, string>): string[] {
    return ["x-security-token", "x-auth-token"].flatMap((name) => (headers[name] ? [headers[name]] : []));
}

type Fault = EmulatorRequest["fault"];

async function respond(
    context: PipelineContext,
    faults: RequestFaults,
    req: IncomingMessage,
    request: { method: string; path: string; rawQuery: string; match: RouteMatch },
): Promise<{ answer: Answer | ApiError; fault?: Fault; body?: unknown; requestHeaders: Record<string, string> }> {
    let body = "";
    const headers = flatHeaders(req, ", ");
    const withTrace = (answer: ApiError) => traced(answer, faults.trace, headers, body);
    try {
        // Above the cap the request is refused with 413 ModelArts.4104.
        body = (await readBody(req, MAX_BODY_BYTES, () => apiError("ModelArts.4104"))).toString("utf8");
        if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
        const rejection = gatewayRejection(context, faults, request.path);
        if (rejection !== undefined)
            return {
                ...rejection,
                answer: withTrace(rejection.answer),
                body: recordedBody(body),
                requestHeaders: headers,
            };
        const query = [...new URLSearchParams(request.rawQuery)];
        let answer: Answer | ApiError;
        try {
            const signable = {
                method: request.method,
                path: request.path,
                query,
                headers: flatHeaders(req, ", "),
                body,
            };
            answer = serve(context, request.match, signable);
        } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            answer = error;
        }
        // A gateway timeout: the backend did the work (a create is committed), the client only sees the 504.
        if (faults.error?.status === 504) {
            const timedOut = apiError("ModelArts.4503", ["the backend service timed out"]);
            return {
                answer: withTrace(timedOut),
                fault: "server-error",
                body: recordedBody(body),
                requestHeaders: headers,
            };
        }
        return { answer, body: recordedBody(body), requestHeaders: headers };
    } catch (error) {
        return {
            answer: error instanceof ApiError ? error : internalError(context, error),
            body: recordedBody(body),
            requestHeaders: headers,
        };
    }
}

/**
 * An injected error answer with a stack trace of `trace.length` characters in its `error_msg`, echoing (with
 * `trace.echo`) the request's credential headers and body raw, JSON-escaped with `\/` and URL-encoded, as a
 * service that logs its request into the message would.
 */
function traced(
    answer: ApiError,
    trace: RequestFaults["trace"],
    headers: Record<string, string>,
    body: string,
): ApiError {
    if (trace === undefined) return answer;
    const echoed = trace.echo ? [...credentialHeaders(headers), body] : [];
    const forms = echoed.flatMap((v) => [
        v,
        JSON.stringify(v).slice(1, -1).replace(/\//g, "\\/"),
        encodeURIComponent(v),
    ]);
    const message = `${answer.message} ${forms.join(" ")} ${stackTrace(trace.length)}`.trim();
    return new ApiError(answer.status, answer.code, message, answer.headers);
}

function recordedBody(text: string): unknown {
    try {
        return text.trim() === "" ? undefined : JSON.parse(text);
    } catch {
        return undefined;
    }
}

/** The gateway's answer to a rate-limited or fault-injected request, given before any handling. */
function gatewayRejection(
    context: PipelineContext,
    faults: RequestFaults,
    path: string,
): { answer: ApiError; fault: Fault } | undefined {
    const gateway = faults.gateway;
    if (gateway?.kind === "redirect") {
        const headers = { Location: gateway.location };
        const answer = new ApiError(gateway.status ?? 307, "ModelArts.4204", "Moved", headers);
        return { answer, fault: "redirected" };
    }
    if (gateway?.kind === "error") {
        return { answer: new ApiError(gateway.status, "ModelArts.0101", gateway.message), fault: "gateway-error" };
    }
    const token = context.limiter?.take();
    if (token !== undefined && !token.allowed) {
        const headers = { "Retry-After": String(token.retryAfterSeconds) };
        const limit = String(context.limiter?.ratePerSecond);
        return { answer: apiError("APIGW.0308", [limit], { headers }), fault: "rate-limited" };
    }
    const status = faults.error?.status;
    if (status === 429) {
        const headers = { "Retry-After": String(context.faults.options.retryAfterSeconds ?? 1) };
        return { answer: apiError("ModelArts.4206", [path], { headers }), fault: "throttled" };
    }
    if (status === 500) return { answer: apiError("ModelArts.0010"), fault: "server-error" };
    if (status === 502 || status === 503) {
        const answer = apiError("ModelArts.4302", ["the backend service is unavailable"], { status });
        return { answer, fault: "server-error" };
    }
    return undefined;
}

function serve(context: PipelineContext, match: RouteMatch, request: SignableRequest): Answer {
    if (match.kind === "not-found") throw apiError("ModelArts.4204", [`${request.method} ${request.path}`]);
    const now = context.clock.now();
    authenticate(request, context.auth(), now);
    if (match.kind === "method-not-allowed") throw apiError("ModelArts.2803");
    const headerProject = request.headers["x-project-id"];
    const projects = [match.params.project_id, ...(headerProject === undefined ? [] : [headerProject])];
    if (projects.some((project) => project !== context.projectId)) throw apiError("ModelArts.0210");
    const backend = context.backend();
    try {
        settleDueRuns(backend, now);
        const body = parseJson(request.body);
        const query = new URLSearchParams(request.query.map(([k, v]): [string, string] => [k, v]));
        return match.route.handle({ params: match.params, query, body, now, backend });
    } finally {
        backend.store.flush();
    }
}

function parseJson(text: string): unknown {
    if (text.trim() === "") return undefined;
    try {
        return JSON.parse(text);
    } catch {
        throw apiError("ModelArts.0101");
    }
}

function internalError(context: PipelineContext, error: unknown): ApiError {
    logInternalError(context, error);
    return apiError("ModelArts.0010");
}

function send(res: ServerResponse, answer: Answer | ApiError, bodyText?: string): void {
    const body = answer instanceof ApiError ? answer.body() : answer.body;
    const headers = { "X-Request-Id": requestId(), ...(answer instanceof ApiError ? answer.headers : {}) };
    if (body === undefined && bodyText === undefined) {
        res.writeHead(answer.status, headers).end();
        return;
    }
    const text = bodyText ?? JSON.stringify(body);
    const type = { "Content-Type": "application/json;charset=UTF-8", "Content-Length": Buffer.byteLength(text) };
    res.writeHead(answer.status, { ...headers, ...type });
    res.end(text);
}

/**
 * The shape every layer of the transport shares: a layer takes one outgoing request and the `next` step, and
 * returns the raw answer, its whole body read. Each concern is one layer (pace, deadline, signing, …), composed in
 * one place per API (`http.ts` for ModelArts), outermost first, so that another API of the same cloud can reuse the
 * pace and the deadline and bring only its own signer and answer reader (docs/architecture.md, "Layers").
 *
 * Layers speak no API's error language: an attempt that got no complete answer is an {@link ExchangeFailure}, which
 * the API's answer reader turns into its own error (for ModelArts, a `ModelArtsError`, `modelarts-answer.ts`).
 * Retries wrap the answer reader, not a layer: what is worth retrying is known only once an answer is read
 * (`retry.ts`).
 */
import type { Clock } from "../clock";
import type { FetchLike } from "./fetch";
import type { RetryBudget } from "./retry-budget";
import type { SendPriority, SendRateLimiter } from "./send-rate";

/** The HTTP methods the transport sends. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** One request as the layers see it: what goes on the wire, and how it is to be sent. */
export interface OutgoingRequest {
    readonly method: HttpMethod;
    /** `scheme://host[:port]` of the endpoint. */
    readonly origin: string;
    /** The path as sent (percent-encoded, the endpoint's base path included), without the query. */
    readonly path: string;
    /** Decoded query parameters, in the order sent. */
    readonly query: ReadonlyArray<readonly [string, string]>;
    readonly headers: Readonly<Record<string, string>>;
    /** The exact body bytes sent (and signed), if any. */
    readonly body?: string;
    /** Its place when the process is paced (see {@link SendPriority}). */
    readonly priority: SendPriority;
    /** Aborts when the request must stop: nothing is sent after it, and an attempt under way is cut (`deadline.ts`). */
    readonly signal?: AbortSignal;
}

/** The status line and headers of an answer. */
export interface ResponseHead {
    readonly status: number;
    readonly headers: { get(name: string): string | null };
}

/** An answer with its whole body. */
export interface RawResponse extends ResponseHead {
    readonly body: string;
}

/** Sends a request and resolves to its raw answer; rejects with an {@link ExchangeFailure}. */
export type Send = (request: OutgoingRequest) => Promise<RawResponse>;

/** One concern of the transport: does its part and calls `next`, once per attempt. */
export type Layer = (request: OutgoingRequest, next: Send) => Promise<RawResponse>;

/** `layers` around `send`, the first outermost. */
export function compose(layers: readonly Layer[], send: Send): Send {
    return layers.reduceRight<Send>((next, layer) => (request) => layer(request, next), send);
}

/** What is known of an attempt that got no complete answer; see {@link ExchangeFailure}. */
export interface ExchangeFailureDetails {
    /**
     * False when the request was held back (its deadline had passed before it could go): nothing can have been
     * applied. An attempt that failed may still prove that nothing left (a refused connection): the cause tells.
     */
    readonly attempted: boolean;
    /** Why, when a layer knows better than the cause (a cut-off, a timeout). */
    readonly reason?: string;
    /** The answer's status line and headers, when they came before its body was lost. */
    readonly head?: ResponseHead;
    /** The error of `fetch` or of reading the body. */
    readonly cause?: unknown;
}

/** An attempt that got no complete answer: never sent, cut off, or lost on the way. */
export class ExchangeFailure extends Error {
    override readonly name = "ExchangeFailure";
    readonly attempted: boolean;
    readonly reason?: string;
    readonly head?: ResponseHead;

    constructor(details: ExchangeFailureDetails) {
        super(details.reason ?? "no complete answer", { cause: details.cause });
        this.attempted = details.attempted;
        this.reason = details.reason;
        this.head = details.head;
    }
}

/**
 * `answer`, handing `observe` the head of the answer: of a complete one, and of one whose body was then lost (the
 * service did answer, with that status and those headers).
 */
export async function observingHead(
    answer: Promise<RawResponse>,
    observe: (head: ResponseHead) => void,
): Promise<RawResponse> {
    try {
        const response = await answer;
        observe(response);
        return response;
    } catch (error) {
        if (error instanceof ExchangeFailure && error.head !== undefined) observe(error.head);
        throw error;
    }
}

/** Test, benchmark and tuning hooks of a transport (the ModelArts one, `http.ts`, and the OBS one). */
export interface TransportOptions {
    readonly fetch?: FetchLike;
    readonly clock?: Clock;
    readonly random?: () => number;
    readonly retryBudget?: RetryBudget;
    /** The pace to share; each API's transport has its own by default. */
    readonly sendRate?: SendRateLimiter;
    /** Attempts per idempotent request, first included (default 5). */
    readonly maxAttempts?: number;
    /** Time allowed for one attempt, answer body included (default 30 s). */
    readonly attemptTimeoutMs?: number;
}

/** The answer `exchange` resolves to; an {@link ExchangeFailure} becomes the API's own error, by `failed`. */
export async function answerOf(
    exchange: Promise<RawResponse>,
    failed: (failure: ExchangeFailure) => Error,
): Promise<RawResponse> {
    try {
        return await exchange;
    } catch (error) {
        if (!(error instanceof ExchangeFailure)) throw error;
        throw failed(error);
    }
}

/**
 * The innermost step of the transport: one HTTP exchange with `fetch`, the whole body read, under the request's
 * signal (`deadline.ts` makes it abort at the attempt's timeout or the deadline, so a stall after the headers is cut
 * like one before them).
 *
 * - Redirects are never followed (`redirect: "manual"`): the credentials would go along (docs/reliability.md, "One
 *   host").
 * - Node's built-in fetch (undici) rejects a body cut short of its `Content-Length`, so a cut-short answer is a lost
 *   one, never a truncated JSON text read as whole (docs/reliability.md, "Cut-short and malformed answers").
 * - Any failure is an {@link ExchangeFailure} carrying the cause, and the head when the body was lost after it.
 */
import { ExchangeFailure, OutgoingRequest, ResponseHead, Send } from "./layer";

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

/**
 * Node's own fetch (undici). `globalThis.fetch` is read at the first request, not at import: loading undici costs
 * the provider host's start-up time (bench/cost).
 */
export const builtInFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/** Sends each request with `fetch` and reads its whole answer. */
export function fetchAnswer(fetch: FetchLike): Send {
    return async (request) => {
        let head: ResponseHead | undefined;
        try {
            const response = await fetch(request.origin + request.path + queryString(request.query), {
                method: request.method,
                headers: { ...request.headers },
                ...(request.body === undefined ? {} : { body: request.body }),
                signal: request.signal ?? new AbortController().signal,
                redirect: "manual",
            });
            head = { status: response.status, headers: response.headers };
            return { ...head, body: await response.text() };
        } catch (cause) {
            throw new ExchangeFailure({ attempted: true, cause, ...(head === undefined ? {} : { head }) });
        }
    };
}

function queryString(query: OutgoingRequest["query"]): string {
    const pairs = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    return pairs.length === 0 ? "" : "?" + pairs.join("&");
}

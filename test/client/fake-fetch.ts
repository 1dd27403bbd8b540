import type { FetchLike } from "../../provider/client/http";
import type { ClientSettings } from "../../provider/client/settings";
import { SignableRequest } from "../../provider/client/signer";
import { parseAuthorization, verifySignature } from "../../emulator/http/verify-signature";

/** One request as the fake server saw it. */
export interface RecordedCall {
    readonly url: URL;
    readonly method: string;
    readonly headers: Record<string, string>;
    readonly body?: string;
    readonly signal: AbortSignal;
}

/** A scripted answer: an HTTP response, a thrown network error, or a function of the call. */
export type Reply =
    | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
    | Error
    | ((call: RecordedCall) => Promise<Reply>);

/** A fetch that answers from a script, in order, and records every call. */
export class FakeFetch {
    readonly calls: RecordedCall[] = [];

    constructor(private readonly replies: Reply[]) {}

    readonly fetch: FetchLike = async (url, init) => {
        const call: RecordedCall = { url: new URL(url), ...init };
        this.calls.push(call);
        let reply = this.replies.shift();
        if (reply === undefined) throw new Error(`unexpected request ${init.method} ${url}`);
        while (typeof reply === "function") reply = await reply(call);
        if (reply instanceof Error) throw reply;
        const { status, body, headers = {} } = reply;
        const lowered = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
        return {
            status,
            headers: { get: (name: string) => lowered.get(name.toLowerCase()) ?? null },
            text: () =>
                Promise.resolve(body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body)),
        };
    };
}

/** A system error as node-fetch reports it (a FetchError carrying the socket error's code). */
export function networkError(code: string): Error {
    return Object.assign(new Error(`request to https://example.invalid/ failed, reason: ${code}`), {
        name: "FetchError",
        code,
    });
}

/** The request as the server-side verifier sees it. */
export function signableOf(call: RecordedCall): SignableRequest {
    return {
        method: call.method,
        path: call.url.pathname,
        query: [...call.url.searchParams.entries()],
        headers: call.headers,
        body: call.body ?? "",
    };
}

/** True when the call carries a valid SDK-HMAC-SHA256 signature under `secretKey`. */
export function hasValidSignature(call: RecordedCall, secretKey: string): boolean {
    const auth = parseAuthorization(call.headers.Authorization);
    return auth !== undefined && verifySignature(signableOf(call), auth, secretKey);
}

export const ACCESS_KEY = "HPUAEXAMPLEAK0000001";
export const SECRET_KEY = "exampleSecretKey0000000000000000000000000";
export const SECURITY_TOKEN = "exampleSecurityToken/With+Chars=";
export const AUTH_TOKEN = "MIIexampleIamToken0000000000000000000000";

export const akskSettings: ClientSettings = {
    endpoint: "https://modelarts.cn-north-4.myhuaweicloud.com",
    projectId: "0abc9d",
    credentials: { kind: "aksk", accessKey: ACCESS_KEY, secretKey: SECRET_KEY },
};

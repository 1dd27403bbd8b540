/**
 * The authentication layer of requests to Huawei Cloud API Gateway (APIG) services such as ModelArts: every attempt
 * is signed afresh, after its slot of the pace, so that `X-Sdk-Date` is the time it is sent (the gateway refuses
 * signatures more than 15 minutes off; API reference, "AK/SK-based authentication").
 *
 * - AK/SK: `Host` and `X-Sdk-Date` are added, with `X-Security-Token` for temporary credentials, and every header
 *   is signed over the exact body sent (SDK-HMAC-SHA256, `signer.ts`, docs/api-notes.md "Authentication").
 * - An IAM token goes as `X-Auth-Token`, with no signature.
 *
 * An API with another scheme (OBS signs differently) brings its own layer in this one's place.
 */
import type { Clock } from "../clock";
import type { Layer, OutgoingRequest } from "./layer";
import type { AkSkCredentials, TokenCredentials } from "./settings";
import { authorizationHeader, formatSdkDate } from "./signer";

/** Authenticates each attempt with `credentials`, signed at `clock`'s time; see the module comment. */
export function apigAuth(credentials: AkSkCredentials | TokenCredentials, clock: Clock): Layer {
    return (request, next) => next({ ...request, headers: authenticatedHeaders(request, credentials, clock.now()) });
}

function authenticatedHeaders(
    request: OutgoingRequest,
    credentials: AkSkCredentials | TokenCredentials,
    nowMs: number,
): Record<string, string> {
    const headers: Record<string, string> = {
        ...request.headers,
        Host: new URL(request.origin).host,
        "X-Sdk-Date": formatSdkDate(nowMs),
    };
    if (credentials.kind === "token") return { ...headers, "X-Auth-Token": credentials.authToken };
    if (credentials.securityToken !== undefined) headers["X-Security-Token"] = credentials.securityToken;
    const signable = {
        method: request.method,
        path: request.path,
        query: request.query,
        headers,
        body: request.body ?? "",
    };
    return { ...headers, Authorization: authorizationHeader(signable, credentials.accessKey, credentials.secretKey) };
}

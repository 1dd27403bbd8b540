/**
 * Authentication as the API Gateway and ModelArts do it (docs/api-notes.md "Authentication", "Error Codes"):
 * - `X-Auth-Token`: an IAM token from the configured list, valid 24 h from when the emulator first started;
 *   empty → 401 ModelArts.0201, unknown → 401 ModelArts.0203, expired → 401 ModelArts.0202.
 * - `Authorization: SDK-HMAC-SHA256 …`: verified by `verify-signature.ts` over the provider signer's canonical
 *   request (one definition of it); unknown AK, bad signature, `X-Sdk-Date` missing or more than 15 minutes off
 *   → 401 APIGW.0301.
 *   Temporary credentials also need their `X-Security-Token`, signed; once expired they get 403 APIGW.0307 ("the
 *   token must be updated"), as a temporary AK/SK that expires during a long wait does.
 * - neither → 401 ModelArts.0201.
 */
import { parseSdkDate, SignableRequest } from "../../provider/client/signer";
import { apiError } from "../errors";
import { parseAuthorization, verifySignature } from "./verify-signature";

/** An AK/SK pair the emulator accepts; with `securityToken` it is a temporary credential. */
export interface EmulatorCredential {
    readonly accessKey: string;
    readonly secretKey: string;
    readonly securityToken?: string;
    /** When a temporary credential stops working (epoch ms); never when absent. */
    readonly expiresAtMs?: number;
}

/** What requests are checked against. */
export interface AuthSettings {
    readonly credentials: readonly EmulatorCredential[];
    readonly tokens: readonly string[];
    readonly tokensIssuedAt: number;
}

const MAX_SKEW_MS = 15 * 60 * 1000;
const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Throws the documented 401 unless `request` (headers with lowercase names) carries valid credentials. */
export function authenticate(request: SignableRequest, settings: AuthSettings, now: number): void {
    const token = request.headers["x-auth-token"];
    if (token !== undefined) {
        checkToken(token, settings, now);
        return;
    }
    if (request.headers["authorization"] === undefined) throw apiError("ModelArts.0201");
    checkSignature(request, settings, now);
}

function checkToken(token: string, settings: AuthSettings, now: number): void {
    if (token.trim() === "") throw apiError("ModelArts.0201");
    if (!settings.tokens.includes(token)) throw apiError("ModelArts.0203");
    if (now - settings.tokensIssuedAt > TOKEN_LIFETIME_MS) throw apiError("ModelArts.0202");
}

function checkSignature(request: SignableRequest, settings: AuthSettings, now: number): void {
    const auth = parseAuthorization(request.headers["authorization"]);
    if (auth === undefined) throw gatewayAuthError("verify aksk signature fail, unsupported Authorization header");
    const credential = settings.credentials.find((c) => c.accessKey === auth.accessKey);
    if (credential === undefined) throw gatewayAuthError("Get secretKey failed,ak:******,err:ak not exist");
    const signedAt = parseSdkDate(request.headers["x-sdk-date"] ?? "");
    if (!(Math.abs(now - signedAt) <= MAX_SKEW_MS)) {
        throw gatewayAuthError("verify aksk signature fail, X-Sdk-Date is missing or more than 15 minutes off");
    }
    if (!verifySignature(request, auth, credential.secretKey)) throw gatewayAuthError("verify aksk signature fail");
    const securityToken = request.headers["x-security-token"];
    if (
        credential.securityToken !== undefined &&
        (securityToken !== credential.securityToken || !auth.signedHeaders.includes("x-security-token"))
    ) {
        throw gatewayAuthError("verify security token fail");
    }
    if (credential.expiresAtMs !== undefined && now >= credential.expiresAtMs) throw apiError("APIGW.0307");
}

function gatewayAuthError(detail: string) {
    return apiError("APIGW.0301", [detail]);
}

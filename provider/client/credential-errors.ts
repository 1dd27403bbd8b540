/**
 * Answers that say the credentials no longer work (API reference, "Error Codes"; docs/api-notes.md,
 * "Authentication"): the API Gateway's `APIGW.*` codes on a 401 or 403 (a bad signature, a token that "must be
 * updated", as a temporary AK/SK or IAM token that expires mid-wait produces), and ModelArts.0201 to 0206 (token
 * missing, invalid or expired; AK/SK refused) and 0210 (the project id does not match the token). Waiting on gives
 * nothing: the wait ends and says so.
 */
import { ModelArtsError } from "./errors";

const MODELARTS_CODES = new Set([
    "ModelArts.0201",
    "ModelArts.0202",
    "ModelArts.0203",
    "ModelArts.0204",
    "ModelArts.0205",
    "ModelArts.0206",
    "ModelArts.0210",
]);

/** True when `error` is an authentication or authorization answer (see the module comment). */
export function isCredentialError(error: unknown): error is ModelArtsError {
    if (!ModelArtsError.isInstance(error) || (error.status !== 401 && error.status !== 403)) return false;
    const code = error.errorCode ?? "";
    return code.startsWith("APIGW.") || MODELARTS_CODES.has(code);
}

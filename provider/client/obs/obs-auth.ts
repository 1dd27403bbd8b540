/**
 * The OBS signing layer: each attempt is signed afresh when it goes (after its slot of the pace), with the time in
 * `x-obs-date` (RFC 1123; the `Date` line of the string to sign is then empty) so that a client whose HTTP stack sets
 * `Date` itself still signs what it sends. OBS refuses a request more than 15 minutes off (`RequestTimeTooSkewed`,
 * "Error Codes"). Temporary credentials add `x-obs-security-token`, which as an `x-obs-` header is signed too
 * ("Authentication of Signature in a Header", table 3).
 *
 * It takes the place of the ModelArts signer (`apig-auth.ts`) in the same composition (`obs-transport.ts`).
 */
import type { Clock } from "../../clock";
import type { Layer, OutgoingRequest } from "../layer";
import type { AkSkCredentials } from "../settings";
import { obsSignature, obsStringToSign } from "./string-to-sign";

/** Signs each attempt with `credentials` at `clock`'s time; `canonicalResourceOf` names what a request addresses. */
export function obsAuth(
    credentials: AkSkCredentials,
    clock: Clock,
    canonicalResourceOf: (request: OutgoingRequest) => string,
): Layer {
    return (request, next) => {
        const headers: Record<string, string> = {
            ...request.headers,
            "x-obs-date": new Date(clock.now()).toUTCString(),
        };
        if (credentials.securityToken !== undefined) headers["x-obs-security-token"] = credentials.securityToken;
        const signable = {
            method: request.method,
            headers,
            canonicalResource: canonicalResourceOf(request),
            query: request.query,
        };
        const signature = obsSignature(obsStringToSign(signable, "OBS"), credentials.secretKey);
        return next({
            ...request,
            headers: { ...headers, Authorization: `OBS ${credentials.accessKey}:${signature}` },
        });
    };
}

/**
 * Authentication as OBS does it ("User Signature Authentication", "Authentication of Signature in a Header"):
 * `Authorization: OBS {AK}:{signature}` with `x-obs-` headers, or the S3 V2 form `AWS {AK}:{signature}` with `x-amz-`
 * headers (what the official Node client sends to a path-style endpoint). The string to sign is the provider's
 * (`provider/client/obs/string-to-sign.ts`), so signing and verifying share one definition.
 *
 * - No `Authorization`: 403 AccessDenied (the emulator serves no anonymous access).
 * - No `Date` nor `x-obs-date`/`x-amz-date`: 403 AccessDenied; more than 15 minutes off: 403 RequestTimeTooSkewed.
 * - An unknown AK: 403 InvalidAccessKeyId; a wrong signature: 403 SignatureDoesNotMatch.
 * - Temporary credentials need their security token (`x-obs-security-token`, signed as an `x-obs-` header); an
 *   expired one gets 403 AccessDenied.
 */
import { timingSafeEqual } from "crypto";
import {
    HEADER_PREFIX,
    obsSignature,
    obsStringToSign,
    ObsSignatureForm,
} from "../../provider/client/obs/string-to-sign";
import type { EmulatorCredential } from "../http/auth";
import { ObsApiError } from "./obs-errors";

const MAX_SKEW_MS = 15 * 60 * 1000;

/** One request as it is verified: headers with lowercase names. */
export interface ObsVerifiable {
    readonly method: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly canonicalResource: string;
    readonly query: ReadonlyArray<readonly [string, string]>;
}

/** Throws the OBS error answer unless `request` is signed with one of `credentials` (see the module comment). */
export function authenticateObs(request: ObsVerifiable, credentials: readonly EmulatorCredential[], now: number): void {
    const header = request.headers["authorization"];
    if (header === undefined) throw new ObsApiError("AccessDenied", "The request carries no signature.");
    const match = /^(OBS|AWS) ([^:\s]+):(\S+)$/.exec(header.trim());
    const [, form, accessKey, signature] = match ?? [];
    if (form === undefined || accessKey === undefined || signature === undefined) {
        throw new ObsApiError("AccessDenied", "The Authorization header is not of the form OBS AK:signature.");
    }
    const prefix = HEADER_PREFIX[form as ObsSignatureForm];
    const date = request.headers[`${prefix}date`] ?? request.headers["date"];
    if (date === undefined) {
        throw new ObsApiError("AccessDenied", "The request does not carry a date header.");
    }
    const signedAt = Date.parse(date);
    if (!(Math.abs(now - signedAt) <= MAX_SKEW_MS)) throw new ObsApiError("RequestTimeTooSkewed");
    const credential = credentials.find((c) => c.accessKey === accessKey);
    if (credential === undefined) throw new ObsApiError("InvalidAccessKeyId");
    const expected = Buffer.from(
        obsSignature(obsStringToSign(request, form as ObsSignatureForm), credential.secretKey),
    );
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new ObsApiError("SignatureDoesNotMatch");
    }
    if (
        credential.securityToken !== undefined &&
        request.headers[`${prefix}security-token`] !== credential.securityToken
    ) {
        throw new ObsApiError("AccessDenied", "The security token is missing or does not belong to the access key.");
    }
    if (credential.expiresAtMs !== undefined && now >= credential.expiresAtMs) {
        throw new ObsApiError("AccessDenied", "The temporary access key has expired.");
    }
}

/**
 * The emulator's side of AK/SK signing: it must accept exactly what the provider's signer produces and nothing
 * tampered with. The signer's own output is checked against the official SDK in test/client/signer.test.ts.
 */
import assert from "node:assert/strict";
import { parseAuthorization, verifySignature } from "../../emulator/http/verify-signature";
import { authorizationHeader, formatSdkDate, SignableRequest } from "../../provider/client/signer";

const AK = "HPUAEXAMPLEAK0000001";
const SK = "exampleSecretKeyForTests0000000000000000";

describe("emulator/http/verify-signature", () => {
    const sdkDate = formatSdkDate(Date.UTC(2026, 10, 23, 1, 2, 3));

    it("verifies its own signature and rejects any tampering", () => {
        const request: SignableRequest = {
            method: "POST",
            path: "/v2/p/datasets/d/import-tasks",
            query: [],
            headers: { Host: "127.0.0.1:8080", "X-Sdk-Date": sdkDate, "Content-Type": "application/json" },
            body: '{"import_path":"obs://b/k/"}',
        };
        const auth = parseAuthorization(authorizationHeader(request, AK, SK));
        assert.ok(auth);
        assert.equal(auth.accessKey, AK);
        assert.deepEqual(auth.signedHeaders, ["content-type", "host", "x-sdk-date"]);
        assert.equal(verifySignature(request, auth, SK), true);
        assert.equal(verifySignature({ ...request, body: '{"import_path":"obs://b/x/"}' }, auth, SK), false);
        assert.equal(verifySignature({ ...request, path: "/v2/p/datasets/e/import-tasks" }, auth, SK), false);
        assert.equal(verifySignature(request, auth, SK + "x"), false);
    });

    it("ignores headers that are not SDK-HMAC-SHA256", () => {
        assert.equal(parseAuthorization("Bearer abc"), undefined);
        assert.equal(parseAuthorization(undefined), undefined);
    });
});

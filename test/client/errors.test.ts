import assert from "node:assert/strict";
import {
    ConfigurationError,
    isNotFound,
    isRetryable,
    ModelArtsError,
    ModelArtsErrorDetails,
} from "../../provider/client/errors";

const at = { method: "GET", path: "/v2/p/processor-tasks/t1" };
const http = (status: number, errorCode?: string) => new ModelArtsError({ ...at, status, errorCode });
const network = () => new ModelArtsError({ ...at, errorMsg: "network error ECONNRESET" });

describe("client/errors", () => {
    describe("ModelArtsError", () => {
        it("names method, path, status, code, message and request id", () => {
            const details: ModelArtsErrorDetails = {
                method: "POST",
                path: "/v2/p/datasets/d/import-tasks",
                status: 400,
                errorCode: "ModelArts.4352",
                errorMsg: "Dataset not found",
                requestId: "6b1f",
            };
            const error = new ModelArtsError(details);
            assert.equal(
                error.message,
                "ModelArts POST /v2/p/datasets/d/import-tasks failed: " +
                    "HTTP 400 ModelArts.4352 Dataset not found (request id 6b1f)",
            );
            assert.equal(error.name, "ModelArtsError");
            assert.match(String(error.stack), /^ModelArtsError: ModelArts POST/);
            assert.equal(error.outcomeUnknown, false);
        });

        it("says when a request may have been applied", () => {
            const error = new ModelArtsError({ ...at, method: "POST", status: 502, outcomeUnknown: true });
            const expected = `ModelArts POST ${at.path} failed: HTTP 502; the request may have been applied`;
            assert.equal(error.message, expected);
        });

        it("redacts every secret from message, errorMsg and cause", () => {
            const cause = Object.assign(new Error("reset while sending sk-123"), { code: "ECONNRESET" });
            const error = new ModelArtsError(
                { ...at, status: 401, errorMsg: "token tok-9 and key sk-123 and tok-9 again", cause },
                ["sk-123", "tok-9", ""],
            );
            assert.equal(error.errorMsg, "token *** and key *** and *** again");
            assert.ok(!/sk-123|tok-9/.test(error.message + String(error.stack)));
            const redactedCause = error.cause as Error & { code?: string };
            assert.equal(redactedCause.message, "reset while sending ***");
            assert.equal(redactedCause.code, "ECONNRESET");
        });

        it("keeps a cause that holds no secret as it is", () => {
            const cause = new Error("connect ECONNREFUSED");
            assert.equal(new ModelArtsError({ ...at, cause }, ["sk"]).cause, cause);
        });

        it("is recognised by its brand, not its constructor", () => {
            const copy = Object.assign(Object.create(Error.prototype), { isModelArtsError: true });
            assert.equal(ModelArtsError.isInstance(copy), true);
            assert.equal(ModelArtsError.isInstance(new Error("x")), false);
            assert.equal(ModelArtsError.isInstance(undefined), false);
            assert.equal(ModelArtsError.isInstance(new ConfigurationError("x")), false);
        });
    });

    describe("ConfigurationError", () => {
        it("has a literal name and a brand", () => {
            const error = new ConfigurationError("set modelarts:projectId");
            assert.equal(error.name, "ConfigurationError");
            assert.equal(ConfigurationError.isInstance(error), true);
            assert.equal(ConfigurationError.isInstance({ isConfigurationError: true }), true);
            assert.equal(ConfigurationError.isInstance(http(400)), false);
        });
    });

    describe("isNotFound", () => {
        it("accepts 404 and the documented not-found codes, which ModelArts answers with HTTP 400", () => {
            assert.equal(isNotFound(http(404)), true);
            for (const code of ["4352", "4353", "4359", "4700", "4851"]) {
                assert.equal(isNotFound(http(400, `ModelArts.${code}`)), true, code);
            }
        });

        it("classifies by status first: a 5xx or 429 is transient whatever its code", () => {
            assert.equal(isNotFound(http(503, "ModelArts.4700")), false); // "Unavailable gateway", "Error Codes"
            assert.equal(isNotFound(http(429, "ModelArts.4352")), false);
        });

        it("rejects 404s about the route or the credentials, other 400s and non-HTTP errors", () => {
            assert.equal(isNotFound(http(404, "ModelArts.2786")), false); // project id does not match the token
            assert.equal(isNotFound(http(404, "ModelArts.4204")), false); // API does not exist
            assert.equal(isNotFound(http(400, "ModelArts.4356")), false);
            assert.equal(isNotFound(network()), false);
            assert.equal(isNotFound(new Error("404")), false);
        });
    });

    describe("isRetryable", () => {
        it("retries network errors, 408, 429 and 5xx only", () => {
            const retryable = [network(), http(408), http(429), http(500), http(502), http(503), http(504)];
            for (const e of retryable) assert.equal(isRetryable(e), true, e.message);
            for (const status of [200, 400, 401, 403, 404]) {
                assert.equal(isRetryable(http(status)), false, String(status));
            }
            assert.equal(isRetryable(new Error("ECONNRESET")), false);
        });
    });
});

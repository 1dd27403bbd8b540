import assert from "node:assert/strict";
import { backoffDelayMs, parseRetryAfterMs } from "../../provider/client/backoff";

describe("client/backoff", () => {
    describe("backoffDelayMs", () => {
        it("draws uniformly below 500 ms × 2^(retry−1)", () => {
            assert.equal(
                backoffDelayMs(1, () => 0),
                0,
            );
            assert.equal(
                backoffDelayMs(1, () => 0.999),
                499,
            );
            assert.equal(
                backoffDelayMs(3, () => 0.5),
                1000,
            );
        });

        it("caps the ceiling at 20 s", () => {
            assert.equal(
                backoffDelayMs(10, () => 0.999999),
                19_999,
            );
            assert.equal(
                backoffDelayMs(60, () => 0.5),
                10_000,
            );
        });
    });

    describe("parseRetryAfterMs", () => {
        const now = Date.UTC(2026, 0, 2, 3, 4, 5);

        it("reads delay-seconds", () => {
            assert.equal(parseRetryAfterMs("3", now), 3000);
            assert.equal(parseRetryAfterMs(" 0 ", now), 0);
        });

        it("reads an HTTP-date relative to now, 0 when it is past", () => {
            assert.equal(parseRetryAfterMs(new Date(now + 9000).toUTCString(), now), 9000);
            assert.equal(parseRetryAfterMs(new Date(now - 9000).toUTCString(), now), 0);
        });

        it("ignores absent and malformed values", () => {
            for (const value of [null, undefined, "", "-1", "1.5", "soon", "12abc"]) {
                assert.equal(parseRetryAfterMs(value, now), undefined, String(value));
            }
        });
    });
});

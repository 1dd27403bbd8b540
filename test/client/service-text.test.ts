import assert from "node:assert/strict";
import {
    bound,
    cleanAnswer,
    MAX_SERVICE_TEXT,
    redact,
    secretForms,
    serviceText,
} from "../../provider/client/service-text";

describe("client/service-text", () => {
    const secret = "tok/en+with=chars é";

    it("redacts a secret as sent, JSON-escaped (with \\/ or \\u escapes) and URL-encoded, in either hex case", () => {
        const echoed = [
            secret,
            JSON.stringify(secret).slice(1, -1).replace(/\//g, "\\/"),
            "tok\\/en+with=chars \\u00e9",
            encodeURIComponent(secret),
            encodeURIComponent(secret).toLowerCase(),
            encodeURIComponent(secret).replace(/%20/g, "+"),
        ];
        for (const form of echoed) assert.equal(redact(`a ${form} b`, [secret]), "a *** b", form);
        assert.ok(secretForms(secret).length >= 4);
        assert.equal(redact("nothing here", [secret, ""]), "nothing here");
    });

    it("bounds a text with a note of what was left out, never splitting a surrogate pair", () => {
        const long = "x".repeat(MAX_SERVICE_TEXT + 500);
        assert.equal(bound(long), `${"x".repeat(MAX_SERVICE_TEXT)}… (500 more characters left out)`);
        assert.equal(bound("short"), "short");
        const emoji = `${"x".repeat(9)}😀yz`;
        assert.equal(bound(emoji, 10), `${"x".repeat(9)}… (4 more characters left out)`);
    });

    it("redacts before it cuts: a secret across the bound leaves no prefix", () => {
        const text = `${"x".repeat(MAX_SERVICE_TEXT - 5)}${secret}`;
        const out = serviceText(text, [secret]);
        assert.ok(!out.includes(secret.slice(0, 5)), out.slice(-40));
        assert.ok(out.endsWith("***"));
    });

    it("cleans every string and key of an answer, leaving other values as they are", () => {
        const answer = {
            status: "FAILED",
            error_msg: `leaked ${secret}`,
            nested: [{ [secret]: 1, n: 2 }],
            flag: null,
            count: 3,
        };
        assert.deepEqual(cleanAnswer(answer, [secret]), {
            status: "FAILED",
            error_msg: "leaked ***",
            nested: [{ "***": 1, n: 2 }],
            flag: null,
            count: 3,
        });
        assert.equal((cleanAnswer({ s: "y".repeat(10_000) }, []) as { s: string }).s.length < 4_200, true);
    });
});

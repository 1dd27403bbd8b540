import assert from "node:assert/strict";
import { isTimeoutDuration, parseDurationMs } from "../../provider/schemas/duration";

describe("parseDurationMs", () => {
    it("reads hours, minutes, seconds and milliseconds, alone or combined", () => {
        assert.equal(parseDurationMs("45s"), 45_000);
        assert.equal(parseDurationMs("30m"), 1_800_000);
        assert.equal(parseDurationMs("1h30m"), 5_400_000);
        assert.equal(parseDurationMs("1h0m5s250ms"), 3_605_250);
        assert.equal(parseDurationMs("1.5h"), 5_400_000);
        assert.equal(parseDurationMs("500ms"), 500);
    });

    it("rejects text that is not a duration, without repeating it", () => {
        for (const text of ["", "5", "1d", "-1s", "1 h", "h", "1h30", "1.s"]) {
            assert.throws(() => parseDurationMs(text), RangeError, text);
        }
        assert.throws(
            () => parseDurationMs("s3cr3t-1h"),
            (error: Error) => !error.message.includes("s3cr3t"),
        );
    });
});

describe("isTimeoutDuration", () => {
    it("accepts 1 s to 168 h inclusive", () => {
        assert.equal(isTimeoutDuration("1s"), true);
        assert.equal(isTimeoutDuration("168h"), true);
        assert.equal(isTimeoutDuration("999ms"), false);
        assert.equal(isTimeoutDuration("167h60m1s"), false);
    });

    it("rejects overlong text before parsing it", () => {
        assert.equal(isTimeoutDuration(`${"0".repeat(40)}1s`), false);
        assert.equal(isTimeoutDuration("1".repeat(100_000)), false);
    });
});

import assert from "node:assert/strict";
import { measureTiming, spread } from "../../../bench/soak/timing";
import { call, soakRecord } from "./records";

describe("bench/soak/timing", () => {
    describe("measureTiming: the deadline overrun the verdict judges", () => {
        it("measures each answered call's time past the timeout, and counts the calls that timed out", () => {
            const timing = measureTiming(
                soakRecord({
                    timeoutMs: 10_000,
                    calls: [
                        call("processor-0", 0, 4_000),
                        call(
                            "processor-1",
                            1_000,
                            11_300,
                            "…: timed out after 10s (the `timeout` input), task status 1",
                        ),
                        call("processor-2", 2_000), // killed in flight: no answer
                    ],
                }),
            );

            assert.deepEqual(timing.deadlineOverrun, {
                count: 2,
                meanMs: -2_850,
                p95Ms: 300,
                maxMs: 300,
                worst: "processor-1",
            });
            assert.equal(timing.timedOutCalls, 1);
        });
    });

    describe("spread", () => {
        it("gives the mean, the nearest-rank p95 and the maximum with its subject", () => {
            const values = Array.from({ length: 20 }, (_, i): [string, number] => [`t${i}`, (i + 1) * 100]);
            assert.deepEqual(spread(values), { count: 20, meanMs: 1_050, p95Ms: 1_900, maxMs: 2_000, worst: "t19" });
            assert.equal(spread([]), undefined);
        });
    });
});

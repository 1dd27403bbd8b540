import assert from "node:assert/strict";
import { disruptionsOf, measureTiming, spread } from "../../../bench/soak/timing";
import { call, poll, resource, serverTask, soakRecord, T0, up } from "./records";

describe("bench/soak/timing", () => {
    describe("measureTiming", () => {
        it("measures the lag from a task's end (creation + duration) to the first poll answered 200 without a fault", () => {
            // Task a: created at 1 s, 2 s long, ends at 3 s; the poll at 3.2 s was dropped, the one at 3.4 s faulted.
            const timing = measureTiming(
                soakRecord({
                    resources: [resource("ProcessorTask", "processor-0", "analyse-0", { id: "a" })],
                    serverTasks: [serverTask("ProcessorTask", "a", "analyse-0", 1_000)],
                    requests: [
                        poll("a", 2_500),
                        poll("a", 3_200, 200, "dropped"),
                        poll("a", 3_400, 503, "server-error"),
                        poll("a", 3_600),
                        poll("a", 5_000),
                    ],
                    ups: [up(0, 6_000)],
                }),
            );

            assert.deepEqual(timing.watchedLag, { count: 1, meanMs: 600, p95Ms: 600, maxMs: 600, worst: "a" });
            assert.equal(timing.unwatchedLag, undefined);
        });

        it("reports apart the tasks that ended with no wait running, never seen ended, and ignores tasks no resource holds", () => {
            const timing = measureTiming(
                soakRecord({
                    resources: [
                        resource("ProcessorTask", "processor-0", "analyse-0", { id: "a" }),
                        resource("ProcessorTask", "processor-1", "analyse-1", { id: "b" }),
                        resource("ProcessorTask", "processor-2", "analyse-2", { id: "c" }),
                    ],
                    serverTasks: [
                        serverTask("ProcessorTask", "a", "analyse-0", 0), // ends at 2 s, after the host was killed at 1.5 s
                        serverTask("ProcessorTask", "b", "analyse-1", 0), // no poll saw it end
                        serverTask("ProcessorTask", "c", "analyse-2", 5_000), // ends at 7 s, in the second up
                        serverTask("ProcessorTask", "orphan", "analyse-2", 0),
                    ],
                    requests: [poll("a", 1_000), poll("a", 4_500), poll("c", 7_250), poll("orphan", 9_000)],
                    ups: [up(0, 1_600, [], { interruptedAtMs: T0 + 1_500 }), up(4_000, 8_000)],
                }),
            );

            assert.deepEqual(timing.unwatchedLag, { count: 1, meanMs: 2_500, p95Ms: 2_500, maxMs: 2_500, worst: "a" });
            assert.deepEqual(timing.watchedLag, { count: 1, meanMs: 250, p95Ms: 250, maxMs: 250, worst: "c" });
            assert.deepEqual(timing.neverSeenEnded, ["b"]);
        });

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

    describe("disruptionsOf", () => {
        it("says what ran on the server and which provider calls were in flight at each restart and kill", () => {
            const record = soakRecord({
                serverTasks: [
                    serverTask("ProcessorTask", "a", "analyse-0", 0),
                    serverTask("ProcessorTask", "b", "analyse-1", 1_800),
                ],
                calls: [call("processor-0", 0, 1_000), call("processor-1", 500)],
                ups: [up(0, 3_000, [], { restartedAtMs: [T0 + 1_500], interruptedAtMs: T0 + 2_500 })],
            });

            assert.deepEqual(disruptionsOf(record), [
                { action: "emulator restarted", up: 1, atMs: T0 + 1_500, tasksRunning: 1, callsInFlight: 1 },
                { action: "host killed", up: 1, atMs: T0 + 2_500, tasksRunning: 1, callsInFlight: 1 },
            ]);
        });
    });
});

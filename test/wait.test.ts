import assert from "node:assert/strict";
import { Acceptance, nextPollDelayMs, waitForTask } from "../provider/wait";
import { seededRandom } from "../emulator/random";
import { FakeClock } from "../testkit/fake-clock";

/** A task that completes (or fails) at a given instant, observed by polling. */
function taskEndingAt(clock: FakeClock, endsAtMs: number, finalStatus = "COMPLETED") {
    const pollTimes: number[] = [];
    const observe = () => {
        pollTimes.push(clock.now());
        return Promise.resolve({ status: clock.now() >= endsAtMs ? finalStatus : "RUNNING" });
    };
    return { observe, pollTimes };
}

const accept = (task: { status: string }): Acceptance =>
    task.status === "COMPLETED"
        ? { state: "succeeded" }
        : task.status === "FAILED"
          ? { state: "failed", reason: "ModelArts.4360: path not found" }
          : { state: "running" };

describe("wait", () => {
    describe("nextPollDelayMs", () => {
        const mid = () => 0.5; // no jitter

        it("polls 1.5 s, then 1.8 s apart until 6 s, then rises to an 11 s plateau by 13 s for the first minute", () => {
            assert.equal(nextPollDelayMs(0, mid), 1_500);
            assert.equal(nextPollDelayMs(1_500, mid), 1_800);
            assert.equal(nextPollDelayMs(6_000, mid), 1_800);
            assert.equal(nextPollDelayMs(9_500, mid), 6_400);
            assert.equal(nextPollDelayMs(13_000, mid), 11_000);
            assert.equal(nextPollDelayMs(70_000, mid), 11_000);
        });

        it("reaches its 29 s cap at 71 s and keeps it", () => {
            assert.equal(nextPollDelayMs(70_500, mid), 20_000);
            assert.equal(nextPollDelayMs(71_000, mid), 29_000);
            assert.equal(nextPollDelayMs(3_600_000, mid), 29_000);
        });

        it("applies at most ±10 % jitter", () => {
            assert.equal(
                nextPollDelayMs(0, () => 0),
                1_350,
            );
            assert.equal(
                nextPollDelayMs(0, () => 0.999999),
                1_650,
            );
            assert.equal(
                nextPollDelayMs(3_600_000, () => 0),
                26_100,
            );
        });
    });

    describe("waitForTask", () => {
        it("polls first 1.5 s after submission and returns the observation that succeeded", async () => {
            const clock = new FakeClock();
            const start = clock.now();
            const task = taskEndingAt(clock, start + 5_000);
            const outcome = await waitForTask(task.observe, accept, {
                clock,
                startedAtMs: start,
                deadlineMs: start + 3_600_000,
                random: () => 0.5,
            });
            assert.equal(outcome.kind, "succeeded");
            assert.equal(task.pollTimes[0]! - start, 1_500);
            assert.ok(clock.now() - (start + 5_000) <= 2_000, "detected within two seconds");
            assert.equal(outcome.polls, task.pollTimes.length);
        });

        it("reports a failure with the acceptor's reason and the last observation", async () => {
            const clock = new FakeClock();
            const start = clock.now();
            const task = taskEndingAt(clock, start + 3_000, "FAILED");
            const outcome = await waitForTask(task.observe, accept, {
                clock,
                startedAtMs: start,
                deadlineMs: start + 60_000,
                random: seededRandom(1),
            });
            assert.equal(outcome.kind, "failed");
            assert.ok(outcome.reason.includes("ModelArts.4360")); // `kind` is asserted "failed" just above
            assert.deepEqual(outcome.observed, { status: "FAILED" });
        });

        it("makes a final poll exactly at the deadline, then times out", async () => {
            const clock = new FakeClock();
            const start = clock.now();
            const task = taskEndingAt(clock, start + 10 * 3_600_000);
            const deadline = start + 100_000;
            const outcome = await waitForTask(task.observe, accept, {
                clock,
                startedAtMs: start,
                deadlineMs: deadline,
                random: seededRandom(2),
            });
            assert.equal(outcome.kind, "timedOut");
            assert.equal(task.pollTimes[task.pollTimes.length - 1], deadline);
            assert.ok(task.pollTimes.every((t) => t <= deadline));
        });

        it("notices a task that completes exactly at the deadline", async () => {
            const clock = new FakeClock();
            const start = clock.now();
            const task = taskEndingAt(clock, start + 100_000);
            const outcome = await waitForTask(task.observe, accept, {
                clock,
                startedAtMs: start,
                deadlineMs: start + 100_000,
                random: seededRandom(3),
            });
            assert.equal(outcome.kind, "succeeded");
        });

        it("tolerates transient poll errors and gives up after too many in a row, naming the last one", async () => {
            const clock = new FakeClock();
            const start = clock.now();
            let calls = 0;
            // eslint-disable-next-line @typescript-eslint/require-await -- its errors must reject, as a real poll's do
            const flaky = async () => {
                calls++;
                if (calls === 2) throw new Error("ECONNRESET once");
                if (calls >= 4) throw new Error(`poll ${calls} failed`);
                return { status: "RUNNING" };
            };
            const outcome = await waitForTask(flaky, accept, {
                clock,
                startedAtMs: start,
                deadlineMs: start + 3_600_000,
                random: seededRandom(4),
                maxConsecutiveErrors: 3,
            });
            assert.equal(outcome.kind, "pollErrors");
            assert.equal(calls, 6);
            assert.ok(String(outcome.lastError).includes("poll 6 failed")); // `kind` is asserted "pollErrors" just above
            assert.deepEqual(outcome.observed, { status: "RUNNING" });
        });

        it("resumes on the schedule of the task's age, not from scratch", async () => {
            const clock = new FakeClock();
            const submitted = clock.now() - 600_000; // a task submitted ten minutes ago
            const task = taskEndingAt(clock, clock.now() + 60_000);
            await waitForTask(task.observe, accept, {
                clock,
                startedAtMs: submitted,
                deadlineMs: clock.now() + 3_600_000,
                random: () => 0.5,
            });
            // polled at once (the first delay is long past), then at the capped cadence
            assert.equal(task.pollTimes[0], submitted + 600_000);
            assert.equal(task.pollTimes[1]! - task.pollTimes[0], 29_000);
        });
    });
});

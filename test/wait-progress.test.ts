import assert from "node:assert/strict";
import { Acceptance, nextPollDelayMs, waitForTask } from "../provider/wait";
import { FakeClock } from "../testkit/fake-clock";

/** A task that reports `progressAt(elapsed ms)` until it completes `endsAfterMs` after submission. */
function reportingTask(clock: FakeClock, endsAfterMs: number, progressAt: (elapsedMs: number) => number | undefined) {
    const start = clock.now();
    const pollTimes: number[] = [];
    const observe = () => {
        pollTimes.push(clock.now() - start);
        const elapsed = clock.now() - start;
        return Promise.resolve({ done: elapsed >= endsAfterMs, progress: progressAt(elapsed) });
    };
    return { start, observe, pollTimes };
}

const accept = (seen: { done: boolean }): Acceptance => (seen.done ? { state: "succeeded" } : { state: "running" });
const noJitter = () => 0.5;
const gapsOf = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

/** Whole percent of a task that starts moving at `startMs` and ends at `endMs`, at a steady rate. */
const steady = (startMs: number, endMs: number) => (elapsedMs: number) =>
    Math.floor(Math.max(0, (elapsedMs - startMs) / (endMs - startMs)) * 100) / 100;

async function waitOn(task: ReturnType<typeof reportingTask>, clock: FakeClock, deadlineAfterMs = 86_400_000) {
    return waitForTask(task.observe, accept, {
        clock,
        startedAtMs: task.start,
        deadlineMs: task.start + deadlineAfterMs,
        random: noJitter,
        progressOf: (seen) => seen.progress,
    });
}

describe("wait: progress-aware polling", () => {
    it("closes in on the end of a steadily progressing 10-minute task with far fewer polls than the plain schedule", async () => {
        const clock = new FakeClock();
        const task = reportingTask(clock, 600_000, steady(60_000, 600_000));
        const outcome = await waitOn(task, clock);
        assert.equal(outcome.kind, "succeeded");
        const lagMs = task.pollTimes[task.pollTimes.length - 1]! - 600_000;
        assert.ok(lagMs <= 3_000, `seen done ${lagMs} ms after the end`);
        assert.ok(task.pollTimes.length <= 15, `${task.pollTimes.length} polls`);
        // Estimates space polls at least 3 s apart (a smaller lag is not worth more GETs) once the plain delay is longer.
        const estimatedGaps = gapsOf(task.pollTimes.filter((t) => t >= 60_000));
        assert.ok(
            estimatedGaps.every((gap) => gap >= 3_000),
            `gaps past the first minute: ${estimatedGaps.join(", ")}`,
        );

        const plainClock = new FakeClock();
        const plain = reportingTask(plainClock, 600_000, () => undefined);
        await waitOn(plain, plainClock);
        assert.ok(
            plain.pollTimes.length >= 2 * task.pollTimes.length,
            `${plain.pollTimes.length} polls without progress`,
        );
    });

    it("never polls more than once a second, even when progress says the end is imminent", async () => {
        const clock = new FakeClock();
        // 99 % from the first poll on, finishing after 30 s: every estimate says "now".
        const task = reportingTask(clock, 30_000, (elapsed) => (elapsed > 0 ? 0.99 : 0));
        await waitOn(task, clock);
        assert.ok(
            gapsOf(task.pollTimes).every((gap) => gap >= 1_000),
            `gaps ${gapsOf(task.pollTimes).join(", ")}`,
        );
    });

    it("never waits past the deadline, however far away the estimate puts the end, and polls at the deadline", async () => {
        const clock = new FakeClock();
        const deadlineAfterMs = 300_000;
        const task = reportingTask(clock, 3_600_000, steady(0, 3_600_000));
        const outcome = await waitOn(task, clock, deadlineAfterMs);
        assert.equal(outcome.kind, "timedOut");
        assert.equal(task.pollTimes[task.pollTimes.length - 1], deadlineAfterMs);
        assert.ok(task.pollTimes.every((t) => t <= deadlineAfterMs));
    });

    // Moves steadily to 30 % at 60 s, then stalls until 400 s (stays, or crawls one percent a minute: far below its
    // trend of 0.5 % a second), then runs to the end at 1200 s. The poll that finds the stall sees 30 % (or 31 %)
    // where the trend expected more; plain gaps follow until it runs again, and a new trend then closes in on the end
    // with far fewer polls than the plain schedule's 28 over those 800 s.
    for (const [stuck, during] of [
        ["stays there", () => 0.3],
        ["crawls", (elapsed: number) => 0.3 + Math.floor((elapsed - 60_000) / 60_000) / 100],
    ] as const) {
        it(`falls back to the plain schedule while progress ${stuck}, and uses it again once it runs`, async () => {
            const clock = new FakeClock();
            const progressAt = (elapsed: number) =>
                elapsed < 60_000
                    ? steady(0, 200_000)(elapsed)
                    : elapsed < 400_000
                      ? during(elapsed)
                      : Math.floor(36 + ((elapsed - 400_000) * 64) / 800_000) / 100;
            const task = reportingTask(clock, 1_200_000, progressAt);
            await waitOn(task, clock);
            const stalled = task.pollTimes.filter((t) => t >= 60_000 && t < 400_000).slice(1);
            assert.ok(stalled.length >= 3, `polled ${stalled.length} times once stalled`);
            const gaps = gapsOf(stalled);
            assert.ok(
                gaps.every((gap, i) => gap === nextPollDelayMs(stalled[i]!, noJitter)),
                `gaps while stalled: ${gaps.join(", ")}`,
            );
            const running = task.pollTimes.filter((t) => t >= 400_000);
            assert.ok(running.length <= 12, `${running.length} polls once it ran again: ${running.join(", ")}`);
            const lagMs = task.pollTimes[task.pollTimes.length - 1]! - 1_200_000;
            assert.ok(lagMs <= 5_000, `seen done ${lagMs} ms after the end once it ran again`);
        });
    }

    it("finds a task that stops right after its first move stalled, though one reading gives no rate yet", async () => {
        const clock = new FakeClock();
        // Reads 0 until 5 s, 3 % from then on until 1800 s, then 100 %: only the first reading ever moved.
        const task = reportingTask(clock, 1_800_000, (elapsed) => (elapsed < 5_000 ? 0 : 0.03));
        await waitOn(task, clock);
        const plainClock = new FakeClock();
        const plain = reportingTask(plainClock, 1_800_000, () => undefined);
        await waitOn(plain, plainClock);
        assert.ok(
            task.pollTimes.length <= plain.pollTimes.length + 3,
            `${task.pollTimes.length} polls against the plain schedule's ${plain.pollTimes.length}`,
        );
    });

    it("aims at the soonest end whole-percent readings allow, so a first rate from one-step moves is not waited out", async () => {
        const clock = new FakeClock();
        // Reads 1 % from 10 s and 2 % from 20 s, then runs on to the end at 580 s: the first rate, one percent between
        // two polls 13 s apart, is under half the pace that follows (0.18 % a second).
        const progressAt = (elapsed: number) =>
            elapsed < 10_000
                ? 0
                : elapsed < 20_000
                  ? 0.01
                  : Math.floor(2 + (Math.max(0, elapsed - 30_000) * 98) / 550_000) / 100;
        const task = reportingTask(clock, 580_000, progressAt);
        await waitOn(task, clock);
        const lagMs = task.pollTimes[task.pollTimes.length - 1]! - 580_000;
        assert.ok(lagMs <= 29_000, `seen done ${lagMs} ms after the end (polls at ${task.pollTimes.join(", ")})`);
    });

    it("falls back to the plain schedule for the rest of the wait once progress goes backwards", async () => {
        const clock = new FakeClock();
        // Reads 20 % and 40 % on its first two polls, then 10 % (a restarted task) and steady progress after that.
        let polls = 0;
        const progressAt = (elapsed: number) => {
            polls++;
            return polls === 1 ? 0.2 : polls === 2 ? 0.4 : Math.min(0.99, 0.1 + elapsed / 2_000_000);
        };
        const task = reportingTask(clock, 1_200_000, progressAt);
        await waitOn(task, clock);
        const after = task.pollTimes.slice(2);
        const gaps = gapsOf(after);
        assert.ok(gaps.length > 30);
        assert.ok(
            gaps.every((gap, i) => gap === nextPollDelayMs(after[i]!, noJitter)),
            `gaps after going backwards: ${gaps.slice(0, 5).join(", ")} …`,
        );
    });

    it("waits as without progress on a task that reports none", async () => {
        const withNone = new FakeClock();
        const silent = reportingTask(withNone, 200_000, () => undefined);
        await waitOn(silent, withNone);
        const without = new FakeClock();
        const plain = reportingTask(without, 200_000, () => undefined);
        await waitForTask(plain.observe, accept, {
            clock: without,
            startedAtMs: plain.start,
            deadlineMs: plain.start + 86_400_000,
            random: noJitter,
        });
        assert.deepEqual(silent.pollTimes, plain.pollTimes);
    });
});

/**
 * Throttling (docs/design/pacing.md): many parallel waits in one provider host against a service that answers 429 above
 * a request rate. Every task completes, none twice, and after the first burst the provider paces itself under the
 * limit instead of coming back in waves after each `Retry-After`.
 */
import assert from "node:assert/strict";
import { EmulatedStack, startEmulatedStack } from "../../testkit/emulated-stack";
import { fleetDatasets, fleetObjects, fleetProgram, fleetTask } from "../../testkit/task-fleet";

const TASKS = 30;
const LIMIT_PER_SECOND = 15;

describe("reliability: throttling", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    after(() => stack.close());

    it(`completes ${TASKS} parallel imports under a ${LIMIT_PER_SECOND} requests/s limit, and settles under it`, async () => {
        const tasks = Array.from({ length: TASKS }, (_, i) => fleetTask("ImportTask", i));
        stack = await startEmulatedStack({
            program: fleetProgram(() => tasks),
            emulator: { datasets: fleetDatasets(TASKS), taskDurationMs: 2_000, rateLimitPerSecond: LIMIT_PER_SECOND },
        });
        for (const [bucket, key, content] of fleetObjects(TASKS)) stack.putObject(bucket, key, content);

        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(stack.emulator.createdTasks().import, TASKS);
        const requests = stack.emulator.requests;
        const start = requests[0]!.atMs;
        const limited = (from: number) => requests.filter((r) => r.atMs - start >= from);
        const throttledShare = (from: number) =>
            limited(from).filter((r) => r.status === 429).length / limited(from).length;
        assert.ok(
            throttledShare(2_000) < 0.1,
            `${(throttledShare(2_000) * 100).toFixed(1)} % of the requests after 2 s were throttled`,
        );
    });
});

/**
 * Waiting for something another process does (a provider host's gRPC call, an emulator request) without a fixed
 * sleep: a test polls a condition it can read, yielding to I/O in between, and fails with a clear message when
 * the condition never holds. A fixed sleep would be either slow or flaky on a loaded 2-core machine; this is as
 * quick as the event allows. Used by the reliability suite and by the harness's own tests.
 */
import assert from "node:assert/strict";

/** Yields to I/O until `condition` holds (something another process does), for at most `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(condition(), `condition not met within ${timeoutMs} ms`);
}

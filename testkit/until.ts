import assert from "node:assert/strict";

/** Yields to I/O until `condition` holds (something another process does), for at most `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(condition(), `condition not met within ${timeoutMs} ms`);
}

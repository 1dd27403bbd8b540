import assert from "node:assert/strict";
import type { ModelArtsClient } from "../../provider/client/api";
import type { ImportTaskResponse } from "../../provider/client/types";
import { filterOnServerClock } from "../../provider/impl/matching";

/** A client whose service clock runs `offsetMs` ahead of ours, known to ±`uncertaintyMs`. */
const clientWith = (offsetMs: number, uncertaintyMs: number) =>
    ({
        serverTime: (localMs: number) => ({ atMs: localMs + offsetMs, uncertaintyMs, known: true }),
    }) as unknown as ModelArtsClient;

describe("impl/matching filterOnServerClock", () => {
    const shape = {
        idOf: (task: ImportTaskResponse) => task.task_id,
        leftOver: new Set(["RUNNING"]),
        endedAtOf: (task: ImportTaskResponse) => task.update_ms,
    };
    const start = 1_700_000_000_000;

    it("passes an unfinished task whatever its times", () => {
        const passes = filterOnServerClock(clientWith(0, 2_000), { liveSinceMs: start }, shape);
        assert.equal(passes({ status: "RUNNING", create_time: 0 }), true);
    });

    it("passes a task that ended after the create began, on the service's clock, less its uncertainty", () => {
        const passes = filterOnServerClock(clientWith(60_000, 2_000), { liveSinceMs: start }, shape);
        assert.equal(passes({ status: "COMPLETED", update_ms: start + 60_000 - 2_000 }), true);
        assert.equal(passes({ status: "COMPLETED", update_ms: start + 60_000 - 2_001 }), false);
        assert.equal(
            passes({ status: "COMPLETED", update_ms: start + 1_000 }),
            false,
            "ended a minute before, by the service's clock",
        );
    });

    it("passes a task created since a POST of unknown outcome only when asked to", () => {
        const task = { status: "COMPLETED", update_ms: start - 10_000, create_time: start + 500 };
        const client = clientWith(0, 2_000);
        assert.equal(filterOnServerClock(client, { liveSinceMs: start }, shape)(task), false);
        assert.equal(filterOnServerClock(client, { liveSinceMs: start, createdSinceMs: start }, shape)(task), true);
    });
});

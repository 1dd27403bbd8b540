import assert from "node:assert/strict";
import { DEFAULT_SETTINGS } from "../../../bench/soak/options";
import { soakReport } from "../../../bench/soak/report";
import { formatSoakReport } from "../../../bench/soak/table";
import { call, poll, resource, serverTask, soakRecord, T0, TASK_DURATION_MS, up } from "./records";

const settings = { ...DEFAULT_SETTINGS, tasks: 2, taskDurationMs: TASK_DURATION_MS, timeout: "1m" };
const INJECTED = "ModelArts.4362: Import data error (task i1 is kept in the stack; …)";

/** Two resources: an import failed by injection, a processing task with a duplicate left by a killed up. */
const record = soakRecord({
    resources: [
        resource("ImportTask", "import-0", "obs://fleet/raw-0/", {
            id: "i1",
            initErrors: ["ModelArts.4362: Import data error"],
        }),
        resource("ProcessorTask", "processor-1", "analyse-1", { id: "p2" }),
    ],
    serverTasks: [
        serverTask("ImportTask", "i1", "obs://fleet/raw-0/", 500, true),
        serverTask("ProcessorTask", "p1", "analyse-1", 500),
        serverTask("ProcessorTask", "p2", "analyse-1", 4_000),
    ],
    createdOnServer: { ImportTask: 1, ExportTask: 0, ProcessorTask: 2 },
    requests: [poll("p1", 1_500, 503, "server-error"), poll("p2", 6_500)],
    calls: [call("processor-1", 3_000, 7_000)],
    ups: [
        up(0, 2_000, [], { restartedAtMs: [T0 + 1_000], interruptedAtMs: T0 + 1_800 }),
        up(2_000, 8_000, [
            { name: "import-0", op: "failed", error: INJECTED },
            { name: "processor-1", op: "create" },
        ]),
        up(8_000, 9_000, [
            { name: "import-0", op: "failed", error: INJECTED },
            { name: "processor-1", op: "same" },
        ]),
    ],
    wallMs: 9_500,
});

describe("bench/soak/table", () => {
    const lines = formatSoakReport(soakReport(settings, record));
    const lineStarting = (start: string) =>
        lines.find((l) => l.startsWith(start)) ?? assert.fail(`no line starting "${start}"`);

    it("lists each up and each disruption with what was under way", () => {
        assert.equal(lineStarting("up 2:"), "up 2: at 2.0 s, 6.0 s: 1 failed, 1 create");
        assert.equal(
            lineStarting("emulator restarted"),
            "emulator restarted at 1.0 s (up 1): 2 tasks running on the server, 0 provider calls in flight",
        );
        assert.equal(
            lineStarting("host killed"),
            "host killed at 1.8 s (up 1): 2 tasks running on the server, 0 provider calls in flight",
        );
    });

    it("tables the targets' figures per kind, with totals", () => {
        assert.match(lineStarting("tasks created on the server"), /^tasks created on the server +1 +0 +2 +3$/);
        assert.match(lineStarting("duplicates"), /^duplicates \(server tasks beyond 1\/resource\) +0 +0 +1 +1$/);
        assert.match(lineStarting("orphans"), /^orphans \(server tasks no resource holds\) +0 +0 +1 +1$/);
        assert.match(lineStarting("failed resources: task failed by injection"), / +1 +0 +0 +1$/);
        assert.match(lineStarting("failed resources: unexpected"), / +0 +0 +0 +0$/);
    });

    it("prints faults, retries, lag and deadline overrun", () => {
        assert.match(
            lineStarting("injected faults"),
            /1 of 2 requests \(50\.0 %\): 429 ×0, 500 ×0, 502 ×0, 503 ×1, 504 after handling ×0, dropped after handling ×0; redirected ×0, stalled ×0, cut short ×0, malformed ×0, echoing credentials ×0; Date a day off or missing ×0$/,
        );
        assert.match(
            lineStarting("retries"),
            /0: polls 0, lists 0, creates 0, other 0; faulted and not sent again: 1$/,
        );
        assert.match(
            lineStarting("detection lag, task ended during a wait"),
            /1 task: mean 0\.5 s, p95 0\.5 s, max 0\.5 s \(p2\)$/,
        );
        assert.match(
            lineStarting("deadline overrun"),
            /none: the longest call \(processor-1\) ended 56\.0 s before its 1m deadline; 0 calls timed out$/,
        );
        assert.match(lineStarting("wall time"), /9\.5 s \(3 ups\)$/);
    });

    it("fails the verdict on the duplicate and orphan, and details how the duplicate came about", () => {
        assert.match(lineStarting("verdict"), /^verdict: FAIL: 1 duplicate, 1 orphan \(targets: /);
        const heading = lineStarting("duplicates:");
        assert.equal(heading, "duplicates: 1 ran when the up that created the next began, ended before it was created");
        assert.equal(
            lines[lines.indexOf(heading) + 1],
            "  processor-1: p1 (created 0.5 s, ended 2.5 s, orphan; ran when the up that " +
                "created the next began, ended before it was created), p2 (created 4.0 s, ended 6.0 s, held)",
        );
    });

    it("passes the verdict when nothing is missed", () => {
        const clean = { ...record, serverTasks: record.serverTasks.filter((t) => t.id !== "p1") };
        assert.match(
            formatSoakReport(soakReport(settings, clean)).find((l) => l.startsWith("verdict"))!,
            /^verdict: PASS \(targets: /,
        );
    });
});

import assert from "node:assert/strict";
import { DEFAULT_SETTINGS } from "../../../bench/soak/options";
import { soakReport } from "../../../bench/soak/report";
import { formatSoakReport } from "../../../bench/soak/table";
import type { SoakRecord } from "../../../bench/soak/record";
import { call, resource, serverTask, soakRecord, T0, TASK_DURATION_MS, up } from "./records";

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
});

/** The verdict line the soak prints (and the JSON's figures behind it). */
const verdictOf = (r: SoakRecord) =>
    formatSoakReport(soakReport(settings, r)).find((l) => l.startsWith("verdict")) ?? assert.fail("no verdict");
const withoutDuplicate = { ...record, serverTasks: record.serverTasks.filter((t) => t.id !== "p1") };

describe("bench/soak verdict", () => {
    it("fails on the duplicate and the orphan, naming each miss", () => {
        assert.match(verdictOf(record), /^verdict: FAIL: 1 duplicate, 1 orphan \(targets: /);
    });

    it("passes when nothing is missed", () => {
        assert.match(verdictOf(withoutDuplicate), /^verdict: PASS \(targets: /);
    });

    it("fails on a call answered more than 3 s past its deadline, not on one answered 3 s past it", () => {
        const late = (overrunMs: number) => ({
            ...withoutDuplicate,
            timeoutMs: 1_000,
            calls: [call("processor-1", 3_000, 3_000 + 1_000 + overrunMs)],
        });
        assert.match(verdictOf(late(3_000)), /^verdict: PASS/);
        assert.match(verdictOf(late(3_100)), /^verdict: FAIL: a deadline overrun of 3\.1 s \(targets: /);
    });
});

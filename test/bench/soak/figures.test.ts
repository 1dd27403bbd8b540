import assert from "node:assert/strict";
import { isSettled, tally } from "../../../bench/soak/figures";
import { taskKey } from "../../../bench/soak/record";
import { call, resource, serverTask, soakRecord, T0, up } from "./records";

const INJECTED_IMPORT =
    "create of urn:…::import-0 failed: ModelArts.4362: Import data error (task a1 is kept in the stack; …)";

describe("bench/soak/figures", () => {
    describe("tally", () => {
        it("counts server tasks beyond one per resource as duplicates, and tasks no resource holds as orphans", () => {
            const result = tally(
                soakRecord({
                    resources: [
                        resource("ImportTask", "import-0", "obs://fleet/raw-0/", { id: "a2" }),
                        resource("ExportTask", "export-1", "/fleet/export-1/", { id: "b1" }),
                        resource("ProcessorTask", "processor-2", "analyse-2", { id: "c1" }),
                    ],
                    serverTasks: [
                        serverTask("ImportTask", "a2", "obs://fleet/raw-0/", 5_000),
                        serverTask("ImportTask", "a1", "obs://fleet/raw-0/", 1_000),
                        serverTask("ExportTask", "b1", "/fleet/export-1/", 1_000),
                        serverTask("ProcessorTask", "c1", "analyse-2", 1_000),
                        serverTask("ProcessorTask", "x1", "analyse-9", 1_000),
                    ],
                    ups: [up(0, 10_000)],
                }),
            );

            assert.equal(result.duplicateCount, 1);
            assert.deepEqual(
                result.duplicates.map((d) => [d.resource, d.tasks.map((t) => t.id), d.heldId]),
                [["import-0", ["a1", "a2"], "a2"]],
            );
            assert.deepEqual(
                result.orphans.map((t) => t.id),
                ["a1", "x1"],
            );
            assert.deepEqual(result.requested, { ImportTask: 1, ExportTask: 1, ProcessorTask: 1 });
            assert.deepEqual(result.listedOnServer, { ImportTask: 2, ExportTask: 1, ProcessorTask: 2 });
            assert.equal(result.pass, false);
        });

        it("counts a task created after an injected failure as a re-run: neither a duplicate nor, once forgotten, an orphan", () => {
            const path = "obs://fleet/raw-0/";
            const result = tally(
                soakRecord({
                    resources: [resource("ImportTask", "import-0", path, { id: "a3" })],
                    serverTasks: [
                        serverTask("ImportTask", "a1", path, 0, true), // failed by injection: the next up re-runs it
                        serverTask("ImportTask", "a2", path, 3_500, true), // the re-run failed by injection too
                        serverTask("ImportTask", "a3", path, 6_000),
                    ],
                    ups: [up(0, 1_000), up(3_000, 4_000), up(5_000, 10_000)],
                }),
            );

            assert.equal(result.reruns, 2);
            assert.equal(result.duplicateCount, 0);
            assert.deepEqual(result.orphans, []);
        });

        it("still counts a task after a re-run that succeeded as a duplicate, and the re-run left behind as an orphan", () => {
            const path = "obs://fleet/raw-0/";
            const result = tally(
                soakRecord({
                    resources: [resource("ImportTask", "import-0", path, { id: "a3" })],
                    serverTasks: [
                        serverTask("ImportTask", "a1", path, 0, true),
                        serverTask("ImportTask", "a2", path, 3_500),
                        serverTask("ImportTask", "a3", path, 6_000), // a2 had succeeded: a3 is a duplicate
                    ],
                    ups: [up(0, 1_000), up(3_000, 4_000), up(5_000, 10_000)],
                }),
            );

            assert.equal(result.reruns, 1);
            assert.equal(result.duplicateCount, 1);
            assert.deepEqual(result.duplicates[0]?.causes.length, 1);
            assert.deepEqual(
                result.orphans.map((t) => t.id),
                ["a2"],
            );
        });

        it("matches an import by dataset and path whatever the scheme the server echoes", () => {
            assert.equal(
                taskKey("ImportTask", { datasetId: "d", path: "s3://b/raw/" }),
                taskKey("ImportTask", { datasetId: "d", path: "obs://b/raw" }),
            );
            assert.notEqual(
                taskKey("ImportTask", { datasetId: "d", path: "obs://b/raw/" }),
                taskKey("ImportTask", { datasetId: "e", path: "obs://b/raw/" }),
            );
        });

        it("tells a task failed by injection from an unexpected failure, and names why each unexpected one failed", () => {
            const result = tally(
                soakRecord({
                    resources: [
                        resource("ImportTask", "import-0", "obs://fleet/raw-0/", {
                            id: "a1",
                            initErrors: ["ModelArts.4362: Import data error"],
                        }),
                        resource("ImportTask", "import-3", "obs://fleet/raw-3/", {
                            id: "a3",
                            initErrors: ["timed out after 2m"],
                        }),
                        resource("ExportTask", "export-1", "/fleet/export-1/"),
                        resource("ProcessorTask", "processor-2", "analyse-2", { id: "gone" }),
                    ],
                    serverTasks: [
                        serverTask("ImportTask", "a1", "obs://fleet/raw-0/", 0, true),
                        serverTask("ImportTask", "a3", "obs://fleet/raw-3/", 0),
                    ],
                    ups: [up(0, 1_000, [{ name: "export-1", op: "failed", error: "lost contact" }])],
                }),
            );

            assert.deepEqual(
                result.failedByInjection.map((f) => f.resource),
                ["import-0"],
            );
            assert.deepEqual(
                result.unexpectedFailures.map((f) => [f.resource, f.reason]),
                [
                    ["import-3", "timed out after 2m"],
                    ["export-1", "not in the final state (lost contact)"],
                    ["processor-2", "holds gone, which the server does not list"],
                ],
            );
            assert.equal(result.injectedTaskFailures, 1);
        });

        it("passes with no duplicate, orphan or unexpected failure and a settled last up", () => {
            const record = soakRecord({
                resources: [
                    resource("ImportTask", "import-0", "obs://fleet/raw-0/", {
                        id: "a1",
                        initErrors: ["ModelArts.4362: Import data error"],
                    }),
                ],
                serverTasks: [serverTask("ImportTask", "a1", "obs://fleet/raw-0/", 0, true)],
                ups: [up(0, 1_000, [{ name: "import-0", op: "failed", error: INJECTED_IMPORT }])],
            });
            assert.equal(tally(record).pass, true);
            assert.equal(tally({ ...record, ups: [up(0, 1_000, [{ name: "import-0", op: "update" }])] }).pass, false);
        });
    });

    describe("lost ids and leaked secrets", () => {
        const held = soakRecord({
            resources: [resource("ImportTask", "import-0", "obs://fleet/raw-0/", { id: "a1" })],
            serverTasks: [serverTask("ImportTask", "a1", "obs://fleet/raw-0/", 500)],
            ups: [up(0, 1_000, [{ name: "import-0", op: "same" }])],
        });

        it("counts a failed create that kept no id while its task was made, not one that kept it or ran before it", () => {
            const lost = { ...held, calls: [call("import-0", 0, 900, "timed out")] };
            assert.deepEqual(tally(lost).lostIds, ["import-0"]);
            assert.equal(tally(lost).pass, false);
            assert.deepEqual(
                tally({ ...held, calls: [{ ...call("import-0", 0, 900, "timed out"), keptId: true }] }).lostIds,
                [],
            );
            assert.deepEqual(tally({ ...held, calls: [call("import-0", 600, 900, "timed out")] }).lostIds, []);
            assert.deepEqual(
                tally({ ...held, calls: [call("import-0", 0)] }).lostIds,
                [],
                "a call cut by a killed host",
            );
            assert.equal(tally(held).pass, true);
        });

        it("does not count a create cut by the killed host", () => {
            const killed = {
                ...held,
                ups: [up(0, 1_000, [{ name: "import-0", op: "failed" }], { interruptedAtMs: T0 + 800 })],
            };
            assert.deepEqual(tally({ ...killed, calls: [call("import-0", 0, 850, "the host is gone")] }).lostIds, []);
            assert.deepEqual(tally({ ...killed, calls: [call("import-0", 0, 700, "timed out")] }).lostIds, [
                "import-0",
            ]);
        });

        it("recognises an injected failure whose reason goes on with an echoed request and a stack trace", () => {
            const traced =
                'create of urn:…::processor-2 failed: Task failed request {"name":"a"} java.lang.X\n\tat … (3106 more characters left out) (task p1 is kept in the stack; …)';
            assert.equal(isSettled([{ name: "processor-2", op: "failed", error: traced }], 1), true);
            assert.equal(
                isSettled(
                    [{ name: "processor-2", op: "failed", error: "create of urn:…::processor-2 failed: Task failed" }],
                    1,
                ),
                false,
            );
        });

        it("fails the soak on any leaked secret", () => {
            assert.equal(tally({ ...held, leakedSecrets: ["security token (URL-encoded)"] }).pass, false);
        });
    });

    describe("isSettled", () => {
        it("holds when every resource is same or failed by an injected task failure", () => {
            const steps = [
                { name: "import-0", op: "failed", error: INJECTED_IMPORT },
                {
                    name: "export-1",
                    op: "failed",
                    error: "…: ModelArts.4401: Failed to export data. (task b1 is kept in the stack; …)",
                },
                { name: "processor-2", op: "failed", error: "…: Task failed (task c1 is kept in the stack; …)" },
                { name: "processor-5", op: "same" },
            ];
            assert.equal(isSettled(steps, 4), true);
        });

        it("fails on a change, on another failure, or when a resource has no step", () => {
            assert.equal(isSettled([{ name: "import-0", op: "create" }], 1), false);
            assert.equal(
                isSettled([{ name: "import-0", op: "failed", error: "lost contact with ModelArts while waiting" }], 1),
                false,
            );
            assert.equal(isSettled([{ name: "import-0", op: "same" }], 2), false);
        });
    });
});

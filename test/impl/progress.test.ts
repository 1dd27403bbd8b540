import assert from "node:assert/strict";
import { ModelArtsError } from "../../provider/client/errors";
import type { ExportTaskResponse, ImportTaskResponse, ProcessorTaskResponse } from "../../provider/client/types";
import { engineAddressOf, type EngineLog, type LogEntry } from "../../provider/impl/engine-log";
import { exportTaskDriver } from "../../provider/export-task/driver";
import { importTaskDriver } from "../../provider/import-task/driver";
import { processorTaskDriver } from "../../provider/processor-task/driver";
import { Progress } from "../../provider/impl/progress";
import type { Session } from "../../provider/impl/session";
import type { AnyDriver } from "../../provider/impl/kind-driver";
import { TaskLifecycle } from "../../provider/impl/task-lifecycle";
import { FakeClock } from "../../testkit/fake-clock";
import { scriptedSession } from "../../testkit/scripted-session";

const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/modelarts:ImportTask::raw";

/** An engine log that keeps what it is sent. */
function recordingLog(): EngineLog & { readonly entries: LogEntry[] } {
    const entries: LogEntry[] = [];
    return { entries, send: (entry) => void entries.push(entry), close: () => undefined };
}

describe("impl/progress", () => {
    describe("status lines of each kind", () => {
        it("import: the status word, files transferred of the total and their share", () => {
            const raw: ImportTaskResponse = { status: "RUNNING", finished_file_count: 340, total_file_count: 1200 };
            assert.equal(importTaskDriver.statusLineOf(raw), "RUNNING · 340/1200 files · 28 %");
            // The documented example answers zeros while the task runs: no counts rather than 0/0.
            assert.equal(importTaskDriver.statusLineOf({ status: "QUEUING", total_file_count: 0 }), "QUEUING");
            const done = { status: "COMPLETED", imported_sample_count: 7, total_sample_count: 7 };
            assert.equal(
                importTaskDriver.summaryOf({ ...done, annotated_sample_count: 2 }),
                "COMPLETED · 7/7 samples imported · 2 annotated",
            );
        });

        it("export: the status word, samples exported of the total, and `progress` in whole percent", () => {
            const raw: ExportTaskResponse = {
                status: "RUNNING",
                progress: 28.6,
                finished_sample_count: 2,
                total_sample_count: 7,
            };
            assert.equal(exportTaskDriver.statusLineOf(raw), "RUNNING · 2/7 samples · 28 %");
            assert.equal(exportTaskDriver.statusLineOf({ status: "INIT", progress: 0 }), "INIT · 0 %");
            const done: ExportTaskResponse = { status: "SUCCESSED", finished_sample_count: 7, total_sample_count: 7 };
            assert.equal(exportTaskDriver.summaryOf(done), "SUCCESSED · 7/7 samples exported");
        });

        it("processing: the documented word of the integer status and the run time", () => {
            const raw: ProcessorTaskResponse = { status: 1, duration_seconds: 12 };
            assert.equal(processorTaskDriver.statusLineOf(raw), "RUNNING · 12 s");
            const done: ProcessorTaskResponse = { status: 2, duration_seconds: 30, version_name: "V002" };
            assert.equal(processorTaskDriver.summaryOf(done), "COMPLETED · 30 s · version V002");
        });
    });

    describe("Progress", () => {
        it("sends lasting notes and ephemeral statuses, as INFO, with the URN; a delay follows the last status", () => {
            const log = recordingLog();
            const progress = new Progress(log, URN);
            progress.note("created task t1");
            progress.status("RUNNING · 1/2 files · 50 %");
            progress.delayed("throttled by ModelArts (HTTP 429): retrying in 2 s");
            assert.deepEqual(log.entries, [
                { severity: "info", message: "created task t1", ephemeral: false, urn: URN },
                { severity: "info", message: "RUNNING · 1/2 files · 50 %", ephemeral: true, urn: URN },
                {
                    severity: "info",
                    message: "RUNNING · 1/2 files · 50 % · throttled by ModelArts (HTTP 429): retrying in 2 s",
                    ephemeral: true,
                    urn: URN,
                },
            ]);
        });

        it("puts each message on one bounded line, and sends no URN when the resource has none", () => {
            const log = recordingLog();
            new Progress(log, undefined).note(`failed:\n${"x".repeat(1_000)}`);
            const [entry] = log.entries;
            assert.ok(entry);
            assert.equal("urn" in entry, false);
            assert.equal(entry.message.includes("\n"), false);
            assert.ok(entry.message.length < 400, `${entry.message.length} characters`);
            assert.match(entry.message, /^failed: x+… \(\d+ more characters left out\)$/);
        });
    });

    describe("engineAddressOf", () => {
        const host = "/p/node_modules/@pulumi/pulumi/cmd/dynamic-provider";

        it("finds the address the engine gives the dynamic-provider host, after its logging and tracing flags", () => {
            assert.equal(engineAddressOf(["node", host, "127.0.0.1:4321"]), "127.0.0.1:4321");
            assert.equal(engineAddressOf(["node", `${host}/index.js`, "127.0.0.1:4321"]), "127.0.0.1:4321");
            const flagged = ["node", host, "--logtostderr", "-v=9", "--tracing", "http://t:9411", "127.0.0.1:4321"];
            assert.equal(engineAddressOf(flagged), "127.0.0.1:4321");
        });

        it("finds none in any other process (a test runner, the program)", () => {
            assert.equal(engineAddressOf(["node", "/p/node_modules/.bin/mocha", "test/a.test.ts"]), undefined);
            assert.equal(engineAddressOf(["node", host]), undefined);
        });
    });

    describe("a wait's messages through the lifecycle", () => {
        let clock: FakeClock;
        let log: ReturnType<typeof recordingLog>;
        let session: Session;
        beforeEach(() => {
            clock = new FakeClock();
            log = recordingLog();
            session = scriptedSession(clock, log);
        });

        /** An import-like kind whose POST answers `t1` and whose GETs replay `fetches` (values or errors). */
        function scripted(fetches: unknown[]): TaskLifecycle {
            const kind: AnyDriver = {
                ...importTaskDriver,
                submit: () => Promise.resolve("t1"),
                fetch: () => {
                    const next = fetches.shift();
                    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next as ImportTaskResponse);
                },
            };
            return new TaskLifecycle(kind);
        }
        const inputs = { datasetId: "d", importPath: "obs://b/raw/", importType: "dir", __urn: URN };

        it("names the task first, then each poll's status, a failed poll, and the counts at the end", async () => {
            const lifecycle = scripted([
                { status: "RUNNING", finished_file_count: 1, total_file_count: 4 },
                new ModelArtsError({ method: "GET", path: "/x", status: 503, errorMsg: "busy" }),
                { status: "COMPLETED", imported_sample_count: 4, total_sample_count: 4, annotated_sample_count: 0 },
            ]);
            const { id } = await lifecycle.create(session, inputs);
            assert.equal(id, "t1");
            assert.deepEqual(
                log.entries.map((e) => [e.ephemeral, e.message]),
                [
                    [false, "created task t1, waiting up to 1h"],
                    [true, "RUNNING · 1/4 files · 25 %"],
                    [
                        true,
                        "RUNNING · 1/4 files · 25 % · poll failed: ModelArts GET /x failed: HTTP 503 busy; still waiting",
                    ],
                    [true, "COMPLETED"],
                    [false, "task t1 COMPLETED · 4/4 samples imported · 0 annotated"],
                ],
            );
            assert.ok(log.entries.every((e) => e.urn === URN && e.severity === "info"));
        });

        it("says when it resumes a kept task, and when a create re-runs one that failed", async () => {
            const lifecycle = scripted([{ status: "COMPLETED" }, { status: "COMPLETED" }]);
            await lifecycle.update(session, "t0", { ...inputs, status: "RUNNING" }, inputs);
            assert.equal(log.entries[0]?.message, "resuming task t0 kept in the stack (last seen RUNNING)");
            const failed = { ...inputs, taskId: "t0", status: "FAILED", errorCode: "ModelArts.4362", errorMsg: "no" };
            assert.deepEqual((await lifecycle.diff("t0", failed, inputs)).replaces, ["status"]);
            log.entries.length = 0;
            await lifecycle.create(session, inputs);
            const [created] = log.entries;
            assert.ok(created);
            assert.match(
                created.message,
                /^created task t1, waiting up to 1h · re-running: previous task t0 FAILED: ModelArts\.4362: no$/,
            );
        });
    });
});

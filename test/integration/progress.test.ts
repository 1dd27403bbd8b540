/**
 * What `pulumi up` shows while it waits (docs/design/progress.md), as the engine receives it: the provider's `Log`
 * requests, recorded by the harness's engine service, each with the URN of its resource.
 */
import assert from "node:assert/strict";
import { join } from "path";
import type { RecordedLog } from "../../harness/engine-service";
import { MockEngine } from "../../harness/engine";
import type { EngineState } from "../../harness/state";
import {
    DATASET_ID,
    EmulatedStack,
    isTask,
    modelarts,
    PNG,
    repoRoot,
    resourceNamed,
    startEmulatedStack,
    taskOps,
} from "../../testkit/emulated-stack";
import { until } from "../../testkit/until";

const pipelineDir = join(repoRoot, "examples", "pipeline");

/** The logs of the resource named `name`, by the URN the engine recorded for it. */
function logsOf(engine: MockEngine, name: string): RecordedLog[] {
    const { urn } = resourceNamed(engine, name);
    return engine.logs().filter((log) => log.urn === urn);
}

/** Waits for a log (they travel on their own connection, beside the provider's answers). */
async function untilLogged(engine: MockEngine, pattern: RegExp): Promise<RecordedLog> {
    await until(() => engine.logs().some((log) => pattern.test(log.message)));
    return engine.logs().find((log) => pattern.test(log.message))!;
}

describe("progress in pulumi up", function () {
    this.timeout(60_000);

    describe("the pipeline example", () => {
        let stack: EmulatedStack;
        before(async () => {
            stack = await startEmulatedStack({
                programPath: join(pipelineDir, "index.ts"),
                projectDir: pipelineDir,
                sampleData: true,
                emulator: { taskDurationMs: 2_500 },
            });
            const result = await stack.engine.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            await untilLogged(stack.engine, /^task \S+ SUCCESSED/);
        });
        after(() => stack.close());

        it("tags every message with the URN of its resource, as the engine recorded it", () => {
            const urns = new Set(stack.engine.state.resources.filter(isTask).map((r) => r.urn));
            assert.equal(urns.size, 5);
            const logs = stack.engine.logs();
            assert.ok(logs.length >= 9, `${logs.length} messages`);
            assert.deepEqual(
                logs.filter((log) => !urns.has(log.urn)),
                [],
            );
            assert.ok(logs.every((log) => log.severity === "INFO"));
        });

        // A dataset and a version are ready within two seconds here: their first poll may already see them ready,
        // so no status row is required of them.
        const expected: Array<[string, string, RegExp | undefined, RegExp]> = [
            ["animals", "dataset", undefined, /^NORMAL · \d+ samples · \d+ labeled$/],
            [
                "raw",
                "task",
                /^RUNNING · \d+\/12 files · \d+ %$/,
                /^COMPLETED · 12\/12 samples imported · \d+ annotated$/,
            ],
            ["validate", "task", /^RUNNING · \d+ s$/, /^COMPLETED · \d+ s · version \S+$/],
            ["release", "dataset version", undefined, /^PUBLISHED · V001 · 12 samples$/],
            ["to-obs", "task", /^RUNNING · (\d+\/12 samples · )?\d+ %$/, /^SUCCESSED · 12\/12 samples exported$/],
        ];
        for (const [name, noun, running, closing] of expected) {
            it(`${name}: the ${noun} id first and lasting, then the API's status and progress in its row, then the counts`, () => {
                const logs = logsOf(stack.engine, name);
                const { id } = resourceNamed(stack.engine, name);
                assert.deepEqual(logs[0], {
                    severity: "INFO",
                    message: `created ${noun} ${id}, waiting up to 1h`,
                    urn: resourceNamed(stack.engine, name).urn,
                    streamId: 0,
                    ephemeral: false,
                });
                const rows = logs.slice(1, -1);
                assert.ok(
                    rows.every((log) => log.ephemeral),
                    JSON.stringify(rows),
                );
                if (running !== undefined) {
                    assert.ok(
                        rows.some((log) => running.test(log.message)),
                        rows.map((log) => log.message).join("\n"),
                    );
                }
                const last = logs.at(-1)!;
                assert.equal(last.ephemeral, false);
                assert.ok(last.message.startsWith(`${noun} ${id} `), last.message);
                assert.match(last.message.slice(`${noun} ${id} `.length), closing);
            });
        }
    });

    describe("one import", () => {
        let stack: EmulatedStack;
        let knobs: { importPath: string; timeout?: string };
        const program = () => {
            new (modelarts().ImportTask)("raw", {
                datasetId: DATASET_ID,
                importPath: knobs.importPath,
                importType: "dir",
                ...(knobs.timeout === undefined ? {} : { timeout: knobs.timeout }),
            });
        };
        beforeEach(async () => {
            knobs = { importPath: "obs://bucket/raw/" };
            stack = await startEmulatedStack({ program, emulator: { taskDurationMs: 2_500 } });
            for (let i = 0; i < 3; i++) stack.putObject("bucket", `raw/cat-${i}.png`, PNG);
        });
        afterEach(() => stack.close());

        it("shows a throttled poll and its retry in the row", async () => {
            stack.emulator.planFault({
                route: "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}",
                fault: 429,
            });
            assert.equal((await stack.engine.up()).ok, true);
            const throttled = await untilLogged(
                stack.engine,
                /throttled by ModelArts \(HTTP 429\): retrying in \d+ s$/,
            );
            assert.equal(throttled.ephemeral, true);
            assert.equal(throttled.urn, resourceNamed(stack.engine, "raw").urn);
        });

        it("says it resumes a task kept after a timeout, and re-runs one that failed", async () => {
            knobs.timeout = "1s";
            assert.equal((await stack.engine.up()).ok, false);
            const kept = resourceNamed(stack.engine, "raw").id!;
            knobs.timeout = "1m";
            assert.equal((await stack.engine.up()).ok, true);
            const resumed = await untilLogged(stack.engine, /^resuming task/);
            assert.match(
                resumed.message,
                new RegExp(`^resuming task ${kept} kept in the stack \\(last seen (QUEUING|RUNNING)\\)$`),
            );
            assert.equal(resumed.ephemeral, false);

            knobs.importPath = "obs://bucket/empty/"; // nothing to import: the task ends FAILED
            assert.equal((await stack.engine.up()).ok, false);
            const failed = resourceNamed(stack.engine, "raw").id!;
            knobs.importPath = "obs://bucket/raw/";
            // The path changed back: the failed task is replaced anyway, and the create says what it re-runs.
            assert.equal((await stack.engine.up()).ok, true);
            const rerun = await untilLogged(stack.engine, /re-running/);
            const created = resourceNamed(stack.engine, "raw").id!;
            assert.match(
                rerun.message,
                new RegExp(`^created task ${created}, waiting up to 1m · re-running: previous task ${failed} FAILED: `),
            );
            assert.equal(rerun.urn, resourceNamed(stack.engine, "raw").urn);
        });

        it("learns the URN without a diff: renaming the stack and the project changes no resource", async () => {
            assert.equal((await stack.engine.up()).ok, true);
            const renamed = new MockEngine({
                program,
                projectDir: repoRoot,
                stack: "prod",
                project: "renamed-project",
                config: stack.engine.config,
                state: renameStack(
                    stack.engine.state,
                    "urn:pulumi:dev::modelarts-quickstart::",
                    "urn:pulumi:prod::renamed-project::",
                ),
            });
            try {
                const marker = renamed.transcript.entries.length;
                assert.deepEqual(taskOps(await renamed.preview()), ["same"]);
                assert.deepEqual(taskOps(await renamed.up()), ["same"]);
                const diffs = renamed.transcript.entries
                    .slice(marker)
                    .filter((e) => e.kind === "response" && e.method === "Diff");
                assert.deepEqual(
                    diffs.map((e) => e.data),
                    [
                        { changes: false, replaces: [], deleteBeforeReplace: false },
                        { changes: false, replaces: [], deleteBeforeReplace: false },
                    ],
                );
                knobs.timeout = "2m"; // an update: its messages carry the new URN
                assert.deepEqual(taskOps(await renamed.up()), ["update"]);
                // The task had finished: the update says it records provider-side inputs, and resumes nothing.
                const updated = await untilLogged(renamed, /^updating task .*: provider-side inputs only$/);
                assert.equal(
                    updated.urn,
                    "urn:pulumi:prod::renamed-project::pulumi-nodejs:dynamic/modelarts:ImportTask::raw",
                );
                assert.equal(updated.urn, resourceNamed(renamed, "raw").urn);
            } finally {
                await renamed.close();
            }
        });
    });
});

/** The state as `pulumi stack rename` leaves it: every URN under the new stack and project. */
function renameStack(state: EngineState, from: string, to: string): EngineState {
    return JSON.parse(JSON.stringify(state).split(from).join(to)) as EngineState;
}

/**
 * A failed step or a failed lookup in the middle of a program: the README pipeline's shape (`dependsOn` chains,
 * a lookup after the last step). The engine reports the failure and returns; the resources waiting on the
 * failed one are never registered, so they are neither created nor updated.
 */
import assert from "node:assert/strict";
import { modelarts, startEmulatedStack, type EmulatedStack } from "../../testkit/emulated-stack";
import { Echo } from "../../testkit/trivial-program/echo";
import { MockEngine } from "../engine";
import type { RunResult } from "../step";
import { callsAfter, describeCalls, echoOps, TRIVIAL_DIR } from "./trivial-stack";

/** Before the fix these runs never returned: fail with a message instead of at the test timeout. */
const RETURNS_WITHIN_MS = 20_000;

function run(engine: MockEngine, mode: "up" | "preview"): Promise<RunResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
            reject(new Error(`${mode} did not return within ${RETURNS_WITHIN_MS} ms`));
        }, RETURNS_WITHIN_MS);
    });
    return Promise.race([engine[mode](), timeout]).finally(() => {
        clearTimeout(timer);
    });
}

/** `bad` fails its check; `after` depends on it and takes its id; `last` depends on `after`; `free` on nothing. */
function chainOnFailedCheck(): Record<string, unknown> {
    const bad = new Echo("bad", { value: 42 as unknown as string });
    const after = new Echo("after", { value: "y", upstreamId: bad.id }, { dependsOn: bad });
    const last = new Echo("last", { value: "z" }, { dependsOn: after });
    new Echo("free", { value: "f" });
    return { lastId: last.id };
}

describe("MockEngine on a failing program (trivial program)", () => {
    let engine: MockEngine;
    afterEach(() => engine.close());

    for (const mode of ["preview", "up"] as const) {
        it(`${mode} reports a failed check and returns; what depends on it is never registered`, async () => {
            engine = new MockEngine({ program: chainOnFailedCheck, projectDir: TRIVIAL_DIR });

            const result = await run(engine, mode);

            assert.equal(result.ok, false);
            assert.deepEqual(echoOps(result.steps).sort(), ["create free", "failed bad"]);
            assert.ok(
                result.errors.some((e) => e.includes("bad has check failures: value: value must be a string")),
                result.errors.join("\n"),
            );
            const calls = describeCalls(callsAfter(engine, 0));
            assert.equal(
                calls.some((c) => / (after|last)$/.test(c)),
                false,
                calls.join(", "),
            );
            const inState = engine.state.resources.filter((r) => r.custom).map((r) => r.name);
            assert.deepEqual(inState, mode === "up" ? ["free"] : []);
        });
    }
});

describe("MockEngine on a program whose lookup fails (emulator)", () => {
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    for (const mode of ["preview", "up"] as const) {
        it(`${mode} fails the run with the lookup's message and returns; nothing waiting on it is created`, async () => {
            stack = await startEmulatedStack({
                program: () => {
                    const { ImportTask, getDatasetOutput } = modelarts();
                    const first = new ImportTask("first", {
                        datasetId: getDatasetOutput({ name: "cats-dogs" }).datasetId,
                        importPath: "obs://bucket/raw/",
                    });
                    // A lookup of a dataset nobody created, feeding a resource that also waits on `first`.
                    const missing = getDatasetOutput({ name: "no-such-dataset" });
                    const next = new ImportTask(
                        "next",
                        { datasetId: missing.datasetId, importPath: "obs://bucket/raw/" },
                        { dependsOn: first },
                    );
                    const last = new ImportTask(
                        "last",
                        { datasetId: first.taskId, importPath: "obs://bucket/raw/" },
                        { dependsOn: next },
                    );
                    return { samples: missing.totalSampleCount, last: last.taskId, first: first.taskId };
                },
            });
            stack.putObject("bucket", "raw/a.png", Buffer.alloc(8));

            const result = await run(stack.engine, mode);

            assert.equal(result.ok, false);
            assert.ok(
                result.errors.some((e) => e.includes('no dataset is named "no-such-dataset"')),
                result.errors.join("\n"),
            );
            const ops = result.steps.filter((s) => s.name !== "first" && s.type.includes("modelarts"));
            assert.deepEqual(ops, [], "`next` and `last` wait on the failed lookup: never registered");
            assert.deepEqual(
                result.steps.filter((s) => s.name === "first").map((s) => s.op),
                ["create"],
            );
        });
    }
});

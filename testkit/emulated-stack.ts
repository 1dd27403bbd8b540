/**
 * A stack under test: the emulator on a loopback port with a temp data dir, and a MockEngine whose program uses
 * the package by its name, configured for that emulator. Everything is torn down by `close()`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import {
    DEFAULT_PROJECT_ID,
    DEMO_CREDENTIALS,
    EmulatorOptions,
    RunningEmulator,
    stackConfig,
    startEmulator,
} from "../emulator/server";
import { HttpTransport } from "../provider/client/http";
import { MockEngine } from "../harness/engine";
import type { ResourceState } from "../harness/state";
import assert from "node:assert/strict";
import type { RunResult, Step } from "../harness/step";

export const repoRoot = join(__dirname, "..");
export const DATASET_ID = "gfghHSokody6AJigS5A";

export interface EmulatedStack {
    readonly emulator: RunningEmulator;
    readonly engine: MockEngine;
    readonly dataDir: string;
    /** Writes a file into the emulated object storage (`obs://bucket/key`). */
    putObject(bucket: string, key: string, content: string | Buffer): void;
    /**
     * Calls the emulator's API directly, signed with the stack's credentials (path below `/v2/<project id>`), to
     * arrange what a test needs outside the program: a dataset that already has samples, a task deleted behind
     * the stack's back. Throws the client's `ModelArtsError` on an error answer.
     */
    api<T = Record<string, unknown>>(
        method: "GET" | "POST" | "PUT" | "DELETE",
        path: string,
        body?: unknown,
    ): Promise<T>;
    /** Creates a dataset whose samples are the files under `dataPath` (`obs://bucket/dir/`); resolves to its id. */
    createDataset(name: string, dataPath: string): Promise<string>;
    close(): Promise<void>;
}

/** Give `program` (an inline program, run in the repository root) or `programPath` (an example's entry module). */
export interface EmulatedStackOptions {
    readonly program?: () => unknown;
    readonly programPath?: string;
    /** The provider host's cwd and the `Pulumi.yaml` that names the project; the repository root by default. */
    readonly projectDir?: string;
    readonly emulator?: Partial<EmulatorOptions>;
    /** Extra stack config, or overrides of the provider config (an empty value counts as unset). */
    readonly config?: Record<string, string>;
    /** Extra environment variables of the provider host. */
    readonly env?: Record<string, string>;
    /** Copy the shipped sample data (`examples/sample-data`) into the data dir. */
    readonly sampleData?: boolean;
    /** The engine address the provider host is given; by default the harness's engine service. */
    readonly engineAddress?: string;
}

export async function startEmulatedStack(options: EmulatedStackOptions): Promise<EmulatedStack> {
    const dataDir = mkdtempSync(join(tmpdir(), "modelarts-test-"));
    if (options.sampleData) cpSync(join(repoRoot, "examples", "sample-data"), dataDir, { recursive: true });
    const emulator = await startEmulator({
        dataDir,
        datasets: [{ id: DATASET_ID, name: "cats-dogs" }],
        taskDurationMs: 300,
        ...options.emulator,
    });
    const engine = new MockEngine({
        program: options.program,
        programPath: options.programPath,
        projectDir: options.projectDir ?? repoRoot,
        config: { ...stackConfig(emulator.url), ...options.config },
        env: options.env,
        engineAddress: options.engineAddress,
    });
    const api: EmulatedStack["api"] = (method, path, body) => {
        const credentials = { kind: "aksk" as const, ...DEMO_CREDENTIALS };
        const transport = new HttpTransport({ endpoint: emulator.url, projectId: DEFAULT_PROJECT_ID, credentials });
        return transport.send({ method, path: `/v2/${DEFAULT_PROJECT_ID}${path}`, body });
    };
    return {
        emulator,
        engine,
        dataDir,
        api,
        putObject(bucket, key, content) {
            const file = join(dataDir, "obs", bucket, key);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, content);
        },
        async createDataset(name, dataPath) {
            const location = /^(?:obs:\/)?\/([^/]+)\//.exec(dataPath);
            const body = {
                dataset_name: name,
                dataset_type: 0,
                data_sources: [{ data_type: 0, data_path: dataPath }],
                work_path: `/${location?.[1] ?? ""}/datasets-work/`,
                work_path_type: 0,
            };
            const id = (await api<{ dataset_id: string }>("POST", "/datasets", body)).dataset_id;
            // A new dataset imports its data source first: tasks see its samples once it is normal (status 1).
            const status = async () => (await api<{ status: number }>("GET", `/datasets/${id}`)).status;
            for (let polls = 0; polls < 100 && (await status()) !== 1; polls++) {
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            assert.equal(await status(), 1, `dataset ${name} is normal`);
            return id;
        },
        async close() {
            await engine.close();
            await emulator.close();
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

/** The package as a user's program loads it: by its name, from the build output. */
export function modelarts(): typeof import("../provider") {
    return require("pulumi-modelarts-data");
}

/** Steps of the task resources (the stack itself also reports a step). */
export const isTask = (step: Pick<Step, "type">): boolean => step.type.startsWith("pulumi-nodejs:dynamic/modelarts:");

/** The operations of a run on the task resources, in the order they finished. */
export const taskOps = (result: Pick<RunResult, "steps">): string[] => result.steps.filter(isTask).map((s) => s.op);

/**
 * Asserts what a user must see of a stack of one resource that is up to date: the same program again shows `same`,
 * a refresh reads it unchanged, `same` again after it, and the service holds one task of `kind` in all (or, for a
 * dataset or version, `created()` counts one).
 */
export async function assertSteady(
    stack: EmulatedStack,
    kind: "import" | "export" | "processor" | { readonly created: () => number },
): Promise<void> {
    assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);
    const refreshed = await stack.engine.refresh();
    assert.deepEqual(
        refreshed.steps.filter(isTask).map((s) => [s.op, s.changed]),
        [["read", false]],
    );
    assert.deepEqual(taskOps(await stack.engine.up()), ["same"]);
    assert.equal(typeof kind === "string" ? stack.emulator.createdTasks()[kind] : kind.created(), 1);
}

/** The resource named `name` in the engine's state; fails the test when there is none. */
export function resourceNamed(engine: MockEngine, name: string): ResourceState {
    const resource = engine.state.resources.find((r) => r.name === name);
    if (resource === undefined) throw new Error(`no resource named ${name} in the state`);
    return resource;
}

/** A PNG signature and header: enough for the emulator to count (and validate) the file as an image sample. */
export const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

/**
 * A stack under test: the emulator on a loopback port with a temp data dir, and a MockEngine whose program uses
 * the package by its name, configured for that emulator. Everything is torn down by `close()`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { DEFAULT_PROJECT_ID, DEMO_CREDENTIALS, EmulatorOptions, RunningEmulator, startEmulator } from "../../emulator/server";
import { MockEngine } from "../harness/engine";

export const repoRoot = join(__dirname, "..", "..");
export const DATASET_ID = "gfghHSokody6AJigS5A";

export interface EmulatedStack {
    readonly emulator: RunningEmulator;
    readonly engine: MockEngine;
    readonly dataDir: string;
    /** Writes a file into the emulated object storage (`obs://bucket/key`). */
    putObject(bucket: string, key: string, content: string | Buffer): void;
    close(): Promise<void>;
}

export interface EmulatedStackOptions {
    readonly program: () => unknown;
    readonly emulator?: Partial<EmulatorOptions>;
    /** Extra stack config, or overrides of the provider config. */
    readonly config?: Record<string, string>;
    /** Copy the shipped sample data (`examples/sample-data`) into the data dir. */
    readonly sampleData?: boolean;
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
        projectDir: repoRoot,
        config: {
            "modelarts:endpoint": emulator.url,
            "modelarts:projectId": DEFAULT_PROJECT_ID,
            "modelarts:accessKey": DEMO_CREDENTIALS.accessKey,
            "modelarts:secretKey": DEMO_CREDENTIALS.secretKey,
            ...options.config,
        },
    });
    return {
        emulator,
        engine,
        dataDir,
        putObject(bucket, key, content) {
            const file = join(dataDir, "obs", bucket, key);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, content);
        },
        async close() {
            await engine.close();
            await emulator.close();
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

/** The package as a user's program loads it: by its name, from the build output. */
export function modelarts(): typeof import("../../provider/index") {
    return require("pulumi-modelarts-data");
}

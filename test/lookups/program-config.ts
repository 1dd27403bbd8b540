/**
 * The lookups' tests: an emulator on a loopback port, and the program's stack config pointing at it, set as the
 * language host sets it (`pulumi.runtime.setAllConfig`), so the lookups resolve their settings as in a program.
 */
import * as pulumi from "@pulumi/pulumi";
import { EmulatorOptions, RunningEmulator, stackConfig, startEmulator } from "../../emulator/server";
import { cpSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** An emulator with the shipped sample data, and the program config set for it until `close()`. */
export interface LookupEmulator {
    readonly emulator: RunningEmulator;
    /** Requests the emulator received since the last call (method and path only). */
    takeRequests(): string[];
    close(): Promise<void>;
}

export async function startLookupEmulator(options: Partial<EmulatorOptions> = {}): Promise<LookupEmulator> {
    const dataDir = mkdtempSync(join(tmpdir(), "lookups-test-"));
    cpSync(join(__dirname, "..", "..", "examples", "sample-data"), dataDir, { recursive: true });
    const emulator = await startEmulator({ dataDir, taskDurationMs: 50, ...options });
    pulumi.runtime.setAllConfig(stackConfig(emulator.url));
    let seen = 0;
    return {
        emulator,
        takeRequests() {
            const fresh = emulator.requests.slice(seen).map((r) => `${r.method} ${r.path}`);
            seen = emulator.requests.length;
            return fresh;
        },
        async close() {
            pulumi.runtime.setAllConfig({});
            await emulator.close();
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
}

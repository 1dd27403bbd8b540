/**
 * The emulator in a process of its own (`dist/emulator/cli.js`, hence `npm run build` first): its memory and its
 * work reading files are not the benchmark's, so the RSS measured is the listing client's alone.
 */
import { ChildProcess, spawn } from "child_process";
import { join } from "path";

/** A running emulator process. */
export interface EmulatorProcess {
    readonly url: string;
    stop(): Promise<void>;
}

/** Starts the emulator on a free loopback port over `dataDir`, resolving with its URL from its first line. */
export function startEmulatorProcess(dataDir: string): Promise<EmulatorProcess> {
    const cli = join(__dirname, "..", "..", "dist", "emulator", "cli.js");
    const child: ChildProcess = spawn(process.execPath, [cli, "--data-dir", dataDir, "--port", "0"], {
        stdio: ["ignore", "pipe", "inherit"],
    });
    return new Promise((resolve, reject) => {
        let text = "";
        child.once("error", reject);
        child.stdout?.on("data", (chunk: Buffer) => {
            text += chunk.toString("utf8");
            const url = /listening on (http:\/\/\S+)/.exec(text)?.[1];
            if (url === undefined) return;
            child.stdout?.removeAllListeners("data");
            child.stdout?.resume();
            resolve({
                url,
                stop: () =>
                    new Promise((done) => {
                        child.once("exit", () => {
                            done();
                        });
                        child.kill("SIGTERM");
                    }),
            });
        });
    });
}

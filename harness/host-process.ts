/**
 * Starts the SDK's dynamic-provider host the way the engine's `pulumi-resource-pulumi-nodejs` plugin does:
 * `node <@pulumi/pulumi resolved from the program directory>/cmd/dynamic-provider <engine address>`, with the
 * program directory as working directory, because the serialized provider `require`s packages from there at
 * run time (docs/architecture.md, fact 1). The host prints its gRPC port on stdout, then serves. The engine address
 * is where the provider sends its progress messages (`engine-service.ts`; docs/architecture.md, fact 12).
 */
import { spawn, type ChildProcess } from "child_process";
import { createInterface } from "readline";
import type { Transcript } from "./transcript";

/** How long the host may take to print its port (it loads the SDK: about a second, more on a busy machine). */
const START_TIMEOUT_MS = 30_000;

/** A running host process and the port it listens on. */
export interface HostProcess {
    readonly child: ChildProcess;
    readonly port: number;
    /** Resolves when the process has exited. */
    readonly exited: Promise<void>;
}

/**
 * Spawns the host in `cwd` with the engine's address, records its output in `transcript`, and resolves once it has
 * printed its port.
 */
export function spawnHostProcess(
    cwd: string,
    env: NodeJS.ProcessEnv,
    engineAddress: string,
    transcript: Transcript,
): Promise<HostProcess> {
    const script = require.resolve("@pulumi/pulumi/cmd/dynamic-provider", { paths: [cwd] });
    const child = spawn(process.execPath, [script, engineAddress], {
        cwd,
        env,
        stdio: ["ignore", "pipe", "pipe"],
    });
    const stderr: string[] = [];
    const exited = new Promise<void>((resolve) => {
        child.once("exit", (code, signal) => {
            transcript.record("exit", { code, signal });
            resolve();
        });
    });
    createInterface({ input: child.stderr }).on("line", (line) => {
        stderr.push(line);
        transcript.record("stderr", line);
    });
    child.on("error", (error) => transcript.record("stderr", `host process error: ${error.message}`));
    return new Promise((resolve, reject) => {
        const fail = (why: string) => {
            clearTimeout(timer);
            child.kill();
            reject(new Error(`dynamic-provider host (${script}, cwd ${cwd}) ${why}; stderr:\n${stderr.join("\n")}`));
        };
        const timer = setTimeout(() => {
            fail(`printed no port within ${START_TIMEOUT_MS} ms`);
        }, START_TIMEOUT_MS);
        const onError = (error: Error) => {
            fail(`could not start: ${error.message}`);
        };
        const onEarlyExit = (code: number | null) => {
            fail(`exited with code ${code} before printing its port`);
        };
        child.once("error", onError);
        child.once("exit", onEarlyExit);
        let port: number | undefined;
        createInterface({ input: child.stdout }).on("line", (line) => {
            if (port === undefined && /^\d+$/.test(line.trim())) {
                port = Number(line.trim());
                clearTimeout(timer);
                child.off("error", onError);
                child.off("exit", onEarlyExit);
                resolve({ child, port, exited });
                return;
            }
            transcript.record("stdout", line);
        });
    });
}

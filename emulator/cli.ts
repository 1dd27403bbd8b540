#!/usr/bin/env node
/**
 * `modelarts-emulator` (package bin, `dist/emulator/cli.js`): starts the emulator, prints
 * `ModelArts emulator listening on <url>` as its first line, and stops cleanly on SIGINT/SIGTERM.
 */
import { cpSync } from "fs";
import { USAGE, parseCli } from "./cli-args";
import { startEmulator } from "./server";

async function main(): Promise<void> {
    let request;
    try {
        request = parseCli(process.argv.slice(2));
    } catch (error) {
        process.stderr.write(`modelarts-emulator: ${(error as Error).message}\n\n${USAGE}`);
        process.exit(2);
    }
    if (request.help || request.options === undefined) {
        process.stdout.write(USAGE);
        return;
    }
    if (request.seedData !== undefined) {
        cpSync(request.seedData, request.options.dataDir, { recursive: true, force: false });
    }
    const log = request.verbose ? (line: string) => process.stdout.write(`${line}\n`) : undefined;
    const emulator = await startEmulator({ ...request.options, log });
    process.stdout.write(`ModelArts emulator listening on ${emulator.url}\n`);
    const shutdown = () => void emulator.close().then(() => process.exit(0));
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
    process.stderr.write(`modelarts-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});

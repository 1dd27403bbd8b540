#!/usr/bin/env node
/**
 * `modelarts-emulator` (package bin, `dist/emulator/cli.js`; `npx modelarts-emulator` where the package is
 * installed): starts the emulator, prints `ModelArts emulator listening on <url>` as its first line, then how to
 * configure a stack for it (`cli-banner.ts`), and stops cleanly on SIGINT/SIGTERM. See docs/emulator.md.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { banner } from "./cli-banner";
import { USAGE, parseCli, seedDatasets } from "./cli-args";
import { DEFAULT_PROJECT_ID, DEMO_CREDENTIALS, startEmulator } from "./server";

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
    const dataDir = request.temporaryDataDir
        ? mkdtempSync(join(tmpdir(), "modelarts-emulator-"))
        : request.options.dataDir;
    const seeded = [];
    if (request.seedData !== undefined) {
        cpSync(request.seedData, dataDir, { recursive: true, force: false });
        const listing = join(request.seedData, "datasets.json");
        seeded.push(...seedDatasets(existsSync(listing) ? readFileSync(listing, "utf8") : undefined, listing));
    }
    const datasets = [...seeded, ...(request.options.datasets ?? [])];
    const log = request.verbose ? (line: string) => process.stdout.write(`${line}\n`) : undefined;
    const emulator = await startEmulator({ ...request.options, dataDir, datasets, log });
    process.stdout.write(`ModelArts emulator listening on ${emulator.url}\n`);
    const credential = request.options.credentials?.[0] ?? DEMO_CREDENTIALS;
    const projectId = request.options.projectId ?? DEFAULT_PROJECT_ID;
    process.stdout.write(banner(emulator, { projectId, ...credential, dataDir }));
    const shutdown = () => void emulator.close().then(() => process.exit(0));
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
    process.stderr.write(`modelarts-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});

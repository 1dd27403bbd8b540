#!/usr/bin/env node
/**
 * `modelarts-emulator` (package bin, `dist/emulator/cli.js`; `npx modelarts-emulator` where the package is
 * installed): starts the emulator, prints `ModelArts emulator listening on <url>` as its first line, then how to
 * configure a stack for it (`cli-banner.ts`), and stops cleanly when signalled or when its parent exits
 * (`cli-lifetime.ts`). See docs/emulator.md.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { banner } from "./cli-banner";
import { USAGE, parseCli, seedDatasets, type CliRequest } from "./cli-args";
import { listenErrorMessage, stopWhenAsked } from "./cli-lifetime";
import { writeSampleData } from "./sample-data";
import { DEFAULT_PROJECT_ID, DEMO_CREDENTIALS, startEmulator, type PresetDataset } from "./server";

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
    const datasets = [...seed(request, dataDir), ...(request.options.datasets ?? [])];
    const log = request.verbose ? (line: string) => process.stdout.write(`${line}\n`) : undefined;
    const { host = "127.0.0.1", port = 0 } = request.options;
    let emulator;
    try {
        emulator = await startEmulator({ ...request.options, dataDir, datasets, log });
    } catch (error) {
        // On stdout too: scripts wait for the first line on stdout and would otherwise wait forever.
        fail(listenErrorMessage(error, host, port));
    }
    process.stdout.write(`ModelArts emulator listening on ${emulator.url}\n`);
    const credential = request.options.credentials?.[0] ?? DEMO_CREDENTIALS;
    const projectId = request.options.projectId ?? DEFAULT_PROJECT_ID;
    const seeded = datasets.length > 0;
    process.stdout.write(banner(emulator, { projectId, ...credential, dataDir, seeded, pid: process.pid }));
    const running = emulator;
    stopWhenAsked(() => void running.close().then(() => process.exit(0)));
}

/** Copies `--seed-data` and `--sample-data` into the data directory; the datasets they list. */
function seed(request: CliRequest, dataDir: string): PresetDataset[] {
    const seeded: PresetDataset[] = [];
    const copy = (dir: string) => {
        cpSync(dir, dataDir, { recursive: true, force: false });
        const listing = join(dir, "datasets.json");
        seeded.push(...seedDatasets(existsSync(listing) ? readFileSync(listing, "utf8") : undefined, listing));
    };
    if (request.seedData !== undefined) copy(request.seedData);
    if (request.sampleData) {
        // Written by code (`sample-data.ts`), so the installed package needs no copy of examples/sample-data.
        const sample = mkdtempSync(join(tmpdir(), "modelarts-sample-"));
        try {
            writeSampleData(sample);
            copy(sample);
        } finally {
            rmSync(sample, { recursive: true, force: true });
        }
    }
    return seeded;
}

function fail(message: string): never {
    const line = `modelarts-emulator: ${message}\n`;
    process.stdout.write(line);
    process.stderr.write(line);
    process.exit(1);
}

main().catch((error: unknown) => {
    fail(error instanceof Error ? error.message : String(error));
});

/**
 * Listing an OBS path: ours (`summarizeObsPath`, the fingerprint) against the official client's `listObjects` loop,
 * on the emulator, at 1 000, 10 000 and 100 000 objects. See bench/README.md ("Source listing").
 *
 *   npm run bench:source -- [--sizes 1000,10000,100000] [--runs 3] [--json out.json]
 *
 * Each contender runs `--runs` times per size, in alternating order; the row kept is the run of median wall time.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "util";
import { Row, runOfficial, runOurs } from "./contenders";
import { startEmulatorProcess } from "./emulator-process";
import { writeObjects } from "./objects";
import { report } from "./table";

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: { sizes: { type: "string" }, runs: { type: "string" }, json: { type: "string" } },
    });
    const sizes = (values.sizes ?? "1000,10000,100000").split(",").map(Number);
    const runs = Number(values.runs ?? 3);
    const dataDir = mkdtempSync(join(tmpdir(), "bench-source-"));
    const paths = sizes.map((n) => writeObjects(dataDir, `bench-${n}`, n));
    const emulator = await startEmulatorProcess(dataDir);
    const rows: Row[] = [];
    try {
        for (const [i, n] of sizes.entries()) {
            const path = paths[i] ?? "";
            await runOurs(emulator.url, path, n); // warm-up: the emulator builds its key index once
            const ours: Row[] = [];
            const official: Row[] = [];
            for (let run = 0; run < runs; run++) {
                if (run % 2 === 0) {
                    ours.push(await runOurs(emulator.url, path, n));
                    official.push(await runOfficial(emulator.url, path, n));
                } else {
                    official.push(await runOfficial(emulator.url, path, n));
                    ours.push(await runOurs(emulator.url, path, n));
                }
            }
            rows.push(median(ours), median(official));
        }
    } finally {
        await emulator.stop();
        rmSync(dataDir, { recursive: true, force: true });
    }
    for (const line of report(rows)) console.log(line);
    if (values.json !== undefined) {
        writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
        console.log(`\nJSON written to ${values.json}`);
    }
}

function median(rows: readonly Row[]): Row {
    const sorted = [...rows].sort((a, b) => a.wallMs - b.wallMs);
    const row = sorted[Math.floor(sorted.length / 2)];
    if (row === undefined) throw new Error("no run");
    return row;
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});

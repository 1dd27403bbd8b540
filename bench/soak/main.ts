/**
 * Soak benchmark (bench/README.md). Run after `npm run build` (the provider host loads the package from `dist/`):
 *   npx ts-node -P tsconfig.json bench/soak/main.ts [--tasks N] [--seed S] [--faults SPEC] [--task-duration MS]
 *     [--timeout D] [--max-ups N] [--json FILE]
 * Applies a stack of task resources through the engine-side harness against the emulator injecting faults of
 * every kind, restarts the emulator and kills the provider host during the first `up`s, runs `up` until nothing
 * changes, then prints what the server holds against what was requested (method and definitions:
 * bench/README.md). Exits 0 even when a target is missed: it is a measurement, not a test.
 */
import { writeFileSync } from "node:fs";
import { readSoakOptions } from "./options";
import { soakReport } from "./report";
import { runSoak } from "./stack";
import { formatSoakReport } from "./table";

async function main(): Promise<void> {
    const { jsonPath, ...settings } = readSoakOptions();
    const record = await runSoak(settings, (line) => {
        console.error(line);
    });
    const report = soakReport(settings, record);
    console.log(formatSoakReport(report).join("\n"));
    if (jsonPath) {
        writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
        console.log(`\nJSON written to ${jsonPath}`);
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

/**
 * Waiter benchmark (bench/README.md, "Waiter"). Run:
 *   npx ts-node -P tsconfig.json bench/waiter/main.ts [--runs N] [--seed S] [--spread F] [--rate-walk W]
 *     [--startup S] [--steps N] [--json out.json]
 * Prints one table (schedule × task duration → GETs, mean and p95 detection lag, PASS/FAIL of ours, with and
 * without progress, against the README's targets) and two lines per duration comparing ours with the other
 * schedules. Exits 0 even when a target fails: it is a measurement, not a test.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { BenchmarkOptions, runWaiterBenchmark, TASK_DURATIONS_S } from "./benchmark";
import { formatComparisonLines, formatTable } from "./table";
import { compareWithCompetitors, targetFailures, targetOf } from "./verdicts";

function readOptions(): BenchmarkOptions & { readonly jsonPath?: string } {
    const { values } = parseArgs({
        options: {
            runs: { type: "string", default: "20000" },
            seed: { type: "string", default: "1" },
            spread: { type: "string", default: "0.05" },
            "rate-walk": { type: "string", default: "0.3" },
            startup: { type: "string", default: "0.2" },
            steps: { type: "string", default: "100" },
            json: { type: "string" },
        },
    });
    const runs = Number(values.runs);
    const seed = Number(values.seed);
    const spread = Number(values.spread);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
    if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
    if (!(spread >= 0 && spread < 1)) throw new Error(`--spread must be in [0, 1), got "${values.spread}"`);
    const rateWalk = Number(values["rate-walk"]);
    const startup = Number(values.startup);
    const steps = Number(values.steps);
    if (!(rateWalk >= 0 && rateWalk < 1))
        throw new Error(`--rate-walk must be in [0, 1), got "${values["rate-walk"]}"`);
    if (!(startup >= 0 && startup < 1)) throw new Error(`--startup must be in [0, 1), got "${values.startup}"`);
    if (!Number.isInteger(steps) || steps < 1)
        throw new Error(`--steps must be a positive integer, got "${values.steps}"`);
    return { runs, seed, spread, rateWalk, startup, steps, jsonPath: values.json };
}

async function main(): Promise<void> {
    const { jsonPath, ...settings } = readOptions();
    const spreadPercent = percent(settings.spread);
    console.log(
        `Waiter benchmark: ${settings.runs} runs per task duration, seed ${settings.seed}, ` +
            `completion at T × (1 ± ${spreadPercent} %), fake clock, GETs take no time.\n` +
            `Progress: nothing moves for a start-up of 0–${percent(settings.startup)} % of T, then a rate wandering ` +
            `within ±${percent(settings.rateWalk)} % of its mean, seen in steps of 1/${settings.steps}.\n`,
    );
    const measurements = await runWaiterBenchmark(settings);
    console.log(formatTable(measurements).join("\n"));
    console.log("");
    const byDuration = TASK_DURATIONS_S.map((durationS) => {
        const comparisons = compareWithCompetitors(measurements.filter((m) => m.durationS === durationS));
        console.log(formatComparisonLines(durationS, comparisons).join("\n"));
        return { durationS, comparisons };
    });
    if (jsonPath) {
        const targets = measurements
            .filter((m) => m.contender === "ours")
            .map((m) => {
                const failures = targetFailures(m.summary, targetOf(m));
                return {
                    durationS: m.durationS,
                    progress: m.progress,
                    target: targetOf(m),
                    pass: !failures.length,
                    failures,
                };
            });
        const comparisons = byDuration.flatMap(({ durationS, comparisons }) =>
            comparisons.map((c) => ({ durationS, ...c })),
        );
        writeFileSync(jsonPath, `${JSON.stringify({ settings, measurements, targets, comparisons }, null, 2)}\n`);
        console.log(`\nJSON written to ${jsonPath}`);
    }
}

function percent(share: number): number {
    return Number((share * 100).toFixed(1));
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

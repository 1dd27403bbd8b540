/**
 * Cost-per-resource benchmark (bench/README.md). Run after `npm run build` (the host loads the built package):
 *   npx ts-node -P tsconfig.json bench/cost/main.ts [--runs N] [--profile-runs N] [--checks N] [--warmup N]
 *     [--labels N] [--operators N] [--baseline DIR] [--json out.json]
 * Prints the `__provider` size of each resource kind, the host's start-up to its first answered Check against
 * the trivial provider's (and against another build of the package in DIR, for before/after), where our first
 * Check spends its time, and `check` latency for large valid inputs. Progress goes to stderr. Exits 0 even when a
 * target fails: it is a measurement, not a test.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CostSettings, runCostBenchmark } from "./benchmark";
import { DEFAULT_LARGE_INPUT } from "./inputs";
import { formatReport } from "./report";
import { compareStartups, providerSizeVerdict } from "./targets";

function readOptions(): CostSettings & { readonly jsonPath?: string } {
    const { values } = parseArgs({
        options: {
            runs: { type: "string", default: "15" },
            "profile-runs": { type: "string", default: "7" },
            checks: { type: "string", default: "300" },
            warmup: { type: "string", default: "30" },
            labels: { type: "string", default: String(DEFAULT_LARGE_INPUT.labels) },
            operators: { type: "string", default: String(DEFAULT_LARGE_INPUT.operators) },
            baseline: { type: "string" },
            json: { type: "string" },
        },
    });
    const baseline = values.baseline === undefined ? undefined : resolve(values.baseline);
    if (baseline !== undefined && !existsSync(join(baseline, "dist", "provider", "impl", "lifecycle.js"))) {
        throw new Error(
            `--baseline must be the root of a built copy of the package (no dist/provider/impl/lifecycle.js in ${baseline})`,
        );
    }
    const count = (name: keyof typeof values, min: number, max = Infinity) => {
        const value = Number(values[name]);
        if (!Number.isInteger(value) || value < min || value > max) {
            throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${values[name]}"`);
        }
        return value;
    };
    return {
        runs: count("runs", 1),
        profileRuns: count("profile-runs", 1),
        checks: count("checks", 1),
        warmup: count("warmup", 0),
        // The schemas' own limits: a larger input would be invalid, and the benchmark times valid ones.
        largeInput: {
            ...DEFAULT_LARGE_INPUT,
            labels: count("labels", 1, 1_000),
            operators: count("operators", 1, 100),
        },
        ...(baseline === undefined ? {} : { baseline }),
        jsonPath: values.json,
    };
}

async function main(): Promise<void> {
    const { jsonPath, ...settings } = readOptions();
    const report = await runCostBenchmark(settings, (what) => {
        console.error(`… ${what}`);
    });
    console.log(formatReport(report).join("\n"));
    if (jsonPath) {
        const startup = compareStartups(report.startup.ours, report.startup.trivial);
        const [installed] = report.providerTexts.variants;
        if (!installed) throw new Error("the report has no __provider texts");
        const verdicts = {
            providerBytes: Object.entries(installed.bytes).map(([kind, bytes]) => ({
                kind,
                bytes,
                verdict: providerSizeVerdict(bytes),
            })),
            startup,
        };
        writeFileSync(jsonPath, `${JSON.stringify({ ...report, verdicts }, null, 2)}\n`);
        console.log(`\nJSON written to ${jsonPath}`);
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

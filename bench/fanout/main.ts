/**
 * Fan-out benchmark (bench/README.md). Run after `npm run build` (the provider host loads the built package):
 *   npx ts-node -P tsconfig.json bench/fanout/main.ts [--kinds ImportTask,ExportTask,ProcessorTask] [--sizes 1,10,50,200]
 *       [--duration-ms 3000] [--rate-limit 50] [--json out.json]
 * For each kind and N: one stack of N tasks (each with its own dataset, path or name, so none waits for another)
 * applied by one `up` through one provider host, as Pulumi runs it, against the emulator with that task duration
 * and a gateway limit answering 429 above it. Prints wall time against the ideal, requests per task, 429s and
 * failures, and the per-second request rate of the largest N of each kind. Exits 0 even when a target fails: it
 * is a measurement.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startEmulatedStack } from "../../testkit/emulated-stack";
import {
    fleetDatasets,
    fleetObjects,
    fleetProgram,
    fleetTask,
    TASK_KINDS,
    type TaskKindName,
} from "../../testkit/task-fleet";
import { fanoutFigures, FanoutFigures, MIN_REQUESTS_PER_TASK } from "./metrics";

interface Settings {
    readonly kinds: readonly TaskKindName[];
    readonly sizes: readonly number[];
    readonly taskDurationMs: number;
    readonly limitPerSecond: number;
    /** Time after the first request from which the rate is judged settled. */
    readonly settleMs: number;
}

interface Result extends FanoutFigures {
    readonly kind: TaskKindName;
    /** `up` from its call to its answer: harness and program overhead included. */
    readonly upMs: number;
    readonly failedResources: number;
    readonly createdTasks: number;
}

function readSettings(): Settings & { readonly jsonPath?: string } {
    const { values } = parseArgs({
        options: {
            kinds: { type: "string", default: TASK_KINDS.join(",") },
            sizes: { type: "string", default: "1,10,50,200" },
            "duration-ms": { type: "string", default: "3000" },
            "rate-limit": { type: "string", default: "50" },
            json: { type: "string" },
        },
    });
    const kinds = values.kinds.split(",") as TaskKindName[];
    if (!kinds.every((k) => TASK_KINDS.includes(k)))
        throw new Error(`--kinds must list ${TASK_KINDS.join(", ")}, got "${values.kinds}"`);
    const sizes = values.sizes.split(",").map(Number);
    const taskDurationMs = Number(values["duration-ms"]);
    const limitPerSecond = Number(values["rate-limit"]);
    if (!sizes.every((n) => Number.isInteger(n) && n > 0))
        throw new Error(`--sizes must list positive integers, got "${values.sizes}"`);
    if (!(taskDurationMs > 0)) throw new Error(`--duration-ms must be positive, got "${values["duration-ms"]}"`);
    if (!(limitPerSecond > 0)) throw new Error(`--rate-limit must be positive, got "${values["rate-limit"]}"`);
    return { kinds, sizes, taskDurationMs, limitPerSecond, settleMs: 3_000, jsonPath: values.json };
}

const COUNTERS = { ImportTask: "import", ExportTask: "export", ProcessorTask: "processor" } as const;

async function measure(kind: TaskKindName, tasks: number, settings: Settings): Promise<Result> {
    const fleet = Array.from({ length: tasks }, (_, i) => fleetTask(kind, i));
    const stack = await startEmulatedStack({
        program: fleetProgram(() => fleet),
        emulator: {
            datasets: fleetDatasets(tasks),
            taskDurationMs: settings.taskDurationMs,
            rateLimitPerSecond: settings.limitPerSecond,
        },
    });
    try {
        for (const [bucket, key, content] of fleetObjects(tasks)) stack.putObject(bucket, key, content);
        await stack.engine.preview(); // starts the host and loads the program: not part of the measured up
        const startedAt = Date.now();
        const result = await stack.engine.up();
        const upMs = Date.now() - startedAt;
        const figures = fanoutFigures(stack.emulator.requests, {
            tasks,
            minRequests: MIN_REQUESTS_PER_TASK[kind],
            ...settings,
        });
        const failedResources = result.steps.filter((s) => s.op === "failed").length;
        return { kind, ...figures, upMs, failedResources, createdTasks: stack.emulator.createdTasks()[COUNTERS[kind]] };
    } finally {
        await stack.close();
    }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function formatRow(r: Result): string {
    const ratio = r.spanMs / r.idealMs;
    const verdict = r.failedResources === 0 && ratio <= 1.5 && r.createdTasks === r.tasks ? "PASS" : "FAIL";
    return [
        r.kind.padEnd(14),
        String(r.tasks).padEnd(5),
        s(r.spanMs).padEnd(8),
        s(r.idealMs).padEnd(8),
        `${ratio.toFixed(2)}×`.padEnd(7),
        s(r.upMs).padEnd(8),
        s(r.lastCreateMs).padEnd(11),
        r.requestsPerTask.toFixed(1).padEnd(9),
        String(r.throttled).padEnd(5),
        `${(r.throttledShareAfterSettle * 100).toFixed(1)} %`.padEnd(10),
        String(r.peakAcceptedPerSecondAfterSettle).padEnd(9),
        String(r.failedResources).padEnd(8),
        verdict,
    ].join(" ");
}

async function main(): Promise<void> {
    const { jsonPath, ...settings } = readSettings();
    console.log(
        `Fan-out benchmark: N tasks in one up, one provider host; task duration ${s(settings.taskDurationMs)}, ` +
            `gateway limit ${settings.limitPerSecond} requests/s (429 above it, Retry-After).\n` +
            "span: first request to last; ideal: the shortest span any client knowing the limit could take, the later of\n" +
            "task duration + (N × requests before a start − burst) / limit and (N × fewest requests − burst) / limit, where\n" +
            "before a start: 1 (POST), 2 for an export (it lists first); fewest: one GET more; burst: the bucket's second;\n" +
            "up: the whole `up` call, harness included; last create: first request to the last accepted POST.\n" +
            `Target: 0 failures and span ≤ 1.5 × ideal. "429s late" and "peak/s late": after the first ${s(settings.settleMs)}.\n`,
    );
    console.log(
        "kind           N     span     ideal    ratio   up       last create req/task  429s  429s late  peak/s late  failed   verdict",
    );
    const results: Result[] = [];
    for (const kind of settings.kinds) {
        for (const tasks of settings.sizes) {
            const result = await measure(kind, tasks, settings);
            results.push(result);
            console.log(formatRow(result));
        }
    }
    for (const kind of settings.kinds) {
        const largest = results.filter((r) => r.kind === kind).pop()!;
        console.log(`\nRequests per second, ${kind}, N = ${largest.tasks} (accepted/429):`);
        console.log(largest.perSecond.map((b, i) => `${i}s ${b.accepted}/${b.throttled}`).join("  "));
    }
    if (jsonPath) {
        writeFileSync(jsonPath, `${JSON.stringify({ settings, results }, null, 2)}\n`);
        console.log(`\nJSON written to ${jsonPath}`);
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

/** A made-up cost report for the formatting and verdict tests: round figures, no measurement. */
import type { CostReport } from "../../../bench/cost/benchmark";
import type { FirstCheckProfile } from "../../../bench/cost/load-profile";
import type { StartupTiming } from "../../../bench/cost/startup";
import { distribution } from "../../../bench/common/stats";

/** A start-up of `totalMs` whose first Check took `firstCheckMs` (Configure 10 ms, the rest before the port). */
export function startupOf(totalMs: number, firstCheckMs: number): StartupTiming {
    return {
        spawnToPortMs: totalMs - firstCheckMs - 10,
        configureMs: 10,
        firstCheckMs,
        totalMs,
        checkWindow: { startMs: 0, endMs: firstCheckMs },
    };
}

/** A profile whose first Check is `compileMs` of compile, 30 ms of ajv and 15 ms of nothing in particular. */
export function profileOf(compileMs: number): FirstCheckProfile {
    const zero = { impl: 0, schemas: 0, client: 0, package: 0, ajv: 0, fetch: 0, other: 0, compile: 0 };
    return {
        firstCheckMs: compileMs + 45,
        selfMs: { ...zero, ajv: 30, compile: compileMs },
        modules: { ...zero, ajv: 68 },
        lifecycleRequireMs: 5,
        ajvRequireMs: 30,
        unattributedMs: 15,
    };
}

const latency = distribution([1, 2, 3]);

/** Ours at 1000–1100 ms, the trivial provider at 900–1000 ms; `__provider` texts of `bytes`. */
export function costReport(
    overrides: { bytes?: number; ours?: StartupTiming[]; baseline?: boolean; differing?: string[] } = {},
): CostReport {
    const bytes = overrides.bytes ?? 2_897;
    return {
        settings: {
            runs: 2,
            profileRuns: 1,
            checks: 3,
            warmup: 0,
            largeInput: { labels: 300, operators: 100, paramsPerOperator: 20 },
        },
        environment: {
            node: "v20.0.0",
            pulumi: "3.0.0",
            cpus: 2,
            loadAverage: { before: [1, 1, 1], after: [2, 1, 1] },
        },
        providerTexts: {
            variants: [
                {
                    id: "installed",
                    label: "installed copy",
                    bytes: { ImportTask: bytes, ExportTask: bytes, ProcessorTask: bytes },
                },
            ],
            differing: overrides.differing ?? [],
            trivialBytes: 5_006,
        },
        startup: {
            ours: overrides.ours ?? [startupOf(1_000, 90), startupOf(1_100, 100)],
            trivial: [startupOf(900, 8), startupOf(1_000, 9)],
            ...(overrides.baseline ? { baseline: [startupOf(1_050, 130), startupOf(1_150, 140)] } : {}),
        },
        profiles: { ours: [profileOf(38)], ...(overrides.baseline ? { baseline: [profileOf(68)] } : {}) },
        checkLatency: [
            {
                kind: "ImportTask",
                inputBytes: 62_779,
                rpcOurs: latency,
                rpcTrivial: latency,
                inProcess: latency,
                clientSide: latency,
            },
        ],
    };
}

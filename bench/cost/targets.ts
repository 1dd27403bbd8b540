/**
 * bench/README.md, "Cost per resource": the targets, and the summaries they are judged on. `__provider` is
 * stored twice in state for every resource (inputs and outputs), so its size is paid per resource; start-up
 * is paid once per `pulumi preview`/`up`, and judged against the same host running a trivial provider.
 */
import { distribution, Distribution, median } from "../common/stats";
import type { StartupTiming } from "./startup";

export const COST_TARGETS = {
    /** Bytes of one resource's `__provider` text. */
    providerBytes: 4 * 1024,
    /** Median start-up to the first answered Check, ours over the trivial provider's. */
    startupRatio: 1.5,
} as const;

/** One provider's start-ups: the whole (distribution) and the median of each phase (ms). */
export interface StartupSummary {
    readonly total: Distribution;
    readonly spawnToPortMs: number;
    readonly configureMs: number;
    readonly firstCheckMs: number;
}

/** Ours against the trivial provider, with the verdict on the ratio of medians. */
export interface StartupComparison {
    readonly ours: StartupSummary;
    readonly trivial: StartupSummary;
    readonly medianRatio: number;
    readonly p90Ratio: number;
    readonly pass: boolean;
}

export function summariseStartups(timings: readonly StartupTiming[]): StartupSummary {
    const phase = (pick: (timing: StartupTiming) => number) => median(timings.map(pick));
    return {
        total: distribution(timings.map((timing) => timing.totalMs)),
        spawnToPortMs: phase((timing) => timing.spawnToPortMs),
        configureMs: phase((timing) => timing.configureMs),
        firstCheckMs: phase((timing) => timing.firstCheckMs),
    };
}

export function compareStartups(ours: readonly StartupTiming[], trivial: readonly StartupTiming[]): StartupComparison {
    const [o, t] = [summariseStartups(ours), summariseStartups(trivial)];
    const medianRatio = o.total.median / t.total.median;
    return {
        ours: o,
        trivial: t,
        medianRatio,
        p90Ratio: o.total.p90 / t.total.p90,
        pass: medianRatio <= COST_TARGETS.startupRatio,
    };
}

/** "PASS" or "FAIL: 4200 B > 4096 B" for one `__provider` text. */
export function providerSizeVerdict(bytes: number): string {
    return bytes <= COST_TARGETS.providerBytes ? "PASS" : `FAIL: ${bytes} B > ${COST_TARGETS.providerBytes} B`;
}

/** "PASS (≤ 1.5×)" or "FAIL: 1.62× > 1.5×". */
export function startupVerdict(comparison: StartupComparison): string {
    const limit = `${COST_TARGETS.startupRatio}×`;
    return comparison.pass ? `PASS (≤ ${limit})` : `FAIL: ${times(comparison.medianRatio)} > ${limit}`;
}

/** A ratio as "1.14×". */
export function times(ratio: number): string {
    return `${ratio.toFixed(2)}×`;
}

/**
 * Every figure of a soak run in one object: what the table prints and `--json` writes, so the two never differ.
 * Instants are epoch milliseconds (the table shows them relative to `startedAtMs`).
 */
import { opCounts, tally, type Tally } from "./figures";
import type { SoakRecord } from "./record";
import type { SoakSettings } from "./stack";
import { disruptionsOf, measureTiming, type DisruptionView, type Timing } from "./timing";
import { measureTraffic, type Traffic } from "./traffic";

/** One `up`: when, how long, and how many task steps of each operation. */
export interface UpSummary {
    readonly up: number;
    readonly startedAtMs: number;
    readonly durationMs: number;
    readonly ops: Readonly<Record<string, number>>;
}

export interface SoakReport {
    readonly settings: SoakSettings;
    readonly tally: Tally;
    readonly traffic: Traffic;
    readonly timing: Timing;
    readonly disruptions: readonly DisruptionView[];
    readonly ups: readonly UpSummary[];
    /** When the first `up` started. */
    readonly startedAtMs: number;
    readonly wallMs: number;
}

export function soakReport(settings: SoakSettings, record: SoakRecord): SoakReport {
    return {
        settings,
        tally: tally(record),
        traffic: measureTraffic(record.requests),
        timing: measureTiming(record),
        disruptions: disruptionsOf(record),
        ups: record.ups.map((up, i) => ({
            up: i + 1,
            startedAtMs: up.startedAtMs,
            durationMs: up.endedAtMs - up.startedAtMs,
            ops: opCounts(up.steps),
        })),
        startedAtMs: record.ups[0]?.startedAtMs ?? 0,
        wallMs: record.wallMs,
    };
}

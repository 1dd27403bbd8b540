/**
 * The benchmark's text output: one table of schedule × task duration (ours with the tasks' progress read, then
 * ignored, then the others), and per duration two lines comparing ours with the other schedules.
 */
import { contenders, ContenderId, Measurement } from "./benchmark";
import { formatRow } from "../common/columns";
import { Comparison, seconds, Target, targetFailures, targetOf } from "./verdicts";

const COLUMN_WIDTHS = [7, 22, 9, 8, 16, 9, 9];

const labelOf = (id: ContenderId) => contenders.find((contender) => contender.id === id)?.label ?? id;
const rowLabel = ({ contender, progress }: Measurement) =>
    contender === "ours" ? `ours, ${progress ? "progress" : "no progress"}` : labelOf(contender);

function describeTarget(target: Target): string {
    const p95 = [
        ...(target.lagP95S === undefined ? [] : [`≤${target.lagP95S} s`]),
        ...(target.lagP95OverMean === undefined ? [] : [`≤${target.lagP95OverMean}× mean`]),
    ];
    return `GETs ≤${target.getsMean}, mean ≤${target.lagMeanS} s, p95 ${p95.join(" and ")}`;
}

const row = (cells: readonly string[]) => formatRow(cells, COLUMN_WIDTHS);

/** "PASS (targets)" or "FAIL: what exceeds what", for one of our rows. */
function verdict(measurement: Measurement): string {
    const target = targetOf(measurement);
    const failures = targetFailures(measurement.summary, target);
    return failures.length === 0 ? `PASS (${describeTarget(target)})` : `FAIL: ${failures.join("; ")}`;
}

/** The table, one line per measurement, in the order given (grouped by task duration, ours first). */
export function formatTable(measurements: readonly Measurement[]): string[] {
    const header = row([
        "T",
        "schedule",
        "GETs mean",
        "GETs max",
        "mean lag (±95 %)",
        "p95 lag",
        "max lag",
        "ours vs target",
    ]);
    return [
        header,
        ...measurements.map((measurement, index) => {
            const { contender, durationS, summary } = measurement;
            const firstOfDuration = index === 0 || measurements[index - 1]!.durationS !== durationS;
            return row([
                firstOfDuration ? `${durationS} s` : "",
                rowLabel(measurement),
                summary.getsMean.toFixed(1),
                String(summary.getsMax),
                `${seconds(summary.lagMeanMs)} ±${(summary.lagMeanCi95Ms / 1_000).toFixed(2)}`,
                seconds(summary.lagP95Ms),
                seconds(summary.lagMaxMs),
                contender === "ours" ? verdict(measurement) : "",
            ]);
        }),
    ];
}

const figures = (c: Comparison, side: "ours" | "theirs") =>
    `${c[side].getsMean.toFixed(1)} GETs / ${seconds(c[side].lagMeanMs)}`;

/**
 * Two lines for one duration: without progress, which schedules are at least as good as ours on both GETs and mean
 * lag (none is the target); with progress, which ours beats on both.
 */
export function formatComparisonLines(durationS: number, comparisons: readonly Comparison[]): string[] {
    const plain = comparisons.filter((c) => !c.progress);
    const progress = comparisons.filter((c) => c.progress);
    const dominating = plain.filter((c) => c.theyDominate);
    const notBeaten = progress.filter((c) => !c.oursDominates);
    const list = (cs: readonly Comparison[]) =>
        cs.map((c) => `${labelOf(c.against)} (${figures(c, "theirs")})`).join(", ");
    return [
        `T = ${durationS} s, no progress (${plain[0] ? figures(plain[0], "ours") : "?"}): as good on both: ` +
            (dominating.length === 0 ? "none" : `NO: ${list(dominating)}`),
        `T = ${durationS} s, progress (${progress[0] ? figures(progress[0], "ours") : "?"}): better on both than ` +
            (notBeaten.length === 0 ? "every other schedule" : `all but ${list(notBeaten)}`),
    ];
}

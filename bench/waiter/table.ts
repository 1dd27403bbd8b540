/**
 * The benchmark's text output: one table of schedule × task duration, and one line per duration with the targeted
 * claims about ours against the other schedules.
 */
import { contenders, ContenderId, Measurement } from "./benchmark";
import { formatRow } from "../common/columns";
import { Comparison, ourTargets, seconds, Target, targetFailures } from "./verdicts";

const COLUMN_WIDTHS = [7, 20, 9, 8, 16, 9];

const labelOf = (id: ContenderId) => contenders.find((contender) => contender.id === id)?.label ?? id;
const describeTarget = (target: Target) =>
    `GETs ≤${target.getsMean}, mean ≤${target.lagMeanS} s, p95 ≤${target.lagP95S} s`;

const row = (cells: readonly string[]) => formatRow(cells, COLUMN_WIDTHS);

/** "PASS (targets)" or "FAIL: what exceeds what", for our schedule's row. */
function verdict(measurement: Measurement): string {
    const target = ourTargets[measurement.durationS];
    const failures = targetFailures(measurement.summary, target);
    return failures.length === 0 ? `PASS (${describeTarget(target)})` : `FAIL: ${failures.join("; ")}`;
}

/** The table, one line per measurement, in the order given (grouped by task duration, ours first). */
export function formatTable(measurements: readonly Measurement[]): string[] {
    const header = row(["T", "schedule", "GETs mean", "GETs max", "mean lag (±95 %)", "p95 lag", "ours vs target"]);
    return [
        header,
        ...measurements.map((measurement, index) => {
            const { contender, durationS, summary } = measurement;
            const firstOfDuration = index === 0 || measurements[index - 1]!.durationS !== durationS;
            return row([
                firstOfDuration ? `${durationS} s` : "",
                labelOf(contender),
                summary.getsMean.toFixed(1),
                String(summary.getsMax),
                `${seconds(summary.lagMeanMs)} ±${(summary.lagMeanCi95Ms / 1_000).toFixed(2)}`,
                seconds(summary.lagP95Ms),
                contender === "ours" ? verdict(measurement) : "",
            ]);
        }),
    ];
}

/** "yes" when ours is lower on every figure compared with this competitor, else "NO"; both numbers follow. */
function claim(comparisons: readonly Comparison[], against: ContenderId): string {
    const about = comparisons.filter((comparison) => comparison.against === against);
    const figures = about.map(({ figure, ours, theirs }) =>
        figure === "getsMean"
            ? `${ours.toFixed(1)} vs ${theirs.toFixed(1)}`
            : `${figure === "lagMeanMs" ? "mean" : "p95"} ${seconds(ours)} vs ${seconds(theirs)}`,
    );
    return `${labelOf(against)} ${about.every((comparison) => comparison.oursIsLower) ? "yes" : "NO"} (${figures.join(", ")})`;
}

/** One line: fewer GETs than fixed 5 s and Terraform? less lag than the Huawei provider and AWS waiters? */
export function formatComparisonLine(durationS: number, comparisons: readonly Comparison[]): string {
    return (
        `T = ${durationS} s: fewer GETs than ${claim(comparisons, "fixed5s")}, ${claim(comparisons, "terraform")}; ` +
        `less lag than ${claim(comparisons, "huawei")}, ${claim(comparisons, "aws")}`
    );
}

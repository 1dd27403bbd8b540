/**
 * Order statistics shared by the benchmarks. Percentiles are nearest-rank: always a value that was measured,
 * never an interpolation between two runs (of 15 start-ups, the p90 is the 14th fastest).
 */

/** The `q`-quantile (0 < q ≤ 1) of `values` by nearest rank. */
export function percentile(values: readonly number[], q: number): number {
    return nearestRank(sortedCopy(values), q);
}

/** The median (nearest rank: the lower middle value of an even count). */
export function median(values: readonly number[]): number {
    return percentile(values, 0.5);
}

/** Where a set of timings lies: median, p90, p99 (nearest rank) and the extremes, in the values' unit. */
export interface Distribution {
    readonly count: number;
    readonly min: number;
    readonly median: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
}

/** The {@link Distribution} of `values`. */
export function distribution(values: readonly number[]): Distribution {
    const sorted = sortedCopy(values); // never empty
    return {
        count: sorted.length,
        min: sorted[0]!,
        median: nearestRank(sorted, 0.5),
        p90: nearestRank(sorted, 0.9),
        p99: nearestRank(sorted, 0.99),
        max: sorted[sorted.length - 1]!,
    };
}

function sortedCopy(values: readonly number[]): number[] {
    if (values.length === 0) throw new Error("no values");
    return [...values].sort((a, b) => a - b);
}

function nearestRank(sorted: readonly number[], q: number): number {
    if (!(q > 0 && q <= 1)) throw new Error(`quantile must be in (0, 1], got ${q}`);
    const value = sorted[Math.ceil(q * sorted.length) - 1];
    if (value === undefined) throw new Error("no values");
    return value;
}

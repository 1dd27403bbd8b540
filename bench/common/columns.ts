/**
 * Fixed-width text columns for the benchmarks' tables: plain text that reads the same on a terminal, in a
 * README code block and in CI logs.
 */

/** One line: each cell padded to its column's width (the last column is not padded), trailing spaces trimmed. */
export function formatRow(cells: readonly string[], widths: readonly number[]): string {
    return cells
        .map((cell, index) => cell.padEnd(widths[index] ?? 0))
        .join(" ")
        .trimEnd();
}

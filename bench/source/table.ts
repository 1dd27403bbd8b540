/**
 * The table and the verdicts: per size N, requests = ⌈N/1000⌉ for both; our wall time ≤ 1.2 × the official loop's;
 * our RSS growth ≤ 64 MB at 100 000 objects; our state ≤ 16 KiB.
 */
import { formatRow } from "../common/columns";
import type { Row } from "./contenders";

const WIDTHS = [16, 8, 9, 9, 9, 11];

/** The table, then one verdict line per target. */
export function report(rows: readonly Row[]): string[] {
    const lines = [
        formatRow(["contender", "objects", "requests", "wall ms", "RSS MB", "state bytes"], WIDTHS),
        ...rows.map((r) =>
            formatRow(
                [
                    r.contender,
                    String(r.objects),
                    String(r.requests),
                    r.wallMs.toFixed(0),
                    r.rssMb.toFixed(1),
                    String(r.stateBytes),
                ],
                WIDTHS,
            ),
        ),
        "",
    ];
    for (const ours of rows.filter((r) => r.contender === "ours")) {
        const official = rows.find((r) => r.contender === "esdk-obs-nodejs" && r.objects === ours.objects);
        const pages = Math.ceil(ours.objects / 1000);
        lines.push(
            verdict(
                `N=${ours.objects} requests = ${pages}`,
                ours.requests === pages && official?.requests === pages,
                `ours ${ours.requests}, official ${official?.requests}`,
            ),
        );
        if (official !== undefined) {
            lines.push(
                verdict(
                    `N=${ours.objects} wall ≤ 1.2 × official`,
                    ours.wallMs <= 1.2 * official.wallMs,
                    `${ours.wallMs.toFixed(0)} vs ${official.wallMs.toFixed(0)} ms`,
                ),
            );
        }
        lines.push(
            verdict(`N=${ours.objects} state ≤ 16 KiB`, ours.stateBytes <= 16 * 1024, `${ours.stateBytes} bytes`),
        );
        if (ours.objects >= 100_000)
            lines.push(
                verdict(`N=${ours.objects} RSS growth ≤ 64 MB`, ours.rssMb <= 64, `${ours.rssMb.toFixed(1)} MB`),
            );
    }
    return lines;
}

function verdict(target: string, pass: boolean, figures: string): string {
    return `${pass ? "PASS" : "FAIL"}: ${target} (${figures})`;
}

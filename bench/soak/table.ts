/**
 * The soak benchmark's text output: the settings, one line per `up` and per disruption, a table of the targets'
 * figures per task kind, the traffic and timing figures, the verdict, then the details behind any miss.
 */
import { TASK_KINDS, type TaskKindName } from "../../testkit/task-fleet";
import { formatRow } from "../common/columns";
import type { DuplicateCause } from "./figures";
import type { SoakReport } from "./report";
import type { Spread } from "./timing";

/** The label column, then one column per kind and the total. */
const WIDTHS = [43, 13, 13, 13, 13];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatSoakReport(report: SoakReport): string[] {
    return [
        ...header(report),
        "",
        ...kindTable(report),
        "",
        ...figures(report),
        "",
        verdict(report),
        ...details(report),
    ];
}

function header({ settings, ups, disruptions, startedAtMs }: SoakReport): string[] {
    const at = (ms: number) => seconds(ms - startedAtMs);
    return [
        `Soak benchmark: ${settings.tasks} tasks, seed ${settings.seed}, faults ${settings.faultSpec}, ` +
            `task duration ${seconds(settings.taskDurationMs)}, timeout ${settings.timeout}, at most ${settings.maxUps} ups.`,
        ...ups.map(({ up, startedAtMs: start, durationMs, ops }) => {
            const counts = Object.entries(ops)
                .map(([op, n]) => `${n} ${op}`)
                .join(", ");
            return `up ${up}: at ${at(start)}, ${seconds(durationMs)}: ${counts || "no task steps"}`;
        }),
        ...disruptions.map(
            (d) =>
                `${d.action} at ${at(d.atMs)} (up ${d.up}): ${plural(d.tasksRunning, "task")} running ` +
                `on the server, ${plural(d.callsInFlight, "provider call")} in flight`,
        ),
    ];
}

function kindTable({ tally }: SoakReport): string[] {
    const count = (items: readonly { kind: TaskKindName }[]) => (kind: TaskKindName) =>
        items.filter((i) => i.kind === kind).length;
    const perKind = (values: (kind: TaskKindName) => number) => {
        const cells = TASK_KINDS.map(values);
        return [...cells, cells.reduce((a, b) => a + b, 0)].map(String);
    };
    const duplicatesOf = (kind: TaskKindName) =>
        tally.duplicates.filter((d) => d.kind === kind).reduce((sum, d) => sum + d.causes.length, 0);
    const rows: Array<[string, string[]]> = [
        ["", [...TASK_KINDS, "total"]],
        ["tasks requested (resources)", perKind((k) => tally.requested[k])],
        ["tasks created on the server", perKind((k) => tally.createdOnServer[k])],
        ["duplicates (server tasks beyond 1/resource)", perKind(duplicatesOf)],
        ["orphans (server tasks no resource holds)", perKind(count(tally.orphans))],
        ["failed resources: task failed by injection", perKind(count(tally.failedByInjection))],
        ["failed resources: unexpected", perKind(count(tally.unexpectedFailures))],
    ];
    return rows.map(([label, cells]) => formatRow([label, ...cells], WIDTHS));
}

function figures({ tally, traffic, timing, settings, ups, wallMs }: SoakReport): string[] {
    const { faults, retries, requests } = traffic;
    const created = Object.values(tally.createdOnServer).reduce((a, b) => a + b, 0);
    const percent = requests === 0 ? 0 : (100 * faults.total) / requests;
    const line = (label: string, text: string) => formatRow([label, text], WIDTHS);
    return [
        line(
            "injected faults",
            `${faults.total} of ${requests} requests (${percent.toFixed(1)} %): 429 ×${faults.throttled429}, ` +
                `500 ×${faults.error500}, 502 ×${faults.error502}, 503 ×${faults.error503}, 504 after handling ×${faults.error504}, ` +
                `dropped after handling ×${faults.dropped}` +
                (faults.rateLimited ? `, rate-limited ×${faults.rateLimited}` : "") +
                `; redirected ×${faults.redirected}, stalled ×${faults.stalled}, cut short ×${faults.truncated}, ` +
                `malformed ×${faults.garbled}, echoing credentials ×${faults.echoed}; Date a day off or missing ×${faults.dateFaulted}`,
        ),
        line(
            "injected task failures",
            `${tally.injectedTaskFailures} of ${created} tasks created; ${tally.reruns} re-run by the next up`,
        ),
        line(
            "requests",
            `${requests} (${(requests / settings.tasks).toFixed(1)} per task requested): ` +
                `polls ${traffic.byPurpose.polls}, lists ${traffic.byPurpose.lists}, creates ${traffic.byPurpose.creates}, other ${traffic.byPurpose.other}`,
        ),
        line(
            "retries (faulted requests sent again)",
            `${retries.total}: polls ${retries.polls}, lists ${retries.lists}, ` +
                `creates ${retries.creates}, other ${retries.other}; faulted and not sent again: ${retries.notResent}`,
        ),
        line(
            "create POSTs",
            `${traffic.createPosts} for ${created} tasks created (${traffic.createPosts - created} beyond one per task)`,
        ),
        line("detection lag, task ended during a wait", spreadText(timing.watchedLag)),
        line(
            "detection lag, task ended with no wait",
            spreadText(timing.unwatchedLag) +
                (timing.neverSeenEnded.length ? `; never seen ended: ${timing.neverSeenEnded.length}` : ""),
        ),
        line(
            "deadline overrun (call time − timeout)",
            overrunText(timing.deadlineOverrun, timing.timedOutCalls, settings.timeout),
        ),
        line(
            "lost ids (failed creates whose task was not kept)",
            tally.lostIds.length ? `${tally.lostIds.length}: ${tally.lostIds.join(", ")}` : "0",
        ),
        line(
            "leaked secrets (forms found in what was recorded)",
            tally.leakedSecrets.length ? `${tally.leakedSecrets.length}: ${tally.leakedSecrets.join(", ")}` : "0",
        ),
        line("wall time", `${seconds(wallMs)} (${plural(ups.length, "up")})`),
    ];
}

function spreadText(spread: Spread | undefined): string {
    if (spread === undefined) return "none";
    return (
        `${plural(spread.count, "task")}: mean ${seconds(spread.meanMs)}, p95 ${seconds(spread.p95Ms)}, ` +
        `max ${seconds(spread.maxMs)} (${spread.worst})`
    );
}

function overrunText(spread: Spread | undefined, timedOut: number, timeout: string): string {
    if (spread === undefined) return "no call answered";
    const worst =
        spread.maxMs > 0
            ? `worst ${seconds(spread.maxMs)} past the ${timeout} deadline (${spread.worst})`
            : `none: the longest call (${spread.worst}) ended ${seconds(-spread.maxMs)} before its ${timeout} deadline`;
    return `${worst}; ${plural(timedOut, "call")} timed out`;
}

/** The worst deadline overrun the soak accepts: the final request's grace plus the host's answer. */
export const OVERRUN_TARGET_MS = 3_000;

function verdict({ tally, timing }: SoakReport): string {
    const targets =
        "targets: 0 duplicates, 0 orphans, 0 unexpected failures, 0 lost ids, 0 leaked secrets, worst deadline overrun " +
        `≤ ${seconds(OVERRUN_TARGET_MS)}, a last up with every resource same or failed by injection`;
    const overrunMs = timing.deadlineOverrun?.maxMs ?? 0;
    if (tally.pass && overrunMs <= OVERRUN_TARGET_MS) return `verdict: PASS (${targets})`;
    const misses = [
        ...(tally.duplicateCount ? [plural(tally.duplicateCount, "duplicate")] : []),
        ...(tally.orphans.length ? [plural(tally.orphans.length, "orphan")] : []),
        ...(tally.unexpectedFailures.length ? [plural(tally.unexpectedFailures.length, "unexpected failure")] : []),
        ...(tally.lostIds.length ? [plural(tally.lostIds.length, "lost id")] : []),
        ...(tally.leakedSecrets.length ? [plural(tally.leakedSecrets.length, "leaked secret")] : []),
        ...(overrunMs > OVERRUN_TARGET_MS ? [`a deadline overrun of ${seconds(overrunMs)}`] : []),
        ...(tally.settled ? [] : [`not settled after ${plural(tally.ups, "up")}`]),
    ];
    return `verdict: FAIL: ${misses.join(", ")} (${targets})`;
}

const CAUSES: Readonly<Record<DuplicateCause, string>> = {
    endedBeforeUp: "ended before the up that created the next began",
    endedDuringUp: "ran when the up that created the next began, ended before it was created",
    stillRunning: "still running when the next was created",
};

function details({ tally, settings, startedAtMs }: SoakReport): string[] {
    const at = (ms: number) => seconds(ms - startedAtMs);
    const duplicates = tally.duplicates.map(({ resource, tasks, causes, heldId }) => {
        // Each note says how a task stood when the next one was created: re-run after its injected failure, or why.
        const pending = [...causes];
        return (
            `  ${resource}: ` +
            tasks
                .map((t, i) => {
                    const state = t.id === heldId ? "held" : "orphan";
                    const next =
                        i + 1 < tasks.length
                            ? t.failedByInjection
                                ? "failed by injection, re-run"
                                : CAUSES[pending.shift()!]
                            : undefined;
                    const note = next === undefined ? "" : `; ${next}`;
                    return `${t.id} (created ${at(t.createdAtMs)}, ended ${at(t.createdAtMs + settings.taskDurationMs)}, ${state}${note})`;
                })
                .join(", ")
        );
    });
    const causeCounts = (Object.keys(CAUSES) as DuplicateCause[])
        .map((cause) => [cause, tally.duplicates.flatMap((d) => d.causes).filter((c) => c === cause).length] as const)
        .filter(([, n]) => n > 0)
        .map(([cause, n]) => `${n} ${CAUSES[cause]}`);
    const inDuplicates = new Set(tally.duplicates.flatMap((d) => d.tasks.map((t) => t.id)));
    const orphans = tally.orphans
        .filter((t) => !inDuplicates.has(t.id))
        .map((t) => `  ${t.id} (${t.key}, created ${at(t.createdAtMs)})`);
    const unexpected = tally.unexpectedFailures.map(({ resource, reason }) => `  ${resource}: ${reason}`);
    return [
        ...(duplicates.length ? ["", `duplicates: ${causeCounts.join("; ")}`, ...duplicates] : []),
        ...(orphans.length ? ["", "orphans other than duplicates:", ...orphans] : []),
        ...(unexpected.length ? ["", "unexpected failures:", ...unexpected] : []),
    ];
}

/**
 * The cost benchmark's text output: a heading, then one table per measurement, each followed by its verdict
 * or its reading. Only formatting here: figures come from `benchmark.ts`, verdicts from `targets.ts`.
 */
import { formatRow } from "../common/columns";
import type { Distribution } from "../common/stats";
import type { CostReport } from "./benchmark";
import type { CheckLatency } from "./check-latency";
import { COST_GROUPS, CostGroupId, FirstCheckProfile, medianProfile } from "./load-profile";
import {
    compareStartups,
    COST_TARGETS,
    providerSizeVerdict,
    StartupSummary,
    startupVerdict,
    summariseStartups,
    times,
} from "./targets";

const ms = (value: number, decimals = 0) => `${value.toFixed(decimals)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const files = (count: number) => `${count} ${count === 1 ? "file" : "files"}`;

/** The whole text: heading and four tables. */
export function formatReport(report: CostReport): string[] {
    return [
        ...formatHeading(report),
        "",
        ...formatProviderTexts(report),
        "",
        ...formatStartups(report),
        "",
        ...formatProfile(report),
        "",
        ...formatCheckLatency(report),
    ];
}

export function formatHeading({ settings, environment }: CostReport): string[] {
    const load = (averages: number[]) => averages.map((average) => average.toFixed(1)).join("/");
    return [
        `Cost per resource: Node ${environment.node}, @pulumi/pulumi ${environment.pulumi}, ${environment.cpus} CPUs, ` +
            `load average (1/5/15 min) ${load(environment.loadAverage.before)} before, ${load(environment.loadAverage.after)} after.`,
        `${settings.runs} timed start-ups of each provider (in turn), ${settings.profileRuns} profiled, ` +
            `${settings.checks} checks of each large input after ${settings.warmup} untimed.` +
            (settings.baseline ? ` Baseline: the build in ${settings.baseline}.` : ""),
    ];
}

export function formatProviderTexts({ providerTexts }: CostReport): string[] {
    const widths = [15, 7, 15];
    const [installed] = providerTexts.variants;
    if (!installed) throw new Error("the report has no __provider texts");
    const identical =
        providerTexts.differing.length === 0
            ? `Identical whichever way the package is loaded: ${providerTexts.variants.map((v) => v.label).join("; ")}.`
            : `NOT identical: ${providerTexts.differing.join(", ")} differ from ${installed.label}.`;
    return [
        `__provider per resource (${installed.label}; stored twice in state, inputs and outputs)`,
        formatRow(["kind", "bytes", "twice in state", `target ≤ ${COST_TARGETS.providerBytes} B`], widths),
        ...Object.entries(installed.bytes).map(([kind, bytes]) =>
            formatRow([kind, String(bytes), String(2 * bytes), providerSizeVerdict(bytes)], widths),
        ),
        identical,
        `(The trivial Echo provider, serialized by value, is ${providerTexts.trivialBytes} B.)`,
    ];
}

export function formatStartups({ startup, settings }: CostReport): string[] {
    const comparison = compareStartups(startup.ours, startup.trivial);
    const widths = [22, 9, 9, 12, 11];
    const line = (label: string, summary: StartupSummary) =>
        formatRow(
            [
                label,
                ms(summary.total.median),
                ms(summary.total.p90),
                ms(summary.spawnToPortMs),
                ms(summary.configureMs, 1),
                ms(summary.firstCheckMs, 1),
            ],
            widths,
        );
    const baseline = startup.baseline && summariseStartups(startup.baseline);
    const ratios = (label: string, a: StartupSummary, b: StartupSummary, verdict = "") =>
        formatRow([label, times(a.total.median / b.total.median), times(a.total.p90 / b.total.p90), verdict], widths);
    return [
        `Host start-up to the first answered Check (${settings.runs} runs each, in turn; phases are medians)`,
        formatRow(["provider", "median", "p90", "spawn→port", "Configure", "first Check"], widths),
        line("ours (ImportTask)", comparison.ours),
        ...(baseline ? [line("baseline (ImportTask)", baseline)] : []),
        line("trivial (Echo)", comparison.trivial),
        ratios("ours / trivial", comparison.ours, comparison.trivial, startupVerdict(comparison)),
        ...(baseline
            ? [
                  ratios("baseline / trivial", baseline, comparison.trivial),
                  ratios("ours / baseline", comparison.ours, baseline),
              ]
            : []),
    ];
}

export function formatProfile({ profiles }: CostReport): string[] {
    const ours = { label: "ours", profile: medianProfile(profiles.ours) };
    const columns = [ours];
    if (profiles.baseline) columns.push({ label: "baseline", profile: medianProfile(profiles.baseline) });
    const widths = [60, ...columns.flatMap(() => [10, 9])];
    const row = (
        label: string,
        figure: (profile: FirstCheckProfile) => string,
        loaded?: (profile: FirstCheckProfile) => string,
    ) => formatRow([label, ...columns.flatMap(({ profile }) => [figure(profile), loaded?.(profile) ?? ""])], widths);
    const part = (label: string, id: CostGroupId) =>
        row(label, (p) => ms(p.selfMs[id], 1), id === "compile" ? undefined : (p) => files(p.modules[id]));
    const byCost = [...COST_GROUPS].sort((a, b) => ours.profile.selfMs[b.id] - ours.profile.selfMs[a.id]);
    return [
        `Our first Check, profiled inside the host (${profiles.ours.length} runs each; the median of each part, so parts need not add up)`,
        formatRow(["part (self time)", ...columns.flatMap(({ label }) => [label, "loaded"])], widths),
        part("Ajv compile of the ImportTask schema", "compile"),
        ...byCost.map((group) => part(group.label, group.id)),
        row("in no frame (gRPC, __provider, our code, first validation)", (p) => ms(p.unattributedMs, 1)),
        row("first Check (profiled run)", (p) => ms(p.firstCheckMs, 1)),
        row('require("pulumi-modelarts-data/impl/lifecycle"), inclusive', (p) => ms(p.lifecycleRequireMs, 1)),
        row('require("ajv"), inclusive', (p) => ms(p.ajvRequireMs, 1)),
    ];
}

export function formatCheckLatency({ checkLatency, settings }: CostReport): string[] {
    const widths = [24, 44, 10, 10];
    const line = (first: string, way: string, d: Distribution) =>
        formatRow([first, way, ms(d.median, 2), ms(d.p99, 2), ms(d.max, 2)], widths);
    const kindLines = ({ kind, inputBytes, rpcOurs, rpcTrivial, clientSide, inProcess }: CheckLatency) => [
        line(`${kind} (${kB(inputBytes)})`, "Check RPC, ours", rpcOurs),
        line("", "Check RPC, trivial provider, same input", rpcTrivial),
        line("", "harness client's encoding (in this process)", clientSide),
        line("", "validateInputs (in this process)", inProcess),
    ];
    const size = settings.largeInput;
    return [
        `check latency, large valid inputs (ImportTask: ${size.labels} labels; ProcessorTask: ${size.operators} operators ` +
            `× ${size.paramsPerOperator} params; ${settings.checks} timed calls each)`,
        formatRow(["kind (input as JSON)", "way", "p50", "p99", "max"], widths),
        ...checkLatency.flatMap(kindLines),
    ];
}

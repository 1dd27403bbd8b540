/**
 * The cost-per-resource benchmark (bench/README.md), in four measurements made in one run:
 * `__provider` sizes, timed host start-ups (ours and the trivial provider, alternating), profiled start-ups
 * (where our first Check's time goes) and `check` latency for large valid inputs. Given another build of the
 * package (`baseline`, e.g. an earlier commit), its start-ups are timed and profiled in turn with ours: a
 * before/after comparison on the same machine in the same minutes.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import type { TaskResourceKind } from "../../provider/kinds";
import { CheckLatency, measureCheckLatency } from "./check-latency";
import { largeInputs, LargeInputSize, smallInputs } from "./inputs";
import { installedProject, REPO_ROOT } from "./installed-project";
import { FirstCheckProfile, profileStartup } from "./load-profile";
import { captureProviderTexts, LoadVariant } from "./provider-texts";
import { measureInTurn, StartupSubject, StartupTiming, timeStartup } from "./startup";

export interface CostSettings {
    /** Timed start-ups of each provider. */
    readonly runs: number;
    /** Profiled start-ups of ours and the baseline (separate: the profiler costs a little per module load). */
    readonly profileRuns: number;
    /** Timed `check`s per large input and way of measuring, after `warmup` untimed ones. */
    readonly checks: number;
    readonly warmup: number;
    readonly largeInput: LargeInputSize;
    /** The root of another build of the package (`package.json`, `dist/provider`) to compare start-ups with. */
    readonly baseline?: string;
}

/** The `__provider` sizes (bytes) for each way of loading the package, and whether the texts are identical. */
export interface ProviderTextReport {
    readonly variants: ReadonlyArray<
        Pick<LoadVariant, "id" | "label"> & { readonly bytes: Record<TaskResourceKind, number> }
    >;
    /** The variants whose text differs from the installed copy's for some kind (empty: all identical). */
    readonly differing: string[];
    readonly trivialBytes: number;
}

/** Everything measured, as written with `--json`. */
export interface CostReport {
    readonly settings: CostSettings;
    readonly environment: {
        readonly node: string;
        readonly pulumi: string;
        readonly cpus: number;
        /** 1, 5 and 15-minute load averages before and after the run: other work on the machine shows here. */
        readonly loadAverage: { readonly before: number[]; readonly after: number[] };
    };
    readonly providerTexts: ProviderTextReport;
    readonly startup: {
        readonly ours: StartupTiming[];
        readonly trivial: StartupTiming[];
        readonly baseline?: StartupTiming[];
    };
    readonly profiles: { readonly ours: FirstCheckProfile[]; readonly baseline?: FirstCheckProfile[] };
    readonly checkLatency: CheckLatency[];
}

/** Runs every measurement; `progress` hears what is being measured (the whole takes minutes). */
export async function runCostBenchmark(
    settings: CostSettings,
    progress: (what: string) => void = () => {},
): Promise<CostReport> {
    const before = loadavg();
    progress("capturing __provider texts (three program runs)");
    const captured = await captureProviderTexts();
    const installed = captured.variants[0];
    if (!installed) throw new Error("no __provider texts were captured");
    const ourProviders = installed.texts; // the installed copy: what a user's state holds
    const ours: StartupSubject = {
        type: "modelarts:ImportTask",
        news: { ...smallInputs.ImportTask, __provider: ourProviders.ImportTask },
    };
    const trivial: StartupSubject = { type: "trivial:Echo", news: { value: "x", __provider: captured.trivial } };
    const { startup, profiles } = await measureStartups(ours, trivial, settings, progress);
    progress(`timing ${settings.checks} checks of each large input`);
    const large = largeInputs(settings.largeInput);
    const kinds = Object.keys(large) as Array<keyof typeof large>;
    const checkLatency = await measureCheckLatency(
        {
            ours: kinds.map((kind) => ({ kind, provider: ourProviders[kind], input: large[kind] })),
            trivialProvider: captured.trivial,
        },
        settings,
    );
    return {
        settings,
        environment: {
            node: process.version,
            pulumi: (
                JSON.parse(
                    readFileSync(require.resolve("@pulumi/pulumi/package.json", { paths: [REPO_ROOT] }), "utf8"),
                ) as { version: string }
            ).version,
            cpus: cpus().length,
            loadAverage: { before, after: loadavg() },
        },
        providerTexts: describeTexts(captured.variants, captured.trivial),
        startup,
        profiles,
        checkLatency,
    };
}

/** Timed start-ups of ours, the trivial provider and the baseline; profiled ones of ours and the baseline. */
async function measureStartups(
    ours: StartupSubject,
    trivial: StartupSubject,
    settings: CostSettings,
    progress: (what: string) => void,
) {
    const project = settings.baseline === undefined ? undefined : installedProject(settings.baseline);
    // The baseline runs our __provider text: state written by one version, the version installed loaded.
    const baseline = project ? [{ ...ours, cwd: project.dir }] : [];
    try {
        progress(`timing ${settings.runs} start-ups of each provider`);
        // measureInTurn returns one list per subject, in order: the first two are always there.
        const [oursTimed, trivialTimed, baselineTimed] = await measureInTurn(
            [ours, trivial, ...baseline],
            settings.runs,
            (s) => timeStartup(s),
        );
        progress(`profiling ${settings.profileRuns} start-ups of ours${project ? " and of the baseline" : ""}`);
        const [oursProfiled, baselineProfiled] = await measureInTurn(
            [ours, ...baseline],
            settings.profileRuns,
            profileStartup,
        );
        return {
            startup: { ours: oursTimed!, trivial: trivialTimed!, ...(project && { baseline: baselineTimed }) },
            profiles: { ours: oursProfiled!, ...(project && { baseline: baselineProfiled }) },
        };
    } finally {
        project?.remove();
    }
}

/** Sizes in bytes (UTF-8, as stored), and which variants differ from the first (the installed copy). */
export function describeTexts(variants: readonly LoadVariant[], trivial: string): ProviderTextReport {
    const [reference] = variants;
    if (!reference) throw new Error("describeTexts needs at least one variant");
    const kinds = Object.keys(reference.texts) as TaskResourceKind[];
    return {
        variants: variants.map(({ id, label, texts }) => ({
            id,
            label,
            bytes: Object.fromEntries(kinds.map((kind) => [kind, Buffer.byteLength(texts[kind])])) as Record<
                TaskResourceKind,
                number
            >,
        })),
        differing: variants
            .filter((variant) => kinds.some((kind) => variant.texts[kind] !== reference.texts[kind]))
            .map((v) => v.id),
        trivialBytes: Buffer.byteLength(trivial),
    };
}

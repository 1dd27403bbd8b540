/**
 * Host start-up, as `pulumi preview` pays it for each provider plugin it starts: spawn the SDK's
 * dynamic-provider host, wait for its port, `Configure`, then the first `Check`, which deserializes the
 * resource's `__provider` and runs it (ours then loads the package's implementation and compiles a schema).
 * The providers are started in turn, the order reversed every other round (ABBA…), so a drift of the machine's
 * speed during the run weighs on all of them alike.
 */
import { BENCH_CONFIG } from "./inputs";
import type { PlainObject } from "../../harness/struct";
import { startQuietHost, urnOf } from "./quiet-host";

/** process.hrtime in ms: monotonic, and the clock `load-hook.js` uses inside the host (CLOCK_MONOTONIC on Linux). */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** What is started: a provider's `__provider` text and a valid input for its first `Check`, from a project. */
export interface StartupSubject {
    readonly type: string;
    readonly news: PlainObject;
    /** The host's working directory, from which the package resolves (the repository by default). */
    readonly cwd?: string;
}

/** One start-up, phase by phase (ms), and the instants (monotonic ms) between which the first Check ran. */
export interface StartupTiming {
    readonly spawnToPortMs: number;
    readonly configureMs: number;
    readonly firstCheckMs: number;
    readonly totalMs: number;
    readonly checkWindow: { readonly startMs: number; readonly endMs: number };
}

/**
 * Starts a host, configures it, sends one Check and stops the host. `env` goes to the host (the profiler's
 * preload); the first Check must find no failure, or the run measured an error path.
 */
export async function timeStartup(subject: StartupSubject, env: Record<string, string> = {}): Promise<StartupTiming> {
    const spawnedMs = monotonicMs();
    const host = await startQuietHost(subject.cwd, env);
    try {
        const portMs = monotonicMs();
        await host.configure({ ...BENCH_CONFIG });
        const configuredMs = monotonicMs();
        const { failures } = await host.check(urnOf(subject.type), {}, subject.news);
        const checkedMs = monotonicMs();
        if (failures.length > 0)
            throw new Error(`the first Check of ${subject.type} failed: ${JSON.stringify(failures)}`);
        return {
            spawnToPortMs: portMs - spawnedMs,
            configureMs: configuredMs - portMs,
            firstCheckMs: checkedMs - configuredMs,
            totalMs: checkedMs - spawnedMs,
            checkWindow: { startMs: configuredMs, endMs: checkedMs },
        };
    } finally {
        await host.close();
    }
}

/** `rounds` rounds of `items`, every other one reversed: A B, B A, A B… (ABBA for two). */
export function alternatingOrder<T>(items: readonly T[], rounds: number): T[] {
    return Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? [...items] : [...items].reverse())).flat();
}

/** `runs` measurements of each subject, interleaved (see {@link alternatingOrder}); results in `subjects`' order. */
export async function measureInTurn<Result>(
    subjects: readonly StartupSubject[],
    runs: number,
    measure: (subject: StartupSubject) => Promise<Result>,
): Promise<Result[][]> {
    const results = subjects.map((): Result[] => []);
    for (const index of alternatingOrder(
        subjects.map((_, i) => i),
        runs,
    ))
        results[index]!.push(await measure(subjects[index]!)); // `index` ranges over the indices of `subjects`
    return results;
}

/**
 * The waiter benchmark (bench/README.md, "Waiter"): every contender waits on the same simulated tasks, many runs per
 * task duration, with seeded randomness so a run can be reproduced exactly. Ours waits on them twice: once reading
 * the progress they report, once with the progress ignored (as for a task that reports none).
 */
import { seededRandom } from "../../emulator/random";
import { progressCurve, ProgressModel } from "./progress-model";
import { awsWaiterDelays, fixedIntervalDelays, huaweiModelArtsDelays, terraformDefaultDelays } from "./schedules";
import { DetectionSummary, measureDetection, ourWaiter, scheduleWaiter, summarise, Waiter } from "./simulate";

/** The schedules compared, ours first. */
export const contenders = [
    { id: "ours", label: "ours (waitForTask)", waiter: ourWaiter },
    { id: "fixed5s", label: "fixed 5 s", waiter: scheduleWaiter(fixedIntervalDelays(5_000)) },
    { id: "terraform", label: "Terraform default", waiter: scheduleWaiter(terraformDefaultDelays) },
    { id: "huawei", label: "Huawei TF ModelArts", waiter: scheduleWaiter(huaweiModelArtsDelays) },
    { id: "aws", label: "AWS SDK v3 waiter", waiter: scheduleWaiter(awsWaiterDelays) },
] as const satisfies readonly { id: string; label: string; waiter: Waiter }[];

/** Identifies one contender. */
export type ContenderId = (typeof contenders)[number]["id"];

/** The task durations of the targets (bench/README.md), in seconds after the POST. */
export const TASK_DURATIONS_S = [5, 60, 600, 3_600] as const;

/** One of {@link TASK_DURATIONS_S}. */
export type TaskDurationS = (typeof TASK_DURATIONS_S)[number];

/** Options of {@link runWaiterBenchmark}. */
export interface BenchmarkOptions extends ProgressModel {
    readonly runs: number;
    readonly seed: number;
    /**
     * Each run's completion instant is drawn uniformly in T × (1 ± spread). Without it, fixed-grid schedules
     * (5 s, 20 s) would poll exactly at T = 60, 600, 3600 s in every run, and their lag would hinge on whether a
     * GET at the very instant of completion sees it: real tasks do not finish on anyone's poll grid.
     */
    readonly spread: number;
}

/** One contender's figures for one task duration, with the tasks' progress read (ours only) or ignored. */
export interface Measurement {
    readonly contender: ContenderId;
    readonly durationS: TaskDurationS;
    readonly progress: boolean;
    readonly summary: DetectionSummary;
}

/**
 * Runs every contender on the same completion instants (common random numbers: differences between schedules
 * are not noise between task samples), each with its own seeded jitter stream; ours first with the tasks'
 * progress, then without.
 */
export async function runWaiterBenchmark(options: BenchmarkOptions): Promise<Measurement[]> {
    const { runs, seed, spread } = options;
    const nextSeed = seedSequence(seed);
    const measurements: Measurement[] = [];
    for (const durationS of TASK_DURATIONS_S) {
        const completionsMs = completionInstantsMs(durationS, runs, spread, seededRandom(nextSeed()));
        const walk = seededRandom(nextSeed());
        const curves = completionsMs.map((completionMs) => progressCurve(completionMs, options, walk));
        const runsOf = [{ ...contenders[0], progress: true }, ...contenders.map((c) => ({ ...c, progress: false }))];
        for (const { id, waiter, progress } of runsOf) {
            const jitter = seededRandom(nextSeed());
            const detections = [];
            for (const [index, completionMs] of completionsMs.entries()) {
                detections.push(
                    await measureDetection(waiter, completionMs, jitter, progress ? curves[index] : undefined),
                );
            }
            measurements.push({ contender: id, durationS, progress, summary: summarise(detections) });
        }
    }
    return measurements;
}

/** When `runs` tasks of `durationS` complete, in ms after their POST: each uniform in T × (1 ± spread). */
export function completionInstantsMs(durationS: number, runs: number, spread: number, random: () => number): number[] {
    return Array.from({ length: runs }, () => durationS * 1_000 * (1 + spread * (2 * random() - 1)));
}

function seedSequence(seed: number): () => number {
    const master = seededRandom(seed);
    return () => Math.floor(master() * 2 ** 32);
}

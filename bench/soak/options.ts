/**
 * The soak benchmark's command line:
 *   npx ts-node -P tsconfig.json bench/soak/main.ts [--tasks N] [--seed S] [--faults SPEC] [--task-duration MS]
 *     [--timeout D] [--max-ups N] [--json FILE]
 */
import { parseArgs } from "node:util";
import { parseFaultSpec } from "../../emulator/server";
import { isTimeoutDuration } from "../../provider/schemas/duration";
import type { SoakSettings } from "./stack";

/**
 * About 20 % of requests faulted, every kind at once: 429 (5 %) and 5xx (10 %, a quarter of them 504s after the
 * request was handled) share one draw, a dropped connection after handling (5 %) has its own, so
 * 1 − 0.85 × 0.95 ≈ 19 % of answers are faulted; 0–150 ms latency on every request; 5 % of created tasks fail.
 * And a hostile network on top (`emulator/faults.ts`): 5 % of answers with a `Date` a day off or missing, 0.5 %
 * redirected to another host, 0.2 % stalled after the headers, 1 % cut short, 1 % malformed, 2 % echoing the
 * credentials; every injected error and task failure with a 20 000-character stack trace echoing the request.
 */
export const DEFAULT_FAULTS =
    "latency=0-150,429=0.05,5xx=0.10,drop=0.05,retryAfter=1,fail=0.05," +
    "date=0.05,redirect=0.005,stall=0.002,truncate=0.01,garble=0.01,echo=0.02,trace=20000";

export const DEFAULT_SETTINGS: SoakSettings = {
    tasks: 120,
    seed: 1,
    faultSpec: DEFAULT_FAULTS,
    taskDurationMs: 20_000,
    timeout: "2m",
    maxUps: 5,
};

/** The settings and the JSON output path from `args` (the process's arguments by default). */
export function readSoakOptions(args?: string[]): SoakSettings & { readonly jsonPath?: string } {
    const { values } = parseArgs({
        args,
        options: {
            tasks: { type: "string", default: String(DEFAULT_SETTINGS.tasks) },
            seed: { type: "string", default: String(DEFAULT_SETTINGS.seed) },
            faults: { type: "string", default: DEFAULT_SETTINGS.faultSpec },
            "task-duration": { type: "string", default: String(DEFAULT_SETTINGS.taskDurationMs) },
            timeout: { type: "string", default: DEFAULT_SETTINGS.timeout },
            "max-ups": { type: "string", default: String(DEFAULT_SETTINGS.maxUps) },
            json: { type: "string" },
        },
    });
    const tasks = integer("--tasks", values.tasks, 1);
    const seed = integer("--seed", values.seed, 0);
    const taskDurationMs = integer("--task-duration", values["task-duration"], 100);
    const maxUps = integer("--max-ups", values["max-ups"], 2);
    parseFaultSpec(values.faults); // throws naming the bad part
    if (!isTimeoutDuration(values.timeout))
        throw new Error(`--timeout must be a duration from 1s to 168h, got "${values.timeout}"`);
    const json = values.json === undefined ? {} : { jsonPath: values.json };
    return { tasks, seed, faultSpec: values.faults, taskDurationMs, timeout: values.timeout, maxUps, ...json };
}

function integer(flag: string, text: string, min: number): number {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`${flag} must be an integer ≥ ${min}, got "${text}"`);
    return value;
}

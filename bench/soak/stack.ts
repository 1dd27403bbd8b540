/**
 * Drives the soak (bench/README.md): one stack of a task fleet through the engine-side harness against a faulted
 * emulator, with the service restarted while tasks run and the provider host killed mid-wait (an interrupted
 * `pulumi up`), then `up` again, as a user would, until an `up` changes nothing. Records what happened
 * (`SoakRecord`); measuring it is left to the pure figures modules.
 */
import { parseFaultSpec } from "../../emulator/server";
import type { EmulatorRequest } from "../../emulator/server";
import { parseDurationMs } from "../../provider/schemas/duration";
import type { MockEngine } from "../../harness/engine";
import { PRODUCED_BY_PROVIDER } from "../../harness/transcript";
import { EmulatedStack, isTask, startEmulatedStack } from "../../testkit/emulated-stack";
import {
    fleetDatasets,
    fleetObjects,
    fleetProgram,
    fleetTask,
    TASK_KINDS,
    type FleetTask,
} from "../../testkit/task-fleet";
import { auditServerTasks } from "./audit";
import { isSettled, opCounts } from "./figures";
import type { ProviderCall, SoakRecord, SoakResource, SoakUp } from "./record";
import { taskKey } from "./record";
import { purposeOf } from "./traffic";

/** How to run the soak; see `soak-options.ts` for the command-line defaults. */
export interface SoakSettings {
    readonly tasks: number;
    readonly seed: number;
    /** The emulator's fault spec (`latency=0-150,429=0.05,…`). */
    readonly faultSpec: string;
    readonly taskDurationMs: number;
    /** Every resource's `timeout` input: bounds each wait, so a stuck one fails instead of stalling the soak. */
    readonly timeout: string;
    /** `up`s in all, the interrupted one included, before the soak gives up waiting for a stable stack. */
    readonly maxUps: number;
}

/**
 * Something done to the stack during an `up`, at a share of the task duration after that up's first task was
 * created (so it falls at the same point of the tasks' lives whatever the pace of the creates), and not before
 * the up's first poll (so the provider is waiting).
 */
interface Disruption {
    readonly up: number;
    readonly action: "restart" | "interrupt";
    readonly afterTaskShare: number;
}

/**
 * The service restarts a quarter into the first `up`'s tasks, the host is killed halfway through them, and the
 * service restarts again while the second `up` waits on what the first one left and on its own creates.
 */
const DISRUPTIONS: readonly Disruption[] = [
    { up: 0, action: "restart", afterTaskShare: 0.25 },
    { up: 0, action: "interrupt", afterTaskShare: 0.5 },
    { up: 1, action: "restart", afterTaskShare: 0.25 },
];

/**
 * Temporary AK/SK credentials with a security token, as the soak's provider uses them: the emulator's `echo` and
 * `trace` faults send them back in answers and error texts, and the soak then looks for them in everything recorded.
 * Throwaway values only this emulator accepts; `/`, `+` and `=` make their JSON-escaped and URL-encoded forms differ.
 */
export const SOAK_CREDENTIALS = {
    accessKey: "SOAKTEMPORARYACCESSKEY",
    secretKey: "soak/secret+key=only-for-the-local-emulator",
    securityToken: "soak/security+token=only-for-the-local-emulator/0123456789abcdef",
} as const;

/** Everything the provider and the engine produced: host output, state, steps, answers and errors. */
function recordedTexts(engine: MockEngine): string {
    return [
        ...engine.providerTexts().values(),
        JSON.stringify(engine.state),
        engine.transcript.text(PRODUCED_BY_PROVIDER),
    ].join("\n");
}

/** Which secret, in which form, `text` holds (names only, never a value). */
export function leaksIn(text: string): string[] {
    const secrets = { "secret key": SOAK_CREDENTIALS.secretKey, "security token": SOAK_CREDENTIALS.securityToken };
    return Object.entries(secrets).flatMap(([name, secret]) => {
        const forms: Record<string, string> = {
            raw: secret,
            "JSON-escaped": JSON.stringify(secret).slice(1, -1).replace(/\//g, "\\/"),
            "URL-encoded": encodeURIComponent(secret),
        };
        return Object.entries(forms)
            .filter(([, form]) => text.includes(form))
            .map(([how]) => `${name} (${how})`);
    });
}

/** The fleet: `tasks` resources, kinds in turn, each with its own dataset, path or name (task-fleet.ts). */
export function soakFleet(tasks: number, timeout: string): FleetTask[] {
    return Array.from({ length: tasks }, (_, i) => fleetTask(TASK_KINDS[i % TASK_KINDS.length]!, i, { timeout }));
}

/** Runs the soak and records it; the stack and its data directory are removed afterwards (`stack.close()`). */
export async function runSoak(
    settings: SoakSettings,
    progress: (line: string) => void = () => {},
): Promise<SoakRecord> {
    const startedAtMs = Date.now();
    const fleet = soakFleet(settings.tasks, settings.timeout);
    const stack = await startEmulatedStack({
        program: fleetProgram(() => fleet),
        emulator: {
            datasets: fleetDatasets(settings.tasks),
            taskDurationMs: settings.taskDurationMs,
            faults: parseFaultSpec(settings.faultSpec),
            seed: settings.seed,
            credentials: [SOAK_CREDENTIALS],
        },
        config: {
            "modelarts:accessKey": SOAK_CREDENTIALS.accessKey,
            "modelarts:secretKey": SOAK_CREDENTIALS.secretKey,
            "modelarts:securityToken": SOAK_CREDENTIALS.securityToken,
        },
    });
    try {
        for (const [bucket, key, content] of fleetObjects(settings.tasks)) stack.putObject(bucket, key, content);
        const ups: SoakUp[] = [];
        do {
            const up = await runUp(stack, ups.length, settings.taskDurationMs);
            ups.push(up);
            progress(describeUp(ups.length, up));
        } while (
            !(ups.length > 1 && isSettled(ups[ups.length - 1]!.steps, fleet.length)) &&
            ups.length < settings.maxUps
        );
        const requests = [...stack.emulator.requests];
        const createdOnServer = createdPerKind(stack);
        const leakedSecrets = leaksIn(recordedTexts(stack.engine));
        await stack.engine.close();
        await stack.emulator.close();
        const serverTasks = await auditServerTasks(
            stack.dataDir,
            fleetDatasets(settings.tasks).map((d) => d.id),
        );
        return {
            taskDurationMs: settings.taskDurationMs,
            // The schema's own parser: the deadline is exactly what the resource's input means.
            timeoutMs: parseDurationMs(settings.timeout),
            resources: resourcesOf(fleet, stack.engine),
            serverTasks,
            createdOnServer,
            requests,
            calls: providerCalls(stack.engine),
            ups,
            wallMs: Date.now() - startedAtMs,
            leakedSecrets,
        };
    } finally {
        await stack.close();
    }
}

/** One `up`, with this up's disruptions (see {@link Disruption}). */
async function runUp(stack: EmulatedStack, index: number, taskDurationMs: number): Promise<SoakUp> {
    const startedAtMs = Date.now();
    const mark = stack.emulator.requests.length;
    const thisUp = () => stack.emulator.requests.slice(mark);
    let finished = false;
    const running = stack.engine.up().finally(() => (finished = true));
    const restartedAtMs: number[] = [];
    let interruptedAtMs: number | undefined;
    const disruptions = DISRUPTIONS.filter((d) => d.up === index);
    if (disruptions.length > 0) {
        await waitFor(() => finished || thisUp().some(isTaskPoll));
        const firstCreatedAtMs = thisUp().find(isCreated)?.atMs ?? Date.now();
        for (const { action, afterTaskShare } of disruptions) {
            await waitFor(() => finished || Date.now() >= firstCreatedAtMs + afterTaskShare * taskDurationMs);
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by `running`'s callback while we wait
            if (finished) break;
            if (action === "restart") {
                restartedAtMs.push(Date.now());
                await stack.emulator.restart();
            } else {
                interruptedAtMs = Date.now();
                stack.engine.interruptProviderHost();
            }
        }
    }
    const result = await running;
    const steps = result.steps.filter(isTask).map(({ name, op, error }) => ({ name, op, ...(error ? { error } : {}) }));
    return {
        startedAtMs,
        endedAtMs: Date.now(),
        restartedAtMs,
        ...(interruptedAtMs ? { interruptedAtMs } : {}),
        steps,
    };
}

/** A GET of one task by id: the waits' polls. */
const isTaskPoll = (request: EmulatorRequest): boolean => purposeOf(request) === "polls";
/** A create the service answered with a task. */
const isCreated = (request: EmulatorRequest): boolean =>
    purposeOf(request) === "creates" && request.status === 200 && request.fault === undefined;

async function waitFor(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function describeUp(count: number, up: SoakUp): string {
    const summary = Object.entries(opCounts(up.steps))
        .map(([op, n]) => `${n} ${op}`)
        .join(", ");
    const events = [
        ...up.restartedAtMs.map(() => "emulator restarted"),
        ...(up.interruptedAtMs ? ["host killed"] : []),
    ];
    const seconds = ((up.endedAtMs - up.startedAtMs) / 1000).toFixed(1);
    return `up ${count}: ${seconds} s, ${summary || "no task steps"}${events.length ? ` (${events.join(", ")})` : ""}`;
}

function createdPerKind(stack: EmulatedStack): SoakRecord["createdOnServer"] {
    const created = stack.emulator.createdTasks();
    return { ImportTask: created.import, ExportTask: created.export, ProcessorTask: created.processor };
}

/** Each requested resource with the id and init errors the final state gives it. */
function resourcesOf(fleet: readonly FleetTask[], engine: MockEngine): SoakResource[] {
    return fleet.map(({ kind, name, args }) => {
        const held = engine.state.resources.find((r) => r.custom && r.name === name);
        const target = kind === "ImportTask" ? args.importPath : args.path;
        return {
            name,
            kind,
            key: taskKey(kind, { datasetId: args.datasetId, path: target, name: args.name }),
            ...(held?.id ? { id: held.id } : {}),
            ...(held?.initErrors ? { initErrors: held.initErrors } : {}),
        };
    });
}

/** Create and Update calls with their answer times, paired through the transcript's `replyTo`. */
function providerCalls(engine: MockEngine): ProviderCall[] {
    const entries = engine.transcript.entries;
    return entries
        .filter((e) => e.kind === "request" && (e.method === "Create" || e.method === "Update"))
        .map((request) => {
            const reply = entries.find((e) => e.replyTo === request.seq);
            const details =
                reply?.kind === "error"
                    ? (reply.data as { message?: unknown; initFailure?: { id?: unknown } })
                    : undefined;
            const error = details === undefined ? undefined : String(details.message);
            const keptId = typeof details?.initFailure?.id === "string" && details.initFailure.id !== "";
            return {
                method: request.method as ProviderCall["method"],
                name: String((request.data as { urn: string }).urn.split("::").pop()),
                sentAtMs: request.atMs,
                ...(reply ? { answeredAtMs: reply.atMs } : {}),
                ...(error === undefined ? {} : { error, keptId }),
            };
        });
}

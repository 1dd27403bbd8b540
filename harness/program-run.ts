/**
 * Evaluates a Pulumi program in this process under `pulumi.runtime.setMocks`, as the Node language host would
 * (`runInPulumiStack`, then waiting for every outstanding resource registration), and hands each registration
 * to the caller, who plays the engine and answers with the resource's id and outputs.
 *
 * The mocks' `newResource` sees deserialized inputs without dependencies or resource options, so the mock
 * monitor's `registerResource` is wrapped to keep the raw request: inputs exactly as the SDK serialized them
 * (secret wrappers, the preview's unknown sentinel), dependencies, parent, `additionalSecretOutputs`,
 * `deleteBeforeReplace`, `retainOnDelete`; and its URNs follow the engine's rule (see `engineUrn`). The Pulumi
 * runtime is process-global: runs are queued, one at a time.
 */
import * as pulumi from "@pulumi/pulumi";
import type { RegisterResourceRequest } from "@pulumi/pulumi/proto/resource_pb";
import { RunActivity } from "./program-settled";
import { fromStruct, type PlainObject } from "./struct";

/** A resource the program registered. */
export interface Registration {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    readonly parent?: string;
    /** As serialized by the SDK: secrets wrapped, unknown values (preview) as the unknown sentinel string. */
    readonly inputs: PlainObject;
    readonly dependencies: string[];
    readonly additionalSecretOutputs: string[];
    /** The `deleteBeforeReplace` resource option, when the program set it. */
    readonly deleteBeforeReplace?: boolean;
    /** The `retainOnDelete` resource option, when the program set it (the SDK sends it only then). */
    readonly retainOnDelete?: boolean;
}

/** The engine's answer to a registration: the id (none for components and previewed creates) and outputs. */
export interface RegistrationResult {
    readonly id?: string;
    readonly outputs: PlainObject;
}

/** What to run and how to answer its registrations. */
export interface ProgramRunOptions {
    /** Evaluates the program: returns its exports (or a function returning them), as a module's exports are. */
    readonly program: () => unknown;
    readonly project: string;
    readonly stack: string;
    readonly preview: boolean;
    /** The stack config the program reads with `pulumi.Config`. */
    readonly config: Record<string, string>;
    readonly register: (registration: Registration) => Promise<RegistrationResult>;
}

/** The stack's exports (plain values; `{}` if they could not be computed) and the errors the program raised. */
export interface ProgramRunResult {
    readonly outputs: PlainObject;
    readonly errors: string[];
}

interface MockMonitorInternals {
    newUrn(parent: string, type: string, name: string): string;
    registerResource(
        req: RegisterResourceRequest,
        callback: (error: unknown, response: unknown) => void,
    ): Promise<void>;
}

// Internal to the SDK (not in its typings): the language host waits on it before exiting.
const settings = require("@pulumi/pulumi/runtime/settings") as { getMonitor(): unknown; waitForRPCs(): Promise<void> };

const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

let queue: Promise<unknown> = Promise.resolve();

/** Runs the program once; resolves when every registration has been answered. */
export function runProgram(options: ProgramRunOptions): Promise<ProgramRunResult> {
    const run = queue.then(() => runExclusively(options));
    queue = run.catch(() => undefined);
    return run;
}

async function runExclusively(options: ProgramRunOptions): Promise<ProgramRunResult> {
    const errors: string[] = [];
    const activity = new RunActivity();
    const note = (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!errors.includes(message)) errors.push(message);
        activity.error();
    };
    const pending: Registration[] = [];
    pulumi.runtime.setAllConfig(options.config);
    await pulumi.runtime.setMocks(
        {
            newResource: async (args) => {
                const index = pending.findIndex((r) => r.type === args.type && r.name === args.name);
                if (index < 0)
                    throw new Error(
                        `${args.type} ${args.name}: reading an existing resource (get/import) is not supported by the harness`,
                    );
                const registration = pending.splice(index, 1)[0]!; // `index` was found above
                const result = await activity.track(() => options.register(registration));
                return { id: result.id, state: result.outputs };
            },
            call: (args) => {
                throw new Error(`invoke ${args.token} is not supported by the harness`);
            },
        },
        options.project,
        options.stack,
        options.preview,
    );
    recordRawRegistrations(settings.getMonitor() as MockMonitorInternals, pending);
    // The SDK rejects the outputs of a failed resource, and of everything waiting on it, with no handler
    // attached; the language host reports those as the program's errors, and so does this.
    process.on("unhandledRejection", note);
    try {
        // After an error the exports may never settle (see program-settled.ts): whichever ends first.
        const completed = completeRun(options, note);
        const failed = activity.settledAfterError().then(() => ({ outputs: {} }));
        const { outputs } = await Promise.race([completed, failed]);
        return { outputs, errors };
    } finally {
        await new Promise((resolve) => setImmediate(resolve)); // let the last rejections be reported
        process.off("unhandledRejection", note);
    }
}

/** Runs the program to its end: its exports computed and every registration answered (`{}` if it threw). */
async function completeRun(
    options: ProgramRunOptions,
    note: (error: unknown) => void,
): Promise<{ outputs: PlainObject }> {
    let outputs: PlainObject = {};
    try {
        outputs =
            (await pulumi.runtime.runInPulumiStack(async () => {
                const exported = await options.program();
                return typeof exported === "function" ? exported() : exported;
            })) ?? {};
    } catch (error) {
        note(error);
    }
    await settings.waitForRPCs();
    return { outputs };
}

function recordRawRegistrations(monitor: MockMonitorInternals, pending: Registration[]): void {
    monitor.newUrn = engineUrn;
    const registerResource = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
        pending.push({
            urn: monitor.newUrn(req.getParent(), req.getType(), req.getName()),
            type: req.getType(),
            name: req.getName(),
            custom: req.getCustom(),
            ...(req.getParent() ? { parent: req.getParent() } : {}),
            inputs: fromStruct(req.getObject()),
            dependencies: req.getDependenciesList(),
            additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
            ...(req.getDeletebeforereplacedefined() ? { deleteBeforeReplace: req.getDeletebeforereplace() } : {}),
            ...(req.hasRetainondelete() ? { retainOnDelete: req.getRetainondelete() === true } : {}),
        });
        return registerResource(req, callback);
    };
}

/**
 * A URN as the engine makes it (`resource.NewURN`, called by the resource monitor): the parent's whole type chain
 * before the type, except the root stack's type. The SDK's mock monitor keeps only the parent's last type and keeps
 * the stack's, so its URNs differ from those `pulumi up` records (and from `pulumi.createUrn`).
 */
function engineUrn(parent: string, type: string, name: string): string {
    const parentType = parent === "" ? "" : (parent.split("::")[2] ?? "");
    const qualified = parentType === "" || parentType === ROOT_STACK_TYPE ? type : `${parentType}$${type}`;
    return `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${qualified}::${name}`;
}

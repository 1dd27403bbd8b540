/**
 * `MockEngine`: `pulumi up`, `preview`, `refresh` and `destroy` without a Pulumi CLI (docs/architecture.md, fact 11).
 * The program runs in this process under `pulumi.runtime.setMocks` (see `program-run.ts`); each dynamic
 * resource it registers is driven through the SDK's real dynamic-provider host over gRPC (see
 * `deployment.ts`), and the real ids and outputs go back to the program, so chained outputs carry real values.
 * One host process serves every run of an engine, as one serves every resource of a `pulumi up`; it is
 * restarted when {@link MockEngine.config} changes (a host is configured once) or after it died. See README.md.
 */
import { Deployment } from "./deployment";
import { recordedLogs, type RecordedLog } from "./engine-service";
import { loadProgramModule, projectName } from "./program-module";
import { runProgram } from "./program-run";
import { startProviderHost, type ProviderHost } from "./provider-host";
import { refreshResource } from "./refresh";
import { revealSecrets } from "./secrets";
import { removeInReverseDependencyOrder, type EngineState } from "./state";
import { deleteResource, type RunResult, type Step } from "./step";
import { Transcript } from "./transcript";

/** What to run, where, and with which stack config. */
export interface MockEngineOptions {
    /** The program's entry module or directory (TypeScript is loaded with ts-node). Give this or `program`. */
    readonly programPath?: string;
    /** An inline program: returns the stack's exports (or a promise of them). */
    readonly program?: () => unknown;
    /** The project directory: the provider host's cwd; its `Pulumi.yaml` names the project. */
    readonly projectDir: string;
    /** The stack config, keys like `modelarts:endpoint`: read by the program and sent to `Configure`. */
    readonly config?: Record<string, string>;
    /** Extra environment variables of the provider host. */
    readonly env?: Record<string, string | undefined>;
    /** The stack name in URNs; `dev` by default. */
    readonly stack?: string;
    /** The project name in URNs; the `name:` of the project directory's `Pulumi.yaml` by default. */
    readonly project?: string;
    /** The engine address the provider host is given; by default an engine service that records `Log` calls. */
    readonly engineAddress?: string;
    /** The state to start from (e.g. a previous engine's `state`); empty by default. */
    readonly state?: EngineState;
}

/** A stack whose program runs against the real dynamic-provider host. */
export class MockEngine {
    /** The state after the last run; plain JSON. */
    state: EngineState;
    /** The stack config of the next run. */
    config: Record<string, string>;
    /** Everything exchanged with the provider host(s), across runs. */
    readonly transcript = new Transcript();
    private host?: { readonly process: ProviderHost; readonly config: string };
    private readonly project: string;
    private readonly providerTextByUrn = new Map<string, string>();
    private running = false;

    constructor(private readonly options: MockEngineOptions) {
        if ((options.programPath === undefined) === (options.program === undefined)) {
            throw new Error("MockEngine needs exactly one of programPath and program");
        }
        this.state = options.state ?? { resources: [] };
        this.config = { ...options.config };
        this.project = options.project ?? projectName(options.projectDir);
    }

    /** Runs the program and applies the changes. */
    up(): Promise<RunResult> {
        return this.exclusive(() => this.deploy(false));
    }

    /** Runs the program, checking and diffing only; the state is unchanged. */
    preview(): Promise<RunResult> {
        return this.exclusive(() => this.deploy(true));
    }

    /** Reads every resource in the state (without running the program); a blank id drops it. */
    refresh(): Promise<RunResult> {
        return this.exclusive(async () => {
            const host = await this.connectedHost();
            const steps: Step[] = [];
            const refreshed = await Promise.all(
                this.state.resources.map((r) =>
                    r.custom && !r.pendingDelete ? refreshResource(host, r, steps) : Promise.resolve([r]),
                ),
            );
            this.state = { resources: refreshed.flat() };
            return { steps, outputs: {}, ok: !steps.some((s) => s.op === "failed"), errors: [] };
        });
    }

    /** Deletes every resource, dependents first. */
    destroy(): Promise<RunResult> {
        return this.exclusive(async () => {
            const host = await this.connectedHost();
            const steps: Step[] = [];
            const removed = await removeInReverseDependencyOrder(this.state.resources, (r) =>
                deleteResource(host, r, steps),
            );
            this.state = { resources: this.state.resources.filter((r) => !removed.has(r)) };
            return { steps, outputs: {}, ok: this.state.resources.length === 0, errors: [] };
        });
    }

    /** The `Log` requests the provider sent to the engine, across runs, in the order they arrived. */
    logs(): RecordedLog[] {
        return recordedLogs(this.transcript);
    }

    /** The `__provider` text each dynamic resource carried at its last registration, by URN. */
    providerTexts(): Map<string, string> {
        return new Map(this.providerTextByUrn);
    }

    /** The `__provider` text of the resource named `name`; throws unless exactly one has that name. */
    providerText(name: string): string {
        const texts = [...this.providerTextByUrn].filter(([urn]) => urn.endsWith(`::${name}`));
        if (texts.length !== 1) throw new Error(`${texts.length} dynamic resources are named ${name}`);
        return texts[0]![1];
    }

    /**
     * Kills the provider host now, as an interrupted `pulumi up` would: operations in flight fail (a create
     * whose response is lost leaves nothing in state), and the next run starts a new host.
     */
    interruptProviderHost(): void {
        this.host?.process.kill();
    }

    /** Stops the provider host. */
    async close(): Promise<void> {
        await this.host?.process.close();
        this.host = undefined;
    }

    private async deploy(preview: boolean): Promise<RunResult> {
        const deployment = new Deployment(await this.connectedHost(), preview, this.state);
        const run = await runProgram({
            program: () => this.evaluateProgram(),
            project: this.project,
            stack: this.options.stack ?? "dev",
            preview,
            config: this.config,
            register: (registration) => {
                const text = revealSecrets(registration.inputs).plain.__provider;
                if (typeof text === "string") this.providerTextByUrn.set(registration.urn, text);
                return deployment.register(registration);
            },
        });
        const state = await deployment.finish(run.errors.length > 0);
        if (!preview) this.state = state;
        const ok = run.errors.length === 0 && !deployment.steps.some((s) => s.op === "failed");
        return { steps: deployment.steps, outputs: run.outputs, ok, errors: run.errors };
    }

    private evaluateProgram(): unknown {
        return this.options.program ? this.options.program() : loadProgramModule(this.options.programPath!);
    }

    /** The host, started (or restarted, when the config changed) and configured with the whole stack config. */
    private async connectedHost(): Promise<ProviderHost> {
        const config = JSON.stringify(this.config);
        if (this.host?.config === config && !this.host.process.exited) return this.host.process;
        await this.close();
        const process = await startProviderHost({
            cwd: this.options.projectDir,
            // The engine also passes the whole config in PULUMI_CONFIG, for `pulumi.Config` inside providers.
            env: { ...this.options.env, PULUMI_CONFIG: config },
            transcript: this.transcript,
            ...(this.options.engineAddress === undefined ? {} : { engineAddress: this.options.engineAddress }),
        });
        this.host = { process, config };
        await process.configure(this.config);
        return process;
    }

    private async exclusive(run: () => Promise<RunResult>): Promise<RunResult> {
        if (this.running) throw new Error("MockEngine runs one operation at a time");
        this.running = true;
        try {
            return await run();
        } finally {
            this.running = false;
        }
    }
}

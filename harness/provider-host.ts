/**
 * The engine's side of the provider protocol for dynamic resources: a client of the SDK's real
 * dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`), calling `pulumirpc.ResourceProvider` over gRPC
 * exactly as `pulumi up` does (docs/architecture.md, fact 11). Every request, response, error and host log line is
 * recorded in {@link ProviderHost.transcript}.
 */
import * as grpc from "@grpc/grpc-js";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as proto from "@pulumi/pulumi/proto/provider_pb";
import { recordedLogs, startEngineService, type EngineService, type RecordedLog } from "./engine-service";
import { spawnHostProcess, type HostProcess } from "./host-process";
import { ProviderCallError } from "./provider-call-error";
import { fromStruct, toStruct, type PlainObject } from "./struct";
import { Transcript, type HostMethod } from "./transcript";

/** Where and how to start the host. */
export interface ProviderHostOptions {
    /** The program directory: the host's cwd, from which it resolves `@pulumi/pulumi` and what providers require. */
    readonly cwd: string;
    /** Variables added to the host's environment (over `process.env`); `undefined` removes one. */
    readonly env?: Record<string, string | undefined>;
    /** Where to record the traffic; a new transcript by default. */
    readonly transcript?: Transcript;
    /**
     * The engine address the host is given. By default the host gets its own engine service (`engine-service.ts`),
     * which records the provider's `Log` requests in the transcript; give one to test an unreachable engine.
     */
    readonly engineAddress?: string;
}

/** One input the provider rejected. */
export interface CheckFailure {
    readonly property: string;
    readonly reason: string;
}

/** `Check`: the inputs to use (defaults applied, `__provider` restored) and the failures. */
export interface CheckResult {
    readonly inputs: PlainObject;
    readonly failures: CheckFailure[];
}

/** `Diff`: `changes` is `undefined` when the provider has no opinion (DIFF_UNKNOWN). */
export interface DiffResult {
    readonly changes: boolean | undefined;
    readonly replaces: string[];
    readonly deleteBeforeReplace: boolean;
}

/** `Create`: the new id and the outputs (`__provider` included, as the host adds it). */
export interface CreateResult {
    readonly id: string;
    readonly outs: PlainObject;
}

/** `Read`: a blank `id` means the resource is gone; `inputs` only when the provider returned some. */
export interface ReadResult {
    readonly id: string;
    readonly props: PlainObject;
    readonly inputs?: PlainObject;
}

/** `Update`: the new outputs. */
export interface UpdateResult {
    readonly outs: PlainObject;
}

const DIFF_CHANGES: Record<number, boolean | undefined> = {
    [proto.DiffResponse.DiffChanges.DIFF_SOME]: true,
    [proto.DiffResponse.DiffChanges.DIFF_NONE]: false,
    [proto.DiffResponse.DiffChanges.DIFF_UNKNOWN]: undefined,
};

/** Spawns the host in `options.cwd` and connects to it. Call {@link ProviderHost.close} when done. */
export async function startProviderHost(options: ProviderHostOptions): Promise<ProviderHost> {
    const transcript = options.transcript ?? new Transcript();
    const env = { ...process.env, ...options.env };
    const engine = options.engineAddress === undefined ? await startEngineService(transcript) : undefined;
    try {
        const address = options.engineAddress ?? engine?.address ?? "";
        const host = await spawnHostProcess(options.cwd, env, address, transcript);
        return new ProviderHost(host, transcript, engine);
    } catch (error) {
        await engine?.close();
        throw error;
    }
}

/** A connected dynamic-provider host. Methods mirror the engine's calls; failures reject with {@link ProviderCallError}. */
export class ProviderHost {
    private readonly client: ResourceProviderClient;
    private closed = false;
    private processExited = false;

    constructor(
        private readonly host: HostProcess,
        /** Everything that crossed the boundary, in order. */
        readonly transcript: Transcript,
        /** The engine service the host was given, when this harness runs it. */
        private readonly engine?: EngineService,
    ) {
        this.client = new ResourceProviderClient(`127.0.0.1:${host.port}`, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": 400 * 1024 * 1024, // the engine's limit (runtime/settings.js)
        });
        void host.exited.then(() => (this.processExited = true));
    }

    /** The `Log` requests the provider sent to the engine service, in the order they arrived. */
    logs(): RecordedLog[] {
        return recordedLogs(this.transcript);
    }

    /** Whether the host process has exited (closed, killed or crashed). */
    get exited(): boolean {
        return this.processExited;
    }

    /** Sends the stack config (keys like `modelarts:endpoint`); resolves to whether the provider accepts secrets. */
    async configure(config: Record<string, string>): Promise<{ acceptSecrets: boolean }> {
        const req = new proto.ConfigureRequest().setArgs(toStruct(config, "Configure args"));
        for (const [key, value] of Object.entries(config)) req.getVariablesMap().set(key, value);
        req.setAcceptsecrets(true).setAcceptresources(true).setSendsOldInputs(true).setSendsOldInputsToDelete(true);
        return this.call(
            "Configure",
            { config },
            (done) => this.client.configure(req, done),
            (res: proto.ConfigureResponse) => ({
                acceptSecrets: res.getAcceptsecrets(),
            }),
        );
    }

    /** `olds` are the inputs recorded in state (`{}` for a new resource), `news` the program's inputs. */
    async check(urn: string, olds: PlainObject, news: PlainObject): Promise<CheckResult> {
        const req = named(new proto.CheckRequest(), urn)
            .setOlds(toStruct(olds, "Check olds"))
            .setNews(toStruct(news, "Check news"));
        return this.call(
            "Check",
            { urn, olds, news },
            (done) => this.client.check(req, done),
            (res: proto.CheckResponse) => ({
                inputs: fromStruct(res.getInputs()),
                failures: res.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
            }),
        );
    }

    /** `olds` are the outputs recorded in state, `news` the checked inputs. */
    async diff(
        id: string,
        urn: string,
        olds: PlainObject,
        news: PlainObject,
        oldInputs: PlainObject = {},
    ): Promise<DiffResult> {
        const req = named(new proto.DiffRequest(), urn)
            .setId(id)
            .setOlds(toStruct(olds, "Diff olds"))
            .setNews(toStruct(news, "Diff news"))
            .setOldInputs(toStruct(oldInputs, "Diff oldInputs"));
        return this.call(
            "Diff",
            { id, urn, olds, news, oldInputs },
            (done) => this.client.diff(req, done),
            (res: proto.DiffResponse) => ({
                changes: DIFF_CHANGES[res.getChanges()],
                replaces: res.getReplacesList(),
                deleteBeforeReplace: res.getDeletebeforereplace(),
            }),
        );
    }

    async create(urn: string, props: PlainObject): Promise<CreateResult> {
        const req = named(new proto.CreateRequest(), urn).setProperties(toStruct(props, "Create properties"));
        return this.call(
            "Create",
            { urn, props },
            (done) => this.client.create(req, done),
            (res: proto.CreateResponse) => ({
                id: res.getId(),
                outs: fromStruct(res.getProperties()),
            }),
        );
    }

    /** `props` are the outputs recorded in state, `inputs` the recorded inputs. */
    async read(id: string, urn: string, props: PlainObject, inputs: PlainObject = {}): Promise<ReadResult> {
        const req = named(new proto.ReadRequest(), urn)
            .setId(id)
            .setProperties(toStruct(props, "Read properties"))
            .setInputs(toStruct(inputs, "Read inputs"));
        return this.call(
            "Read",
            { id, urn, props, inputs },
            (done) => this.client.read(req, done),
            (res: proto.ReadResponse) => ({
                id: res.getId(),
                props: fromStruct(res.getProperties()),
                ...(res.hasInputs() ? { inputs: fromStruct(res.getInputs()) } : {}),
            }),
        );
    }

    /** `olds` are the outputs recorded in state, `news` the checked inputs. */
    async update(
        id: string,
        urn: string,
        olds: PlainObject,
        news: PlainObject,
        oldInputs: PlainObject = {},
    ): Promise<UpdateResult> {
        const req = named(new proto.UpdateRequest(), urn)
            .setId(id)
            .setOlds(toStruct(olds, "Update olds"))
            .setNews(toStruct(news, "Update news"))
            .setOldInputs(toStruct(oldInputs, "Update oldInputs"));
        return this.call(
            "Update",
            { id, urn, olds, news, oldInputs },
            (done) => this.client.update(req, done),
            (res: proto.UpdateResponse) => ({
                outs: fromStruct(res.getProperties()),
            }),
        );
    }

    /** `props` are the outputs recorded in state (the host loads the provider from their `__provider`). */
    async delete(id: string, urn: string, props: PlainObject, oldInputs: PlainObject = {}): Promise<void> {
        const req = named(new proto.DeleteRequest(), urn)
            .setId(id)
            .setProperties(toStruct(props, "Delete properties"))
            .setOldInputs(toStruct(oldInputs, "Delete oldInputs"));
        await this.call(
            "Delete",
            { id, urn, props, oldInputs },
            (done) => this.client.delete(req, done),
            () => ({}),
        );
    }

    /**
     * Kills the host process at once (SIGKILL), as when `pulumi up` is interrupted: calls in flight fail with
     * UNAVAILABLE and the provider's in-memory state is lost.
     */
    kill(): void {
        this.processExited = true; // at once: a call failing because of the kill may be answered before "exit"
        this.host.child.kill("SIGKILL");
    }

    /** Disconnects and stops the host process. Safe to call twice. */
    async close(): Promise<void> {
        if (this.closed) return;
        this.closed = true;
        this.client.close();
        this.host.child.kill();
        await this.host.exited;
        await this.engine?.close();
    }

    private call<Res, Result>(
        method: HostMethod,
        logged: PlainObject,
        send: (done: (error: grpc.ServiceError | null, response: Res) => void) => void,
        decode: (response: Res) => Result,
    ): Promise<Result> {
        const request = this.transcript.record("request", logged, method);
        return new Promise((resolve, reject) => {
            send((error, response) => {
                if (error) {
                    const failure = ProviderCallError.fromGrpc(method, error);
                    const details = { code: failure.code, message: failure.message, initFailure: failure.initFailure };
                    this.transcript.record("error", details, method, request);
                    reject(failure);
                    return;
                }
                const result = decode(response);
                this.transcript.record("response", result, method, request);
                resolve(result);
            });
        });
    }
}

/** Requests carry the resource's type and name besides its URN (`urn:pulumi:stack::project::type::name`). */
function named<R extends { setUrn(v: string): R; setType(v: string): R; setName(v: string): R }>(
    request: R,
    urn: string,
): R {
    const [, , qualifiedType = "", ...nameParts] = urn.split("::");
    return request
        .setUrn(urn)
        .setType(qualifiedType.split("$").pop() ?? "")
        .setName(nameParts.join("::"));
}

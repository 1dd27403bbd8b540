/**
 * Messages to the engine's `Log` RPC (`pulumirpc.Engine`), the way native providers put a resource's status in its
 * row of `pulumi up` (ephemeral) and lines in its diagnostics (docs/architecture.md, fact 12). The engine gives its
 * address to the dynamic-provider host as an argument; the host itself never dials it.
 *
 * The silence rule (docs/design/progress.md): a message is fire-and-forget with a short deadline, never awaited; the
 * first call that fails (refused, unanswered by its deadline, no engine service) silences the log for the rest of
 * the process, and at most {@link MAX_IN_FLIGHT} calls are outstanding. A wait never slows or fails for logging.
 *
 * The gRPC stubs and `@grpc/grpc-js` are the SDK's own (`@pulumi/pulumi/proto/engine_grpc_pb`), loaded on the
 * first message: a host that logs nothing never loads them.
 */
import { createRequire } from "module";
import type * as grpcModule from "@grpc/grpc-js";
import type * as engineGrpcModule from "@pulumi/pulumi/proto/engine_grpc_pb";
import type * as engineProtoModule from "@pulumi/pulumi/proto/engine_pb";

/** One message: `ephemeral` ones show in the resource's row and are replaced by the next; others stay in the log. */
export interface LogEntry {
    readonly severity: "info" | "warning";
    readonly message: string;
    /** The resource the message belongs to; without one the engine shows it as a stack-wide diagnostic. */
    readonly urn?: string;
    readonly ephemeral: boolean;
}

/** Where progress messages go. `send` never throws and never waits. */
export interface EngineLog {
    send(entry: LogEntry): void;
    /** Stops sending and releases the connection (tests; the host process just exits). */
    close(): void;
}

/** How long one `Log` call may take before it counts as failed (and silences the log). */
export const LOG_DEADLINE_MS = 2_000;

/** Calls outstanding at most: beyond, messages are dropped (an engine that accepts but never answers). */
export const MAX_IN_FLIGHT = 64;

/** The log of a process without an engine: drops everything. */
export const silentEngineLog: EngineLog = {
    send: () => undefined,
    close: () => undefined,
};

/**
 * The engine address in a process's `argv`, when the process is the SDK's dynamic-provider host (`node
 * …/cmd/dynamic-provider [flags] <engine address>`). The engine puts its logging and tracing flags (`--logtostderr`,
 * `-v=N`, `--tracing <endpoint>`) before the address, so the address is the first argument that is neither a flag
 * nor a flag's value. Any other process (a test runner, the program) has none.
 */
export function engineAddressOf(argv: readonly string[]): string | undefined {
    const [, script = "", ...args] = argv;
    if (!/[\\/]cmd[\\/]dynamic-provider([\\/]index\.js)?$/.test(script)) return undefined;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? "";
        if (arg === "--tracing") i++;
        else if (!arg.startsWith("-")) return arg;
    }
    return undefined;
}

/** A log sending to the engine at `address` (`host:port`); see the module comment. */
export function connectEngineLog(address: string): EngineLog {
    return new GrpcEngineLog(address);
}

let processLog: EngineLog | undefined;

/** This process's log: to the engine whose address the host was given, or silent. */
export function processEngineLog(): EngineLog {
    if (processLog === undefined) {
        const address = engineAddressOf(process.argv);
        processLog = address === undefined ? silentEngineLog : connectEngineLog(address);
    }
    return processLog;
}

const SEVERITY: Readonly<Record<LogEntry["severity"], keyof typeof engineProtoModule.LogSeverity>> = {
    info: "INFO",
    warning: "WARNING",
};

interface Connection {
    readonly grpc: typeof grpcModule;
    readonly proto: typeof engineProtoModule;
    readonly client: engineGrpcModule.EngineClient;
}

class GrpcEngineLog implements EngineLog {
    private connection: Connection | undefined;
    private inFlight = 0;
    private silenced = false;

    constructor(private readonly address: string) {}

    send(entry: LogEntry): void {
        if (this.silenced || this.inFlight >= MAX_IN_FLIGHT) return;
        try {
            const { grpc, proto, client } = (this.connection ??= this.connect());
            const request = new proto.LogRequest()
                .setSeverity(proto.LogSeverity[SEVERITY[entry.severity]])
                .setMessage(entry.message)
                .setUrn(entry.urn ?? "")
                .setEphemeral(entry.ephemeral);
            this.inFlight++;
            client.log(request, new grpc.Metadata(), { deadline: Date.now() + LOG_DEADLINE_MS }, (error) => {
                this.inFlight--;
                if (error) this.close();
            });
        } catch {
            this.close(); // the stubs would not load or the address would not parse: no engine to talk to
        }
    }

    close(): void {
        this.silenced = true;
        this.connection?.client.close();
    }

    /** The SDK's stubs, and the `@grpc/grpc-js` they were built with (its credentials must be of that copy). */
    private connect(): Connection {
        const stubsPath = require.resolve("@pulumi/pulumi/proto/engine_grpc_pb");
        const fromStubs = createRequire(stubsPath);
        const grpc = fromStubs("@grpc/grpc-js") as typeof grpcModule;
        const stubs = fromStubs(stubsPath) as typeof engineGrpcModule;
        const proto = fromStubs("./engine_pb") as typeof engineProtoModule;
        return { grpc, proto, client: new stubs.EngineClient(this.address, grpc.credentials.createInsecure()) };
    }
}

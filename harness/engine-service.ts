/**
 * The engine's own gRPC service (`pulumirpc.Engine`), at the address the harness gives every provider host as its
 * first argument, as `pulumi up` does (docs/architecture.md, fact 12). `Log` records each request in the
 * transcript (kind `log`) and answers at once; the other methods (root resource, debugging, version checks) are
 * left to grpc-js, which answers UNIMPLEMENTED: the dynamic-provider host calls none of them.
 */
import * as grpc from "@grpc/grpc-js";
import { EngineService as EngineServiceDefinition } from "@pulumi/pulumi/proto/engine_grpc_pb";
import { LogRequest, LogSeverity } from "@pulumi/pulumi/proto/engine_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import type { Transcript } from "./transcript";

/** One `LogRequest` as received: the severity by name. */
export interface RecordedLog {
    readonly severity: "DEBUG" | "INFO" | "WARNING" | "ERROR";
    readonly message: string;
    /** The resource the message belongs to; empty for a stack-wide one. */
    readonly urn: string;
    readonly streamId: number;
    readonly ephemeral: boolean;
}

/** A running engine service: pass `address` to the host; `close()` when done. */
export interface EngineService {
    readonly address: string;
    close(): Promise<void>;
}

const SEVERITY_NAMES = Object.fromEntries(
    Object.entries(LogSeverity).map(([name, value]) => [value, name as RecordedLog["severity"]]),
);

/** Starts the service on a loopback port, recording every `Log` call in `transcript`. */
export async function startEngineService(transcript: Transcript): Promise<EngineService> {
    const server = new grpc.Server();
    server.addService(EngineServiceDefinition, {
        log(call: grpc.ServerUnaryCall<LogRequest, Empty>, callback: grpc.sendUnaryData<Empty>) {
            const request = call.request;
            const entry: RecordedLog = {
                severity: SEVERITY_NAMES[request.getSeverity()] ?? "INFO",
                message: request.getMessage(),
                urn: request.getUrn(),
                streamId: request.getStreamid(),
                ephemeral: request.getEphemeral(),
            };
            transcript.record("log", entry);
            callback(null, new Empty());
        },
    });
    const port = await new Promise<number>((resolve, reject) => {
        server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) => {
            if (error) reject(error);
            else resolve(bound);
        });
    });
    return {
        address: `127.0.0.1:${port}`,
        close: () =>
            new Promise<void>((resolve) => {
                server.tryShutdown(() => {
                    resolve();
                });
            }),
    };
}

/** The `Log` requests a transcript recorded, in the order they arrived. */
export function recordedLogs(transcript: Transcript): RecordedLog[] {
    return transcript.entries.filter((entry) => entry.kind === "log").map((entry) => entry.data as RecordedLog);
}

/**
 * The error a {@link ProviderHost} call rejects with. For `Create` and `Update`, the dynamic-provider host packs
 * an error that carries `id` into a `pulumirpc.ErrorResourceInitFailed` detail of a `google.rpc.Status`, sent in
 * the `grpc-status-details-bin` trailer (`cmd/dynamic-provider/index.js`, `grpcResponseFromError`); the engine
 * reads it as "created but failed to initialize" (docs/architecture.md, fact 5). It is decoded here as `initFailure`.
 */
import type { Metadata, ServiceError } from "@grpc/grpc-js";
import { ErrorResourceInitFailed } from "@pulumi/pulumi/proto/provider_pb";
import { Status } from "@pulumi/pulumi/proto/status_pb";
import { fromStruct, type PlainObject } from "./struct";
import type { HostMethod } from "./transcript";

const INIT_FAILED_TYPE = "pulumirpc.ErrorResourceInitFailed";

/** A resource the provider created but could not initialize: the engine keeps it in state with this id. */
export interface InitFailure {
    readonly id: string;
    readonly properties: PlainObject;
    readonly reasons: string[];
}

/** A failed provider call: the gRPC status code, the provider's message, and the init-failure detail if any. */
export class ProviderCallError extends Error {
    override readonly name = "ProviderCallError";
    readonly isProviderCallError = true;

    constructor(
        readonly method: HostMethod,
        /** The gRPC status code (2 = UNKNOWN for an error thrown by the provider). */
        readonly code: number,
        /** The error's message as the host sent it (the provider's `error.message`). */
        details: string,
        readonly initFailure?: InitFailure,
    ) {
        super(details.includes("Unexpected struct type") ? `${details} (${STRUCT_HINT})` : details);
    }

    /** Brand check: copies of this class loaded twice (ts-node and compiled) are still recognised. */
    static isInstance(error: unknown): error is ProviderCallError {
        return typeof error === "object" && error !== null && (error as ProviderCallError).isProviderCallError;
    }

    /** Builds the error from what `@grpc/grpc-js` reports. */
    static fromGrpc(method: HostMethod, error: ServiceError): ProviderCallError {
        return new ProviderCallError(method, error.code, error.details, decodeInitFailure(error.metadata));
    }
}

const STRUCT_HINT =
    "the provider returned a value protobuf cannot carry, usually `undefined` in its outputs: outputs must be plain JSON";

function decodeInitFailure(metadata: Metadata | undefined): InitFailure | undefined {
    const [packed] = metadata?.get("grpc-status-details-bin") ?? [];
    if (packed === undefined) return undefined;
    const status = Status.deserializeBinary(typeof packed === "string" ? Buffer.from(packed, "base64") : packed);
    const detail = status.getDetailsList().find((any) => any.getTypeName() === INIT_FAILED_TYPE);
    if (detail === undefined) return undefined;
    const failure = ErrorResourceInitFailed.deserializeBinary(detail.getValue_asU8());
    return { id: failure.getId(), properties: fromStruct(failure.getProperties()), reasons: failure.getReasonsList() };
}

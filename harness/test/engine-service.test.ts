import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import { EngineClient } from "@pulumi/pulumi/proto/engine_grpc_pb";
import { LogRequest, LogSeverity } from "@pulumi/pulumi/proto/engine_pb";
import { MockEngine } from "../engine";
import { recordedLogs, startEngineService, type EngineService } from "../engine-service";
import { PRODUCED_BY_PROVIDER, Transcript } from "../transcript";
import { TRIVIAL_DIR } from "./trivial-stack";

describe("the engine service the harness gives provider hosts", () => {
    let transcript: Transcript;
    let service: EngineService;
    let client: EngineClient;
    before(async () => {
        transcript = new Transcript();
        service = await startEngineService(transcript);
        client = new EngineClient(service.address, grpc.credentials.createInsecure());
    });
    after(async () => {
        client.close();
        await service.close();
    });

    const send = (request: LogRequest) =>
        new Promise<void>((resolve, reject) => {
            client.log(request, (error) => {
                if (error) reject(error);
                else resolve();
            });
        });

    it("answers Log and records every field of each request, in order, as provider output", async () => {
        const urn = "urn:pulumi:dev::p::pulumi-nodejs:dynamic/modelarts:ImportTask::raw";
        await send(new LogRequest().setSeverity(LogSeverity.INFO).setMessage("created task t1").setUrn(urn));
        await send(
            new LogRequest().setSeverity(LogSeverity.WARNING).setMessage("RUNNING").setEphemeral(true).setStreamid(3),
        );
        assert.deepEqual(recordedLogs(transcript), [
            { severity: "INFO", message: "created task t1", urn, streamId: 0, ephemeral: false },
            { severity: "WARNING", message: "RUNNING", urn: "", streamId: 3, ephemeral: true },
        ]);
        assert.ok(PRODUCED_BY_PROVIDER.includes("log"), "secret-leak checks read the logs too");
        assert.match(transcript.text(PRODUCED_BY_PROVIDER), /created task t1/);
    });

    it("answers UNIMPLEMENTED to what the dynamic-provider host never calls", async () => {
        const { GetRootResourceRequest } = await import("@pulumi/pulumi/proto/engine_pb");
        const error = await new Promise<grpc.ServiceError | null>((resolve) => {
            client.getRootResource(new GetRootResourceRequest(), (e) => {
                resolve(e);
            });
        });
        assert.equal(error?.code, grpc.status.UNIMPLEMENTED);
    });
});

describe("URNs of the harness", () => {
    it("follow the engine's rule: the parent's whole type chain, the root stack's type left out", async () => {
        const engine = new MockEngine({
            projectDir: TRIVIAL_DIR,
            program: () => {
                const outer = new pulumi.ComponentResource("trivial:Outer", "outer");
                const inner = new pulumi.ComponentResource("trivial:Inner", "inner", {}, { parent: outer });
                const leaf = new pulumi.ComponentResource("trivial:Leaf", "leaf", {}, { parent: inner });
                return { urns: [outer.urn, inner.urn, leaf.urn] };
            },
        });
        try {
            const result = await engine.preview();
            assert.deepEqual(result.outputs.urns, [
                "urn:pulumi:dev::trivial-program::trivial:Outer::outer",
                "urn:pulumi:dev::trivial-program::trivial:Outer$trivial:Inner::inner",
                "urn:pulumi:dev::trivial-program::trivial:Outer$trivial:Inner$trivial:Leaf::leaf",
            ]);
        } finally {
            await engine.close();
        }
    });
});

/**
 * The silence rule (docs/design/progress.md): when the engine address refuses connections, or accepts them and never
 * answers, progress messages are dropped and no wait is slowed or failed. Real time, bounded: the log's deadline is
 * real (gRPC deadlines are wall-clock), so these run against real sockets.
 */
import assert from "node:assert/strict";
import { createServer, type Socket } from "net";
import { connectEngineLog, LOG_DEADLINE_MS } from "../../provider/impl/engine-log";
import { DATASET_ID, EmulatedStack, modelarts, PNG, startEmulatedStack } from "../../testkit/emulated-stack";
import { until } from "../../testkit/until";

const TASK_DURATION_MS = 1_000;

/** A listener that accepts connections and never writes a byte; counts connections and bytes received. */
async function blackHole() {
    const sockets: Socket[] = [];
    let bytes = 0;
    const server = createServer((socket) => {
        sockets.push(socket);
        socket.on("data", (chunk: Buffer) => (bytes += chunk.length));
        socket.on("error", () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    return {
        address: `127.0.0.1:${port}`,
        connections: () => sockets.length,
        bytes: () => bytes,
        close: () =>
            new Promise<void>((resolve) => {
                for (const socket of sockets) socket.destroy();
                server.close(() => {
                    resolve();
                });
            }),
    };
}

/** A loopback port nothing listens on: bound, then released. */
async function refusedAddress(): Promise<string> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return `127.0.0.1:${port}`;
}

describe("reliability: an engine that cannot be reached", function () {
    this.timeout(60_000);

    describe("the engine log", () => {
        it("never waits on a listener that never answers, and goes silent after the first call's deadline", async () => {
            const hole = await blackHole();
            const log = connectEngineLog(hole.address);
            try {
                const started = performance.now();
                for (let i = 0; i < 500; i++) log.send({ severity: "info", message: `m${i}`, ephemeral: true });
                assert.ok(performance.now() - started < 500, `${performance.now() - started} ms to send 500 messages`);
                await until(() => hole.bytes() > 0, 5_000); // the calls did go out
                await new Promise((resolve) => setTimeout(resolve, LOG_DEADLINE_MS + 500));
                const [connections, bytes] = [hole.connections(), hole.bytes()];
                log.send({ severity: "info", message: "after the deadline", ephemeral: false });
                await new Promise((resolve) => setTimeout(resolve, 300));
                assert.deepEqual([hole.connections(), hole.bytes()], [connections, bytes], "silent since the deadline");
            } finally {
                log.close();
                await hole.close();
            }
        });
    });

    describe("a wait", () => {
        let stack: EmulatedStack;
        afterEach(() => stack.close());

        async function importWithEngineAt(engineAddress: string): Promise<number> {
            stack = await startEmulatedStack({
                program: () => {
                    new (modelarts().ImportTask)("raw", {
                        datasetId: DATASET_ID,
                        importPath: "obs://bucket/raw/",
                        importType: "dir",
                    });
                },
                emulator: { taskDurationMs: TASK_DURATION_MS },
                engineAddress,
            });
            stack.putObject("bucket", "raw/a.png", PNG);
            const result = await stack.engine.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            assert.deepEqual(stack.engine.logs(), []);
            const stderr = stack.engine.transcript.entries.filter((e) => e.kind === "stderr").map((e) => e.data);
            assert.deepEqual(stderr, [], "nothing about the engine on the host's stderr");
            const create = stack.engine.transcript.entries.find((e) => e.kind === "request" && e.method === "Create")!;
            const answer = stack.engine.transcript.entries.find((e) => e.replyTo === create.seq)!;
            return answer.atMs - create.atMs;
        }

        // Five messages or more per create: a log that waited for each answer would add 5 × LOG_DEADLINE_MS.
        const bound = TASK_DURATION_MS + 2 * LOG_DEADLINE_MS;

        it("completes at its usual pace when the engine address refuses connections", async () => {
            const tookMs = await importWithEngineAt(await refusedAddress());
            assert.ok(tookMs < bound, `the create took ${tookMs} ms`);
        });

        it("completes at its usual pace when the engine address accepts connections and never answers", async () => {
            const hole = await blackHole();
            try {
                const tookMs = await importWithEngineAt(hole.address);
                assert.ok(tookMs < bound, `the create took ${tookMs} ms`);
                assert.ok(hole.connections() > 0, "the provider did dial the engine");
            } finally {
                await hole.close();
            }
        });
    });
});

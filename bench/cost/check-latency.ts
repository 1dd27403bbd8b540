/**
 * `check` latency for a large valid input, four ways: `Check` RPCs to our provider through the running
 * dynamic-provider host; the same RPCs to the trivial provider with the same input (the part of the latency
 * that is gRPC, protobuf Struct conversion on both sides and the host, whatever the provider does); our
 * `validateInputs` called in this process (the part that is ours); and the harness client's own share of each
 * RPC (encoding the request, decoding the answer: work the engine, written in Go, does in a real `pulumi up`).
 * The two RPC series alternate call by call (ABBA), after a warm-up of each, so they see the same machine.
 */
import { BENCH_CONFIG } from "./inputs";
import { CheckRequest, CheckResponse } from "@pulumi/pulumi/proto/provider_pb";
import { fromStruct, toStruct, type PlainObject } from "../../harness/struct";
import type { TaskResourceKind } from "../../provider/kinds";
import { validateInputs } from "../../provider/schemas/validate";
import { inputTableOf } from "../../provider/registry";
import { distribution, Distribution } from "../common/stats";
import { startQuietHost, urnOf } from "./quiet-host";
import { alternatingOrder } from "./startup";

/** How many calls to time, after how many untimed ones. */
export interface LatencySettings {
    readonly checks: number;
    readonly warmup: number;
}

/** The latencies (ms) for one kind's large input. */
export interface CheckLatency {
    readonly kind: TaskResourceKind;
    /** The input's size as JSON, in bytes. */
    readonly inputBytes: number;
    readonly rpcOurs: Distribution;
    readonly rpcTrivial: Distribution;
    readonly inProcess: Distribution;
    readonly clientSide: Distribution;
}

/** What to send: our `__provider` per kind with its large input, and the trivial provider's `__provider`. */
export interface LatencySubjects {
    readonly ours: ReadonlyArray<{
        readonly kind: TaskResourceKind;
        readonly provider: string;
        readonly input: PlainObject;
    }>;
    readonly trivialProvider: string;
}

/** Measures every kind in `subjects.ours` through one host (one per `pulumi up` serves every resource). */
export async function measureCheckLatency(
    subjects: LatencySubjects,
    settings: LatencySettings,
): Promise<CheckLatency[]> {
    const host = await startQuietHost();
    try {
        await host.configure({ ...BENCH_CONFIG });
        const results: CheckLatency[] = [];
        for (const { kind, provider, input } of subjects.ours) {
            const check = async (type: string, news: PlainObject) => {
                const startMs = performance.now();
                const { failures } = await host.check(urnOf(type), {}, news);
                const ms = performance.now() - startMs;
                if (failures.length > 0)
                    throw new Error(`${type} rejected the large input: ${JSON.stringify(failures)}`);
                return ms;
            };
            const ours = () => check(`modelarts:${kind}`, { ...input, __provider: provider });
            // Echo requires a string `value` and returns its inputs, so both answers carry the same input back.
            const trivial = () => check("trivial:Echo", { ...input, value: "x", __provider: subjects.trivialProvider });
            // timeInTurn returns one list of times per call, in order.
            const [oursMs, trivialMs] = await timeInTurn([ours, trivial], settings);
            results.push({
                kind,
                inputBytes: Buffer.byteLength(JSON.stringify(input)),
                rpcOurs: distribution(oursMs!),
                rpcTrivial: distribution(trivialMs!),
                inProcess: distribution(
                    repeat(settings, () => {
                        const failures = validateInputs(inputTableOf(kind), input);
                        if (failures.length > 0)
                            throw new Error(
                                `validateInputs rejected the large ${kind} input: ${JSON.stringify(failures)}`,
                            );
                    }),
                ),
                clientSide: distribution(repeat(settings, clientEncoding({ ...input, __provider: provider }))),
            });
        }
        return results;
    } finally {
        await host.close();
    }
}

/** Each of `calls` run `warmup` times, then timed `checks` times, in ABBA order; times (ms) per call. */
async function timeInTurn(calls: ReadonlyArray<() => Promise<number>>, settings: LatencySettings): Promise<number[][]> {
    const times = calls.map((): number[] => []);
    const rounds = alternatingOrder(
        calls.map((_, index) => index),
        settings.warmup + settings.checks,
    );
    for (const [position, index] of rounds.entries()) {
        // `index` ranges over the indices of `calls` (and so of `times`).
        const ms = await calls[index]!();
        if (position >= settings.warmup * calls.length) times[index]!.push(ms);
    }
    return times;
}

/** `body` run `warmup` times, then timed call by call `checks` times (ms). */
function repeat(settings: LatencySettings, body: () => void): number[] {
    const times: number[] = [];
    for (let call = 0; call < settings.warmup + settings.checks; call++) {
        const startMs = performance.now();
        body();
        if (call >= settings.warmup) times.push(performance.now() - startMs);
    }
    return times;
}

/**
 * What the harness's client does per `Check` (`ProviderHost.check`): the request to a Struct and to bytes, and
 * an answer carrying the same inputs back from bytes to a plain object. gRPC framing is left out.
 */
function clientEncoding(news: PlainObject): () => void {
    const answer = new CheckResponse().setInputs(toStruct(news, "answer")).serializeBinary();
    return () => {
        new CheckRequest().setOlds(toStruct({}, "olds")).setNews(toStruct(news, "news")).serializeBinary();
        fromStruct(CheckResponse.deserializeBinary(answer).getInputs());
    };
}

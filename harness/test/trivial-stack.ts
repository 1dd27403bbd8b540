/**
 * Test support: a {@link MockEngine} running the trivial program (`testkit/trivial-program`) inline, on
 * Echo specs a test may change between runs (the provider host then keeps running, as a changed stack config
 * would restart it).
 */
import { join } from "path";
import { declareEchoes, type EchoSpec } from "../../testkit/trivial-program/program";
import { MockEngine } from "../engine";
import type { HostMethod } from "../transcript";

export const TRIVIAL_DIR = join(__dirname, "..", "..", "testkit", "trivial-program");
export const ECHO_TYPE = "pulumi-nodejs:dynamic/trivial:Echo";

/** An engine on the trivial program and the specs its next run declares. */
export interface TrivialStack {
    specs: Record<string, EchoSpec>;
    readonly engine: MockEngine;
}

/** A stack declaring `specs`, with the given stack config. */
export function trivialStack(specs: Record<string, EchoSpec>, config: Record<string, string> = {}): TrivialStack {
    const stack: { specs: Record<string, EchoSpec>; engine?: MockEngine } = { specs };
    stack.engine = new MockEngine({ program: () => declareEchoes(stack.specs), projectDir: TRIVIAL_DIR, config });
    return stack as TrivialStack;
}

/** A provider call as the transcript recorded it. */
export interface RecordedCall {
    readonly method: HostMethod;
    readonly data: {
        urn: string;
        id?: string;
        props?: Record<string, unknown>;
        news?: Record<string, unknown>;
        olds?: Record<string, unknown>;
    };
}

/** The provider calls recorded after the first `from` transcript entries (use `transcript.entries.length` as a mark). */
export function callsAfter(engine: MockEngine, from: number): RecordedCall[] {
    return engine.transcript.entries
        .slice(from)
        .filter((entry) => entry.kind === "request" && entry.method !== "Configure")
        .map((entry) => ({ method: entry.method!, data: entry.data as RecordedCall["data"] }));
}

/** `Method name` for each call, the name being the URN's last segment: compact to compare in assertions. */
export function describeCalls(calls: RecordedCall[]): string[] {
    return calls.map((call) => `${call.method} ${call.data.urn.split("::").pop()}`);
}

/** The op of each step for the trivial program's Echoes (the stack component left out), by resource name. */
export function echoOps(steps: { name: string; type: string; op: string }[]): string[] {
    return steps.filter((step) => step.type === ECHO_TYPE).map((step) => `${step.op} ${step.name}`);
}

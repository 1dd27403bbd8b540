import assert from "node:assert/strict";
import { MockEngine } from "../engine";
import { PRODUCED_BY_PROVIDER } from "../transcript";
import { callsAfter, describeCalls, echoOps, TRIVIAL_DIR, trivialStack, type TrivialStack } from "./trivial-stack";
import { until } from "../../testkit/until";

describe("MockEngine lifecycle (trivial program)", () => {
    let stack: TrivialStack;
    afterEach(() => stack.engine.close());

    it("keeps a resource that failed to initialize, with its id, and calls Update on it at the next up", async () => {
        stack = trivialStack({ a: { value: "x", failInit: "task FAILED: ModelArts.4360" } });
        const first = await stack.engine.up();

        assert.equal(first.ok, false);
        const failed = first.steps.find((s) => s.name === "a")!;
        assert.equal(failed.op, "failed");
        assert.equal(failed.error, "task FAILED: ModelArts.4360");
        const [kept] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(kept, "the resource that failed to initialize is kept in state");
        assert.equal(kept.id, failed.id);
        assert.deepEqual(kept.initErrors, ["task FAILED: ModelArts.4360"]);
        assert.equal(kept.outputs.echoed, "x");

        const mark = stack.engine.transcript.entries.length;
        const second = await stack.engine.up();

        assert.equal(second.ok, true, second.errors.join("\n"));
        assert.deepEqual(echoOps(second.steps), ["update a"]);
        const calls = callsAfter(stack.engine, mark);
        assert.deepEqual(describeCalls(calls), ["Check a", "Diff a", "Update a"]);
        assert.equal(calls[2]!.data.id, kept.id);
        const [resumed] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(resumed, "the resource is still in state after the second up");
        assert.equal(resumed.id, kept.id);
        assert.equal(resumed.initErrors, undefined);
    });

    it("creates nothing and keeps no state for a plain create error, and starts no dependent", async () => {
        stack = trivialStack({ a: { value: "x", failCreate: "quota exceeded" }, b: { value: "y", upstream: "a" } });
        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        assert.deepEqual(echoOps(result.steps), ["failed a"]);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, 0)), ["Check a", "Create a"]);
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom),
            [],
        );
    });

    it("loses a create in flight when the host is interrupted, and starts a new host at the next up", async () => {
        stack = trivialStack({ a: { value: "x", barrier: 2 } }); // the only create waits for a second one
        const running = stack.engine.up();
        await until(() => describeCalls(callsAfter(stack.engine, 0)).includes("Create a"));
        stack.engine.interruptProviderHost();

        const interrupted = await running;

        assert.equal(interrupted.ok, false);
        assert.match(
            interrupted.steps.find((s) => s.name === "a")!.error!,
            /UNAVAILABLE|Connection dropped|ECONNRESET/i,
        );
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom),
            [],
        );
        stack.specs = { a: { value: "x" } };
        const resumed = await stack.engine.up();
        assert.deepEqual(echoOps(resumed.steps), ["create a"]);
        assert.equal(
            stack.engine.transcript.entries.filter((e) => e.kind === "request" && e.method === "Configure").length,
            2,
        );
    });

    it("refreshes with Read: no change for a live resource, drops one read back with a blank id", async () => {
        stack = trivialStack({ live: { value: "x" }, vanished: { value: "y", goneOnRead: true } });
        await stack.engine.up();

        const result = await stack.engine.refresh();

        assert.equal(result.ok, true);
        const ops = result.steps.map((s) => `${s.op} ${s.name} ${s.changed ?? ""}`).sort();
        assert.deepEqual(ops, ["delete vanished ", "read live false"]);
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom).map((r) => r.name),
            ["live"],
        );
    });

    it("destroys every resource, dependents before what they depend on", async () => {
        stack = trivialStack({
            a: { value: "x" },
            b: { value: "y", dependsOn: ["a"] },
            c: { value: "z", upstream: "b" },
        });
        await stack.engine.up();
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.destroy();

        assert.equal(result.ok, true);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Delete c", "Delete b", "Delete a"]);
        assert.deepEqual(stack.engine.state.resources, []);
    });

    it("issues the calls of many resources concurrently, as the engine does", async () => {
        // Each create waits until 50 creates are in flight at once, so a serializing harness fails this test.
        const specs = Object.fromEntries(
            Array.from({ length: 50 }, (_, i) => [`e${i}`, { value: `v${i}`, barrier: 50 }]),
        );
        stack = trivialStack(specs);

        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(echoOps(result.steps).filter((op) => op.startsWith("create")).length, 50);
    });

    it("records the traffic, and shows that the provider never echoes a config secret", async () => {
        stack = trivialStack(
            { a: { value: "x" }, bad: { value: "x", undefinedOutput: true } },
            { "trivial:apiKey": "s3cr3t-key" },
        );
        const result = await stack.engine.up();

        const failed = result.steps.find((s) => s.name === "bad")!;
        assert.match(failed.error!, /Unexpected struct type.*outputs must be plain JSON/);
        const { transcript } = stack.engine;
        const kinds = new Set(transcript.entries.map((e) => `${e.kind} ${e.method ?? ""}`.trim()));
        for (const kind of [
            "request Configure",
            "response Configure",
            "request Check",
            "response Check",
            "response Create",
            "error Create",
        ]) {
            assert.ok(kinds.has(kind), `transcript lacks ${kind}`);
        }
        assert.ok(transcript.text(["request"]).includes("s3cr3t-key"), "Configure receives the whole stack config");
        assert.equal(transcript.text(PRODUCED_BY_PROVIDER).includes("s3cr3t-key"), false);
        assert.equal(stack.engine.state.resources.find((r) => r.name === "a")!.outputs.configured, true);
    });

    it("captures each resource's __provider: a few KB, with no stack config captured in it", async () => {
        stack = trivialStack(
            { a: { value: "x" } },
            { "trivial:prefix": "config-prefix-", "trivial:apiKey": "s3cr3t-key" },
        );
        await stack.engine.preview();

        const text = stack.engine.providerText("a");
        const bytes = Buffer.byteLength(text);
        assert.ok(bytes > 500 && bytes < 16 * 1024, `__provider is ${bytes} bytes`);
        assert.match(text, /exports\.handler/);
        assert.equal(text.includes("config-prefix-") || text.includes("s3cr3t-key"), false);
        assert.deepEqual(
            [...stack.engine.providerTexts().keys()].map((urn) => urn.split("::").pop()),
            ["a"],
        );
    });
});

describe("MockEngine with a program module", () => {
    let engine: MockEngine;
    afterEach(() => engine.close());

    it("evaluates the module again at every run, reads stack config, and restarts the host when the config changes", async () => {
        const echoes = (specs: object) => ({ "trivial:echoes": JSON.stringify(specs), "trivial:prefix": "p-" });
        engine = new MockEngine({
            programPath: TRIVIAL_DIR,
            projectDir: TRIVIAL_DIR,
            config: echoes({ a: { value: "x" } }),
        });
        const first = await engine.up();
        engine.config = echoes({ a: { value: "x" }, b: { value: "y" } });

        const second = await engine.up();

        assert.deepEqual(first.outputs.echoed, { a: "p-x" });
        assert.deepEqual(second.outputs.echoed, { a: "p-x", b: "p-y" });
        assert.deepEqual(echoOps(second.steps).sort(), ["create b", "same a"]);
        assert.match(engine.state.resources[1]!.urn, /^urn:pulumi:dev::trivial-program::/);
        const configures = engine.transcript.entries.filter((e) => e.kind === "request" && e.method === "Configure");
        assert.equal(configures.length, 2);
        assert.equal(engine.transcript.entries.filter((e) => e.kind === "exit").length, 1);
    });
});

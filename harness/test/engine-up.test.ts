import assert from "node:assert/strict";
import { callsAfter, describeCalls, echoOps, trivialStack, type TrivialStack } from "./trivial-stack";

describe("MockEngine up and preview (trivial program)", () => {
    let stack: TrivialStack;
    afterEach(() => stack.engine.close());

    it("creates each resource and hands its real id and outputs back to the program and the exports", async () => {
        stack = trivialStack({ a: { value: "x" }, b: { value: "y", upstream: "a" } }, { "trivial:prefix": "p-" });
        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.deepEqual(echoOps(result.steps), ["create a", "create b"]);
        const [a, b] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(a && b, "both resources are in state");
        assert.match(a.id!, /^echo-/);
        assert.deepEqual(result.outputs, { ids: { a: a.id, b: b.id }, echoed: { a: "p-x", b: "p-y" } });
        // b's input is a's real id, and the dependency is recorded for ordering deletes.
        assert.equal(b.inputs.upstreamId, a.id);
        assert.deepEqual(b.dependencies, [a.urn]);
    });

    it("calls only Check and Diff on a second up with the same program, and reports every resource same", async () => {
        stack = trivialStack({ a: { value: "x" } });
        await stack.engine.up();
        const stateBefore = stack.engine.state;
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.up();

        assert.equal(result.ok, true);
        assert.deepEqual(echoOps(result.steps), ["same a"]);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Check a", "Diff a"]);
        assert.deepEqual(stack.engine.state, stateBefore);
    });

    it("fails the step on check failures, without calling Create", async () => {
        stack = trivialStack({ bad: { value: 42 as unknown as string } });
        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        const failed = result.steps.find((s) => s.name === "bad")!;
        assert.equal(failed.op, "failed");
        assert.deepEqual(failed.failures, [{ property: "value", reason: "value must be a string, got number" }]);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, 0)), ["Check bad"]);
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom),
            [],
        );
        assert.ok(
            result.errors.some((e) => e.includes("value: value must be a string")),
            result.errors.join("\n"),
        );
    });

    it("replaces on a replacing change: creates the new resource, then deletes the old one", async () => {
        stack = trivialStack({ a: { value: "x" } });
        await stack.engine.up();
        const oldId = stack.engine.state.resources.find((r) => r.custom)!.id;
        stack.specs = { a: { value: "changed" } };
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.up();

        const newId = stack.engine.state.resources.find((r) => r.custom)!.id;
        assert.notEqual(newId, oldId);
        assert.deepEqual(echoOps(result.steps), ["replace a", "delete a"]);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), [
            "Check a",
            "Diff a",
            "Check a",
            "Create a",
            "Delete a",
        ]);
        assert.equal(callsAfter(stack.engine, mark).find((c) => c.method === "Delete")!.data.id, oldId);
    });

    it("deletes first when the provider asks for delete-before-replace", async () => {
        stack = trivialStack({ a: { value: "x", deleteBeforeReplace: true } });
        await stack.engine.up();
        stack.specs = { a: { value: "changed", deleteBeforeReplace: true } };
        const mark = stack.engine.transcript.entries.length;

        await stack.engine.up();

        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), [
            "Check a",
            "Diff a",
            "Check a",
            "Delete a",
            "Create a",
        ]);
    });

    it("updates in place on a non-replacing change, keeping the id", async () => {
        stack = trivialStack({ a: { value: "x" } });
        await stack.engine.up();
        const id = stack.engine.state.resources.find((r) => r.custom)!.id;
        stack.specs = { a: { value: "x", note: "new note" } };

        const result = await stack.engine.up();

        assert.deepEqual(echoOps(result.steps), ["update a"]);
        const updated = stack.engine.state.resources.find((r) => r.custom)!;
        assert.equal(updated.id, id);
        assert.equal(updated.outputs.updates, 1);
        assert.equal(updated.outputs.note, "new note");
    });

    it("deletes, dependents first, the resources the program no longer declares", async () => {
        stack = trivialStack({ a: { value: "x" }, b: { value: "y", upstream: "a" }, keep: { value: "k" } });
        await stack.engine.up();
        stack.specs = { keep: { value: "k" } };
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.up();

        assert.equal(result.ok, true);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark).filter((c) => c.method === "Delete")), [
            "Delete b",
            "Delete a",
        ]);
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom).map((r) => r.name),
            ["keep"],
        );
    });

    it("deletes nothing when the program fails, even resources it did not get to declare", async () => {
        stack = trivialStack({ a: { value: "x" }, b: { value: "y" } });
        await stack.engine.up();
        const stateBefore = stack.engine.state;
        stack.specs = { a: { value: "x" }, b: { value: "y", upstream: "missing" } }; // the program throws on b

        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        assert.ok(
            result.errors.some((e) => e.includes("reading 'id'")),
            result.errors.join("\n"),
        );
        assert.equal(
            result.steps.some((s) => s.op === "delete"),
            false,
        );
        assert.deepEqual(
            stack.engine.state.resources.map((r) => r.name),
            stateBefore.resources.map((r) => r.name),
        );
    });

    it("previews with Check and Diff only: unknown outputs, planned ops, unchanged state", async () => {
        stack = trivialStack({ a: { value: "x" } });
        await stack.engine.up();
        const stateBefore = stack.engine.state;
        stack.specs = { a: { value: "changed" }, b: { value: "y", upstream: "a" } };
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.preview();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.deepEqual(echoOps(result.steps), ["replace a", "create b"]);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Check a", "Diff a", "Check a", "Check b"]);
        // b's upstreamId is a's future id: unknown, so Check gets the unknown sentinel (docs/architecture.md, fact 3).
        const checkB = callsAfter(stack.engine, mark).find((c) => c.data.urn.endsWith("::b"))!;
        assert.equal(checkB.data.news!.upstreamId, "04da6b54-80e4-46f7-96ec-b56ff0331ba9");
        assert.deepEqual(result.outputs, {});
        assert.deepEqual(stack.engine.state, stateBefore);
    });

    it("sends secret inputs in plain text to the host, seals them in state, and marks only same-key outputs secret", async () => {
        stack = trivialStack({ s: { value: "hunter2", secret: true, additionalSecretOutputs: ["updates"] } });
        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        const create = callsAfter(stack.engine, 0).find((c) => c.method === "Create")!;
        assert.equal(create.data.props!.value, "hunter2");
        const [state] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(state, "the resource is in state");
        assert.equal(JSON.stringify(state.inputs).includes("hunter2"), false);
        assert.equal(JSON.stringify(state.outputs.value).includes("hunter2"), false);
        assert.equal(JSON.stringify(state.outputs.updates).includes("ciphertext"), true);
        // A derived output is not secret (docs/architecture.md, fact 8): the echo of the secret lies in plain text.
        assert.equal(state.outputs.echoed, "hunter2");
    });
});

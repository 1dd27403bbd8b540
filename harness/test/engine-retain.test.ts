import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { Echo } from "../../testkit/trivial-program/echo";
import { MockEngine } from "../engine";
import { callsAfter, describeCalls, ECHO_TYPE, TRIVIAL_DIR, trivialStack, type TrivialStack } from "./trivial-stack";

/** The `delete` steps of Echoes: `name` or `name (retained)`, with the id deleted or dropped. */
function deletes(
    steps: { name: string; type: string; op: string; id?: string; retained?: true }[],
): Array<[string, string]> {
    return steps
        .filter((s) => s.type === ECHO_TYPE && s.op === "delete")
        .map((s): [string, string] => [s.retained ? `${s.name} (retained)` : s.name, s.id ?? ""]);
}

describe("MockEngine and the retainOnDelete option (trivial program)", () => {
    let stack: TrivialStack;
    afterEach(() => stack.engine.close());

    it("replaces a retained resource without calling Delete on its old copy, which leaves the state", async () => {
        stack = trivialStack({ a: { value: "x", retainOnDelete: true } });
        await stack.engine.up();
        const oldId = stack.engine.state.resources.find((r) => r.custom)!.id!;
        stack.specs = { a: { value: "changed", retainOnDelete: true } };
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Check a", "Diff a", "Check a", "Create a"]);
        assert.deepEqual(deletes(result.steps), [["a (retained)", oldId]]);
        const custom = stack.engine.state.resources.filter((r) => r.custom);
        assert.deepEqual(
            custom.map((r) => [r.name, r.retainOnDelete, r.pendingDelete]),
            [["a", true, undefined]],
        );
        assert.notEqual(custom[0]!.id, oldId);
    });

    it("calls no Delete for a retained resource when deleting first is asked for either", async () => {
        stack = trivialStack({ a: { value: "x", deleteBeforeReplace: true, retainOnDelete: true } });
        await stack.engine.up();
        stack.specs = { a: { value: "changed", deleteBeforeReplace: true, retainOnDelete: true } };
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Check a", "Diff a", "Check a", "Create a"]);
        assert.deepEqual(
            deletes(result.steps).map(([name]) => name),
            ["a (retained)"],
        );
    });

    it("destroys: Delete for the others, none for a retained resource, and the state ends empty", async () => {
        stack = trivialStack({
            kept: { value: "x", retainOnDelete: true },
            gone: { value: "y", upstream: "kept" },
            unset: { value: "z", retainOnDelete: false },
        });
        await stack.engine.up();
        const keptId = stack.engine.state.resources.find((r) => r.name === "kept")!.id!;
        const mark = stack.engine.transcript.entries.length;

        const result = await stack.engine.destroy();

        assert.equal(result.ok, true);
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)).sort(), ["Delete gone", "Delete unset"]);
        assert.deepEqual(
            deletes(result.steps).find(([name]) => name.startsWith("kept")),
            ["kept (retained)", keptId],
        );
        assert.deepEqual(stack.engine.state.resources, []);
    });

    it("calls no Delete for a retained resource the program no longer declares, and previews it as retained", async () => {
        stack = trivialStack({ kept: { value: "x", retainOnDelete: true }, other: { value: "y" } });
        await stack.engine.up();
        stack.specs = { other: { value: "y" } };

        const previewed = await stack.engine.preview();
        const mark = stack.engine.transcript.entries.length;
        const result = await stack.engine.up();

        assert.deepEqual(
            deletes(previewed.steps).map(([name]) => name),
            ["kept (retained)"],
        );
        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Check other", "Diff other"]);
        assert.deepEqual(
            deletes(result.steps).map(([name]) => name),
            ["kept (retained)"],
        );
        assert.deepEqual(
            stack.engine.state.resources.filter((r) => r.custom).map((r) => r.name),
            ["other"],
        );
    });

    it("follows the option as last registered: unset on a later up, the resource is deleted again", async () => {
        stack = trivialStack({ a: { value: "x", retainOnDelete: true } });
        await stack.engine.up();
        stack.specs = { a: { value: "x" } };
        await stack.engine.up();
        const mark = stack.engine.transcript.entries.length;

        await stack.engine.destroy();

        assert.deepEqual(describeCalls(callsAfter(stack.engine, mark)), ["Delete a"]);
    });
});

describe("MockEngine: retainOnDelete inherited from a parent", () => {
    it("applies a component's retainOnDelete to its children that do not set their own", async () => {
        const engine = new MockEngine({
            projectDir: TRIVIAL_DIR,
            program: () => {
                const group = new pulumi.ComponentResource("trivial:Group", "group", {}, { retainOnDelete: true });
                new Echo("inherits", { value: "x" }, { parent: group });
                new Echo("overrides", { value: "y" }, { parent: group, retainOnDelete: false });
                return {};
            },
        });
        try {
            await engine.up();
            const mark = engine.transcript.entries.length;

            const result = await engine.destroy();

            assert.equal(result.ok, true);
            assert.deepEqual(describeCalls(callsAfter(engine, mark)), ["Delete overrides"]);
            assert.deepEqual(
                deletes(result.steps)
                    .map(([name]) => name)
                    .sort(),
                ["inherits (retained)", "overrides"],
            );
        } finally {
            await engine.close();
        }
    });
});

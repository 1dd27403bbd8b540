import assert from "node:assert/strict";
import { removeInReverseDependencyOrder, type ResourceState } from "../state";

function resource(name: string, dependencies: string[] = [], parent?: string): ResourceState {
    return {
        urn: name,
        type: "t",
        name,
        custom: true,
        inputs: {},
        outputs: {},
        dependencies,
        ...(parent ? { parent } : {}),
    };
}

describe("removeInReverseDependencyOrder", () => {
    it("removes dependents and children before what they depend on, independent ones at once", async () => {
        const stack = resource("stack");
        const a = resource("a", [], "stack");
        const b = resource("b", ["a"], "stack");
        const c = resource("c", [], "stack");
        const started: string[] = [];
        const finishers = new Map<string, () => void>();
        const removal = removeInReverseDependencyOrder([stack, a, b, c], (r) => {
            started.push(r.name);
            return new Promise((resolve) =>
                finishers.set(r.name, () => {
                    resolve(true);
                }),
            );
        });
        const settle = () => new Promise((resolve) => setImmediate(resolve));

        await settle();
        assert.deepEqual(started.sort(), ["b", "c"]);
        finishers.get("b")!();
        await settle();
        assert.deepEqual(started.sort(), ["a", "b", "c"]);
        finishers.get("a")!();
        finishers.get("c")!();
        await settle();
        finishers.get("stack")!();
        assert.deepEqual([...(await removal)].map((r) => r.name).sort(), ["a", "b", "c", "stack"]);
    });

    it("leaves alone what a failed removal depends on", async () => {
        const a = resource("a");
        const b = resource("b", ["a"]);
        const removed = await removeInReverseDependencyOrder([a, b], (r) => Promise.resolve(r.name !== "b"));
        assert.deepEqual([...removed], []);
    });
});

/**
 * Hostile input through the real provider host: every case of the corpus declared in one stack, previewed
 * as `pulumi preview` would, fails its `Check` naming the property, and not one request reaches the service.
 */
import assert from "node:assert/strict";
import type { RunResult } from "../../harness/step";
import { hostileInputs } from "../schemas/fixtures/hostile-inputs";
import { EmulatedStack, modelarts, startEmulatedStack } from "../../testkit/emulated-stack";

describe("reliability: hostile inputs through the provider host", function () {
    this.timeout(120_000);
    let stack: EmulatedStack;
    let preview: RunResult;

    before(async () => {
        stack = await startEmulatedStack({
            program: () => {
                hostileInputs.forEach(
                    (hostile, i) => new (modelarts()[hostile.kind])(`case-${i}`, hostile.inputs as never),
                );
                return {};
            },
        });
        preview = await stack.engine.preview();
    });
    after(() => stack.close());

    it("fails the check of every case, naming the property, with a reason that repeats no secret", () => {
        assert.equal(preview.ok, false);
        hostileInputs.forEach((hostile, i) => {
            const step = preview.steps.find((s) => s.name === `case-${i}`);
            assert.equal(step?.op, "failed", `${hostile.kind} ${hostile.title}`);
            const named = step.failures?.filter((f) => f.property === hostile.property) ?? [];
            assert.ok(
                named.length > 0,
                `${hostile.title}: no failure names ${hostile.property}: ${JSON.stringify(step.failures)}`,
            );
            if (hostile.secret !== undefined) assert.ok(!JSON.stringify(step).includes(hostile.secret), hostile.title);
        });
        assert.ok(hostileInputs.length >= 150);
    });

    it("sends no request to the service", () => {
        assert.deepEqual(stack.emulator.requests, []);
    });
});

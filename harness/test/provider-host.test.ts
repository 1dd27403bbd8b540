import assert from "node:assert/strict";
import { ProviderCallError } from "../provider-call-error";
import { startProviderHost, type ProviderHost } from "../provider-host";
import { TRIVIAL_DIR, trivialStack } from "./trivial-stack";
import { until } from "../../testkit/until";

const URN = "urn:pulumi:dev::trivial-program::pulumi-nodejs:dynamic/trivial:Echo::a";

describe("ProviderHost (the SDK's dynamic-provider host over gRPC)", () => {
    let host: ProviderHost;
    let provider: string;

    before(async () => {
        const stack = trivialStack({ a: { value: "x" } });
        await stack.engine.preview();
        provider = stack.engine.providerText("a");
        await stack.engine.close();
        host = await startProviderHost({ cwd: TRIVIAL_DIR });
        assert.deepEqual(await host.configure({ "trivial:prefix": "p-" }), { acceptSecrets: false });
    });
    after(() => host.close());

    const inputs = (extra: Record<string, unknown> = {}) => ({ __provider: provider, value: "x", ...extra });

    it("checks: returns the inputs with __provider, and the failures", async () => {
        const ok = await host.check(URN, {}, inputs());
        assert.deepEqual(ok, { inputs: inputs(), failures: [] });
        const bad = await host.check(URN, {}, inputs({ value: 7 }));
        assert.deepEqual(bad.failures, [{ property: "value", reason: "value must be a string, got number" }]);
    });

    it("diffs: maps DIFF_SOME and DIFF_NONE to changes, with replaces and deleteBeforeReplace", async () => {
        assert.deepEqual(await host.diff("id-1", URN, inputs(), inputs()), {
            changes: false,
            replaces: [],
            deleteBeforeReplace: false,
        });
        assert.deepEqual(await host.diff("id-1", URN, inputs(), inputs({ value: "y", deleteBeforeReplace: true })), {
            changes: true,
            replaces: ["value"],
            deleteBeforeReplace: true,
        });
    });

    it("creates, reads, updates and deletes, the host adding __provider to outputs", async () => {
        const { id, outs } = await host.create(URN, inputs());
        assert.match(id, /^echo-/);
        assert.deepEqual(outs, { ...inputs(), echoed: "p-x", configured: false, updates: 0 });
        assert.deepEqual(await host.read(id, URN, outs), { id, props: outs });
        assert.deepEqual(await host.read(id, URN, { ...outs, goneOnRead: true }), {
            id: "",
            props: { __provider: provider },
        });
        const { outs: updated } = await host.update(id, URN, outs, inputs({ note: "n" }));
        assert.equal(updated.updates, 1);
        await host.delete(id, URN, updated);
    });

    it("rejects an init failure with the decoded ErrorResourceInitFailed detail", async () => {
        const error = await host.create(URN, inputs({ failInit: "task FAILED" })).catch((e: unknown) => e);

        assert.ok(ProviderCallError.isInstance(error));
        assert.equal(error.method, "Create");
        assert.equal(error.code, 2);
        assert.equal(error.message, "task FAILED");
        assert.match(error.initFailure!.id, /^echo-/);
        assert.deepEqual(error.initFailure!.reasons, ["task FAILED"]);
        assert.equal(error.initFailure!.properties.echoed, "p-x");
    });

    it("rejects a plain provider error without an init failure, and records the host's log of it", async () => {
        const mark = host.transcript.entries.length;
        // Without __provider the host cannot load a provider: it logs the error to stderr and fails the call.
        const error = await host.check(URN, {}, { value: "x" }).catch((e: unknown) => e);

        assert.ok(ProviderCallError.isInstance(error));
        assert.equal(error.initFailure, undefined);
        const recorded = host.transcript.entries.slice(mark);
        assert.ok(recorded.some((e) => e.kind === "error" && e.method === "Check"));
        await until(() => host.transcript.entries.slice(mark).some((e) => e.kind === "stderr"));
    });

    it("records when each entry happened, and which request each response or error answers (calls overlap)", async () => {
        const mark = host.transcript.entries.length;
        const before = Date.now();
        await Promise.all([
            host.check(URN, {}, inputs()),
            host.create(URN, inputs({ failInit: "task FAILED" })).catch(() => undefined),
        ]);

        const recorded = host.transcript.entries.slice(mark);
        const requests = recorded.filter((e) => e.kind === "request");
        const replies = recorded.filter((e) => e.kind === "response" || e.kind === "error");
        assert.deepEqual(replies.map((r) => requests.find((q) => q.seq === r.replyTo)?.method).sort(), [
            "Check",
            "Create",
        ]);
        assert.ok(replies.every((r) => r.method === requests.find((q) => q.seq === r.replyTo)?.method));
        assert.ok(recorded.every((e) => e.atMs >= before && e.atMs <= Date.now()));
    });

    it("refuses undefined in a request, naming its path, before anything is sent", async () => {
        const mark = host.transcript.entries.length;
        await assert.rejects(
            host.create(URN, inputs({ nested: { list: [1, undefined] } })),
            /Create properties: nested\.list\[1\] is undefined/,
        );
        assert.equal(host.transcript.entries.length, mark);
    });

    it("records the process exit on close, and closes once", async () => {
        const other = await startProviderHost({ cwd: TRIVIAL_DIR });
        await other.close();
        await other.close();
        assert.deepEqual(other.transcript.entries.filter((e) => e.kind === "exit").length, 1);
    });
});

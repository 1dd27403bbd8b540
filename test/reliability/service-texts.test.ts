/**
 * What the service says never hangs `up` or leaks a secret, through the real provider host: a task whose
 * `error_msg` is a long stack trace echoing the create request, a POST refused with a huge body echoing the
 * credentials, a 2xx answer echoing them JSON-escaped, and an error body that is not JSON with a token in it. The
 * host sends errors and a failed create's outputs in gRPC trailers (64 KiB): each service text must be bounded
 * (`provider/client/service-text.ts`), and redacted in every form before it is cut.
 */
import { recorded } from "../../testkit/recorded";
import assert from "node:assert/strict";
import { EmulatedStack, modelarts, startEmulatedStack } from "../../testkit/emulated-stack";
import { fleetDatasets, fleetObjects, fleetProgram, fleetTask } from "../../testkit/task-fleet";

const ACCESS_KEY = "TEMPORARYACCESSKEY03";
const SECRET_KEY = "temporary/secret+key=73be";
const SECURITY_TOKEN = "security/token+with=chars/0f9a1c2b3d4e5f60718293a4b5c6d7e8";
const PASSWORD = "Dws/Passw0rd+5a1d=";
const IMPORT_POST = "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks";
const IMPORT_GET = "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}";

/** Each secret as a service may echo it: raw, JSON-escaped with `\/`, URL-encoded, and its first 16 characters. */
function forms(secret: string): string[] {
    return [
        secret,
        JSON.stringify(secret).slice(1, -1).replace(/\//g, "\\/"),
        encodeURIComponent(secret),
        secret.slice(0, 16),
    ];
}

describe("reliability: texts the service sends", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    async function start(faults: object, program?: () => unknown): Promise<EmulatedStack> {
        stack = await startEmulatedStack({
            program: program ?? fleetProgram(() => [fleetTask("ImportTask", 0)]),
            emulator: {
                datasets: fleetDatasets(1),
                faults,
                credentials: [{ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, securityToken: SECURITY_TOKEN }],
            },
            config: {
                "modelarts:accessKey": ACCESS_KEY,
                "modelarts:secretKey": SECRET_KEY,
                "modelarts:securityToken": SECURITY_TOKEN,
            },
        });
        for (const [bucket, key, content] of fleetObjects(1)) stack.putObject(bucket, key, content);
        return stack;
    }

    function assertNoSecret(text: string): void {
        for (const secret of [SECRET_KEY, SECURITY_TOKEN, PASSWORD]) {
            for (const form of forms(secret)) assert.ok(!text.includes(form), `found ${form}`);
        }
    }

    it("keeps a failed task with a 100 KB error_msg echoing the password: id kept, texts bounded, nothing leaked", async () => {
        const dataSource = { dataType: 1, sourceInfo: { userName: "dbadmin", userPassword: PASSWORD } };
        await start({ taskFailureRate: 1, traceLength: 100_000, echoRate: 1 }, () => {
            new (modelarts().ImportTask)("failing", { ...fleetTask("ImportTask", 0).args, dataSource } as never);
            return {};
        });

        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        const kept = stack.engine.state.resources.find((r) => r.custom);
        assert.ok(kept?.id, "the task id is kept");
        const reasons = kept.initErrors?.join("\n") ?? "";
        assert.match(reasons, /ModelArts\.4362: Import data error/);
        assert.match(reasons, /more characters left out/);
        assert.ok(reasons.length < 4_096, `the reason is ${reasons.length} characters`);
        const errorMsg = String(kept.outputs.errorMsg);
        assert.ok(errorMsg.length < 1_200 && /left out/.test(errorMsg), "the errorMsg output is bounded");
        assertNoSecret(recorded(stack, [result], true));
        assert.equal(
            stack.emulator.requests.filter((r) => r.fault === "echoed").length > 0,
            true,
            "answers echoed the credentials",
        );
    });

    it("fails fast on a POST refused with a 300 KB body echoing the credentials, bounded and redacted", async () => {
        await start({ traceLength: 300_000, echoRate: 1 });
        stack.emulator.planFault({ route: IMPORT_POST, fault: { kind: "error", status: 400, message: "Bad request" } });

        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        const error = result.steps.find((s) => s.op === "failed")?.error ?? "";
        assert.match(error, /HTTP 400 ModelArts\.0101 Bad request/);
        assert.ok(error.length < 4_096, `the error is ${error.length} characters`);
        assertNoSecret(recorded(stack, [result], true));
        assert.equal(stack.emulator.createdTasks().import, 0);
    });

    it("looks up a create answered 500 with a huge body and keeps the one task", async () => {
        await start({ traceLength: 300_000, echoRate: 1 });
        stack.emulator.planFault({ route: IMPORT_POST, fault: 500 });

        const result = await stack.engine.up();

        assert.equal(result.ok, true, result.errors.join("\n"));
        assert.equal(stack.emulator.createdTasks().import, 1);
        assertNoSecret(recorded(stack, [result], true));
    });

    it("redacts a token that an error body without error_msg holds, before keeping 200 characters of it", async () => {
        await start(
            {},
            fleetProgram(() => [fleetTask("ImportTask", 0, { timeout: "4s" })]),
        );
        const page = `<html><body>${"x".repeat(150)} upstream said: token=${SECURITY_TOKEN} ${encodeURIComponent(SECURITY_TOKEN)}</body></html>`;
        stack.emulator.planFault({ route: IMPORT_GET, fault: { kind: "body", status: 502, body: page }, times: 1_000 });

        const result = await stack.engine.up();

        assert.equal(result.ok, false);
        const kept = stack.engine.state.resources.find((r) => r.custom);
        assert.ok(kept?.id, "the task id is kept");
        assert.match(kept.initErrors?.join() ?? "", /HTTP 502 <html><body>x+/);
        assertNoSecret(recorded(stack, [result], true));
    });
});

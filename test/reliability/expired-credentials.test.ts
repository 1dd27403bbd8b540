/**
 * Credentials that expire while `pulumi up` waits (a temporary AK/SK, an IAM token): the gateway answers 403
 * APIGW.0307, "the token must be updated". Polling on would only repeat it: the wait ends at once, the task stays
 * in the stack with its id, the message names the credentials, and the next `up`, with working ones, resumes it.
 */
import assert from "node:assert/strict";
import { DEMO_CREDENTIALS } from "../../emulator/server";
import { EmulatedStack, modelarts, resourceNamed, startEmulatedStack, taskOps } from "../../testkit/emulated-stack";
import { fleetDatasets, fleetObjects, fleetTask } from "../../testkit/task-fleet";

const EXPIRING = {
    accessKey: "EXPIRINGACCESSKEY001",
    secretKey: "expiring-secret-key-4b9e1f",
    securityToken: "expiring-security-token-77d0",
};

describe("reliability: credentials that expire during a wait", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    it("ends the wait within two polls, keeps the task, names the credentials; the next up resumes", async () => {
        const import0 = fleetTask("ImportTask", 0);
        stack = await startEmulatedStack({
            program: () => {
                const task = new (modelarts().ImportTask)(import0.name, import0.args as never);
                return { taskId: task.taskId, status: task.status };
            },
            emulator: {
                datasets: fleetDatasets(1),
                // Long enough that the import is still running when the credential expires.
                taskDurationMs: 20_000,
                credentials: [{ ...EXPIRING, expiresAtMs: Date.now() + 2_500 }, DEMO_CREDENTIALS],
            },
            config: {
                "modelarts:accessKey": EXPIRING.accessKey,
                "modelarts:secretKey": EXPIRING.secretKey,
                "modelarts:securityToken": EXPIRING.securityToken,
            },
        });
        for (const [bucket, key, content] of fleetObjects(1)) stack.putObject(bucket, key, content);
        const started = Date.now();
        const failed = await stack.engine.up();
        const tookMs = Date.now() - started;
        assert.equal(failed.ok, false);
        assert.ok(tookMs < 15_000, `the up took ${tookMs} ms`);
        const error = failed.errors.join("\n");
        assert.match(error, /ModelArts refused the credentials while waiting \(HTTP 403 APIGW\.0307/);
        assert.match(error, /temporary credentials .* may have expired/);
        assert.match(error, /the next `pulumi up` resumes waiting on it/);
        assert.equal(error.includes(EXPIRING.secretKey) || error.includes(EXPIRING.securityToken), false);
        const refused = stack.emulator.requests.filter((r) => r.status === 403);
        assert.equal(refused.length, 1, "no poll after the first refusal");
        const kept = resourceNamed(stack.engine, import0.name);
        assert.equal(typeof kept.id, "string");

        stack.engine.config = {
            ...stack.engine.config,
            "modelarts:accessKey": DEMO_CREDENTIALS.accessKey,
            "modelarts:secretKey": DEMO_CREDENTIALS.secretKey,
            "modelarts:securityToken": "",
        };
        const resumed = await stack.engine.up();
        assert.equal(resumed.ok, true, resumed.errors.join("\n"));
        assert.deepEqual(taskOps(resumed), ["update"]);
        assert.equal(resumed.outputs.taskId, kept.id);
        assert.equal(resumed.outputs.status, "COMPLETED");
        assert.equal(stack.emulator.createdTasks().import, 1);
    });
});

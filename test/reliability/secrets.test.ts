/**
 * Secrets: the secret key, the security token, the IAM token and a data source's `userPassword` never
 * appear in `__provider`, state, outputs, steps, error messages or anything the provider host printed or answered,
 * whichever way they were given. Each case greps everything the harness recorded for each secret value.
 */
import { recorded } from "../../testkit/recorded";
import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { DEMO_CREDENTIALS } from "../../emulator/server";
import type { RunResult } from "../../harness/step";
import {
    EmulatedStack,
    modelarts,
    resourceNamed,
    startEmulatedStack,
    type EmulatedStackOptions,
} from "../../testkit/emulated-stack";
import { fleetDatasets, fleetObjects, fleetProgram, fleetTask } from "../../testkit/task-fleet";

const SECURITY_TOKEN = "temporary-security-token-6f1c0e9a2b7d";
const TEMPORARY_SECRET_KEY = "temporary-secret-key-93be71d2c4f0";
const IAM_TOKEN = "iam-token-MIIXbQYJKoZIhvcNAQcCoIIXXjCCF1oCAQExDTALBglghkgBZQME";
const PASSWORD = "Dws-Passw0rd-5a1d";
const temporary = { accessKey: "TEMPORARYACCESSKEY01", secretKey: TEMPORARY_SECRET_KEY, securityToken: SECURITY_TOKEN };

describe("reliability: secrets", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    async function upAndDown(options: Partial<EmulatedStackOptions>): Promise<RunResult[]> {
        stack = await startEmulatedStack({
            program: fleetProgram(() => [fleetTask("ImportTask", 0), fleetTask("ProcessorTask", 0)]),
            ...options,
            emulator: { datasets: fleetDatasets(1), ...options.emulator },
        });
        for (const [bucket, key, content] of fleetObjects(1)) stack.putObject(bucket, key, content);
        const results = [await stack.engine.up(), await stack.engine.refresh(), await stack.engine.destroy()];
        assert.ok(
            results.every((r) => r.ok),
            results.flatMap((r) => r.errors).join("\n"),
        );
        return results;
    }

    const credentialCases: Array<[string, Partial<EmulatedStackOptions>, string[]]> = [
        [
            "temporary AK/SK from stack config",
            {
                emulator: { credentials: [temporary] },
                config: {
                    "modelarts:accessKey": temporary.accessKey,
                    "modelarts:secretKey": TEMPORARY_SECRET_KEY,
                    "modelarts:securityToken": SECURITY_TOKEN,
                },
            },
            [TEMPORARY_SECRET_KEY, SECURITY_TOKEN],
        ],
        [
            "temporary AK/SK from HW_* variables",
            {
                emulator: { credentials: [temporary] },
                config: { "modelarts:accessKey": "", "modelarts:secretKey": "" },
                env: {
                    HW_ACCESS_KEY: temporary.accessKey,
                    HW_SECRET_KEY: TEMPORARY_SECRET_KEY,
                    HW_SECURITY_TOKEN: SECURITY_TOKEN,
                },
            },
            [TEMPORARY_SECRET_KEY, SECURITY_TOKEN],
        ],
        [
            "an IAM token from stack config",
            {
                emulator: { tokens: [IAM_TOKEN] },
                config: { "modelarts:accessKey": "", "modelarts:secretKey": "", "modelarts:authToken": IAM_TOKEN },
            },
            [IAM_TOKEN],
        ],
    ];
    for (const [title, options, secrets] of credentialCases) {
        it(`keeps ${title} out of everything recorded, through up, refresh and destroy`, async () => {
            const results = await upAndDown(options);
            const text = recorded(stack, results);
            for (const secret of [...secrets, DEMO_CREDENTIALS.secretKey])
                assert.ok(!text.includes(secret), `found ${secret}`);
        });
    }

    it("keeps a data source password out of state, outputs and errors, and seals the dataSource output", async () => {
        const dataSource = { dataType: 1, sourceInfo: { userName: "dbadmin", userPassword: PASSWORD } };
        let datasetId = fleetTask("ImportTask", 0).args.datasetId;
        stack = await startEmulatedStack({
            program: () => {
                const task = new (modelarts().ImportTask)("with-password", {
                    ...fleetTask("ImportTask", 0).args,
                    datasetId,
                    dataSource,
                } as never);
                return { status: task.status };
            },
            emulator: { datasets: fleetDatasets(1) },
        });
        for (const [bucket, key, content] of fleetObjects(1)) stack.putObject(bucket, key, content);
        const created = await stack.engine.up();
        assert.equal(created.ok, true, created.errors.join("\n"));
        const [resource] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(resource, "the resource is in state");
        assert.ok(JSON.stringify(resource.outputs.dataSource).includes("ciphertext"), "stored as a secret");
        assert.ok(!recorded(stack, [created], true).includes(PASSWORD));

        datasetId = "no-such-dataset"; // the create is refused: the error must not carry the password either
        const refused = await stack.engine.up();
        assert.equal(refused.ok, false);
        assert.match(refused.steps.find((s) => s.op === "failed")?.error ?? "", /ModelArts\.4352/);
        assert.ok(!recorded(stack, [created, refused], true).includes(PASSWORD));
    });

    it("stores a data source without a password in the clear, and one not yet known at construction as a secret", async () => {
        const source = (dir: string) => [{ dataType: 0 as const, dataPath: `/my-bucket/raw/cats-dogs/${dir}/` }];
        stack = await startEmulatedStack({
            program: () => {
                const { Dataset } = modelarts();
                const shape = { datasetType: 0 as const, workPath: "/my-bucket/work/" };
                new Dataset("plain", { ...shape, datasetName: "plain", dataSources: source("cat") });
                new Dataset("later", {
                    ...shape,
                    datasetName: "later",
                    // An Output: what it holds is known only once it resolves, after construction.
                    dataSources: pulumi.output(source("dog")),
                });
                return {};
            },
            sampleData: true,
        });
        const created = await stack.engine.up();
        assert.equal(created.ok, true, created.errors.join("\n"));
        const stored = (name: string) => JSON.stringify(resourceNamed(stack.engine, name).outputs.dataSources);
        assert.equal(stored("plain").includes("ciphertext"), false, "no password: not a secret");
        assert.match(stored("plain"), /cats-dogs\/cat/);
        assert.equal(stored("later").includes("ciphertext"), true, "unknown at construction: kept secret");
    });

    it("keeps a data source password out of the state and error of a task that failed and was kept", async () => {
        const dataSource = { dataType: 1, sourceInfo: { userName: "dbadmin", userPassword: PASSWORD } };
        stack = await startEmulatedStack({
            program: () => {
                new (modelarts().ImportTask)("failing", { ...fleetTask("ImportTask", 0).args, dataSource } as never);
                return {};
            },
            emulator: { datasets: fleetDatasets(1), faults: { taskFailureRate: 1 } },
        });
        for (const [bucket, key, content] of fleetObjects(1)) stack.putObject(bucket, key, content);
        const failed = await stack.engine.up();
        assert.equal(failed.ok, false);
        const [kept] = stack.engine.state.resources.filter((r) => r.custom);
        assert.ok(kept, "the resource is in state");
        assert.match(kept.initErrors?.join() ?? "", /ModelArts\.4362/);
        assert.ok(JSON.stringify(kept.outputs.dataSource).includes("ciphertext"), "the kept outputs seal the password");
        assert.ok(!recorded(stack, [failed], true).includes(PASSWORD));
    });
});

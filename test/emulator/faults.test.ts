import assert from "node:assert/strict";
import { parseFaultSpec } from "../../emulator/server";
import { DATASET_ID, DURATION_MS, EmulatorFixture, assertError, createImport } from "./fixture";

const DATASET = `/datasets/${DATASET_ID}`;

describe("emulator fault injection", () => {
    let fixture: EmulatorFixture | undefined;
    afterEach(async () => {
        await fixture?.close();
        fixture = undefined;
    });

    it("parses a fault spec, and names what is wrong in a bad one", () => {
        assert.deepEqual(parseFaultSpec("latency=20-200,5xx=0.1,429=0.1,retryAfter=1,drop=0.05,fail=0.1"), {
            latencyMs: { min: 20, max: 200 },
            serverErrorRate: 0.1,
            throttleRate: 0.1,
            retryAfterSeconds: 1,
            dropRate: 0.05,
            taskFailureRate: 0.1,
        });
        assert.deepEqual(parseFaultSpec("latency=5"), { latencyMs: { min: 5, max: 5 } });
        assert.deepEqual(
            parseFaultSpec("date=0.05,redirect=0.01,stall=0.01,truncate=0.02,garble=0.03,echo=0.04,trace=2000"),
            {
                dateFaultRate: 0.05,
                redirectRate: 0.01,
                stallRate: 0.01,
                truncateRate: 0.02,
                garbleRate: 0.03,
                echoRate: 0.04,
                traceLength: 2000,
            },
        );
        assert.throws(() => parseFaultSpec("trace=long"), /trace must be a whole number/);
        assert.throws(() => parseFaultSpec("stall=0.5,truncate=0.6"), /exceeds 1/);
        assert.throws(() => parseFaultSpec("lag=1"), /unknown fault "lag=1"/);
        assert.throws(() => parseFaultSpec("5xx=1.5"), /5xx must be a share/);
        assert.throws(() => parseFaultSpec("latency=200-20"), /latency/);
        assert.throws(() => parseFaultSpec("5xx=0.6,429=0.6"), /exceeds 1/);
    });

    it("answers 429 ModelArts.4206 with Retry-After, before handling anything", async () => {
        fixture = await EmulatorFixture.start({ faults: { throttleRate: 1, retryAfterSeconds: 3 } });
        const body = { import_path: "obs://my-bucket/raw/cats-dogs/" };
        const answer = await fixture.call("POST", `${DATASET}/import-tasks`, { body });
        assertError(answer, 429, "ModelArts.4206");
        assert.equal(answer.headers.get("retry-after"), "3");
        assert.equal(fixture.emulator.createdTasks().import, 0);
        assert.equal(fixture.emulator.requests[0]!.fault, "throttled");
    });

    it("answers 500, 502 and 503 before handling, and 504 after committing the create", async () => {
        fixture = await EmulatorFixture.start({ faults: { serverErrorRate: 1 }, seed: 7 });
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) {
            const answer = await fixture.call("POST", "/processor-tasks", {
                body: { name: `t${i}`, data_source: { source: DATASET_ID }, template: { id: "sys_data_analyse" } },
            });
            assert.match(answer.body.error_code, /^ModelArts\./);
            statuses.push(answer.status);
        }
        assert.deepEqual([...new Set(statuses)].sort(), [500, 502, 503, 504]);
        assert.equal(fixture.emulator.createdTasks().processor, statuses.filter((s) => s === 504).length);
    });

    it("drops the connection of a committed create", async () => {
        fixture = await EmulatorFixture.start({ faults: { dropRate: 1 } });
        const f = fixture;
        await assert.rejects(() => createImport(f), /fetch failed/);
        assert.equal(fixture.emulator.createdTasks().import, 1);
        assert.deepEqual(
            fixture.emulator.requests.map((r) => [r.status, r.fault]),
            [[200, "dropped"]],
        );
    });

    it("ends created tasks FAILED with a documented code (import 4362, export 4401, processor status 3)", async () => {
        fixture = await EmulatorFixture.start({ faults: { taskFailureRate: 1 } });
        const importId = await createImport(fixture);
        const exported = await fixture.call("POST", `${DATASET}/export-tasks`, { body: { path: "/my-bucket/out/" } });
        const processed = await fixture.call("POST", "/processor-tasks", {
            body: { name: "p", data_source: { source: DATASET_ID }, template: { id: "sys_data_analyse" } },
        });
        await fixture.advance(DURATION_MS);
        const importTask = await fixture.get(`${DATASET}/import-tasks/${importId}`);
        const failure = [importTask.status, importTask.error_code, importTask.error_msg];
        assert.deepEqual(failure, ["FAILED", "ModelArts.4362", "Import data error"]);
        const exportTask = await fixture.get(`${DATASET}/export-tasks/${exported.body.task_id}`);
        assert.deepEqual([exportTask.status, exportTask.error_code], ["FAILED", "ModelArts.4401"]);
        const processorTask = (await fixture.call("GET", `/processor-tasks/${processed.body.task_id}`)).body;
        assert.deepEqual([processorTask.status, processorTask.error_msg], [3, "Task failed"]);
        assert.equal((await fixture.call("GET", DATASET)).body.total_sample_count, 0, "a failed import adds nothing");
    });

    it("delays answers by the configured latency", async () => {
        fixture = await EmulatorFixture.start({ faults: { latencyMs: { min: 40, max: 40 } } });
        const started = Date.now();
        assert.equal((await fixture.call("GET", DATASET)).status, 200);
        assert.ok(Date.now() - started >= 35);
    });

    it("throttles above rateLimitPerSecond with 429 APIGW.0308 and Retry-After, refilling with time", async () => {
        fixture = await EmulatorFixture.start({ rateLimitPerSecond: 2 });
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await fixture.call("GET", DATASET)).status);
        assert.deepEqual(statuses, [200, 200, 429]);
        const limited = await fixture.call("GET", DATASET);
        assert.deepEqual([limited.body.error_code, limited.headers.get("retry-after")], ["APIGW.0308", "1"]);
        await fixture.advance(500);
        assert.equal((await fixture.call("GET", DATASET)).status, 200);
        assert.equal(fixture.emulator.requests.filter((r) => r.fault === "rate-limited").length, 2);
    });

    it("injects the same faults for the same seed and request sequence, others for another seed", async () => {
        const faults = { throttleRate: 0.3, serverErrorRate: 0.3, taskFailureRate: 0.5 };
        const run = async (seed: number) => {
            const f = await EmulatorFixture.start({ faults, seed });
            try {
                const statuses: number[] = [];
                for (let i = 0; i < 30; i++) statuses.push((await f.call("GET", DATASET)).status);
                return statuses.join(",");
            } finally {
                await f.close();
            }
        };
        const [first, again, other] = [await run(42), await run(42), await run(43)];
        assert.equal(first, again);
        assert.notEqual(first, other);
        assert.match(first, /429/);
    });

    it("gives planned faults to the next requests of one route only, then answers normally", async () => {
        fixture = await EmulatorFixture.start({});
        const route = "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks";
        fixture.emulator.planFault({ route, fault: 504 });
        fixture.emulator.planFault({ route, fault: 429, times: 2 });
        const cancel = fixture.emulator.planFault({ route, fault: 500, times: 100 });
        assert.equal((await fixture.call("GET", DATASET)).status, 200, "another route is not affected");
        const body = { import_path: "obs://my-bucket/raw/cats-dogs/", import_type: "dir" };
        const answers = [];
        for (let i = 0; i < 4; i++) {
            if (i === 3) cancel();
            answers.push(await fixture.call("POST", `${DATASET}/import-tasks`, { body }));
        }
        assert.deepEqual(
            answers.map((a) => a.status),
            [504, 429, 429, 400],
        );
        // The 504 came after the create was committed: its import now runs, so the fourth POST is refused.
        assert.equal(answers[3]!.body.error_code, "ModelArts.4356");
        assert.equal(fixture.emulator.createdTasks().import, 1);
        assert.deepEqual(
            fixture.emulator.requests.map((r) => r.fault),
            [undefined, "server-error", "throttled", "throttled", undefined],
        );
    });
});

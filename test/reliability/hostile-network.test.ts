/**
 * A broken or hostile network through the real provider host, each fault planned in the emulator: redirects,
 * a gateway clock far off or missing, stalls after the headers, bodies cut short, malformed answers. Whatever
 * happens, `up` ends near its deadline, sends nothing to another host, makes no second task and keeps every id
 * it learnt. Texts the service sends (long, echoing secrets) are covered by `service-texts.test.ts`.
 */
import assert from "node:assert/strict";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import type { PlannedFault } from "../../emulator/server";
import { EmulatedStack } from "../../testkit/emulated-stack";
import { fleetDatasets, fleetTask, startFleetStack, type TaskKindName } from "../../testkit/task-fleet";

const ROUTES = {
    ImportTask: {
        post: "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks",
        list: "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks",
        get: "GET /v2/{project_id}/datasets/{dataset_id}/import-tasks/{task_id}",
    },
    ExportTask: {
        post: "POST /v2/{project_id}/datasets/{dataset_id}/export-tasks",
        list: "GET /v2/{project_id}/datasets/{dataset_id}/export-tasks",
        get: "GET /v2/{project_id}/datasets/{dataset_id}/export-tasks/{task_id}",
    },
    ProcessorTask: {
        post: "POST /v2/{project_id}/processor-tasks",
        list: "GET /v2/{project_id}/processor-tasks",
        get: "GET /v2/{project_id}/processor-tasks/{task_id}",
    },
} as const;
const COUNTER = { ImportTask: "import", ExportTask: "export", ProcessorTask: "processor" } as const;
const DAY_MS = 24 * 60 * 60_000;
/** How far past its `timeout` an `up` may end: the final request's grace, the host and the harness. */
const DEADLINE_SLACK_MS = 3_000;

describe("reliability: a broken or hostile network", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    async function stackOf(
        kind: TaskKindName,
        extra: Record<string, unknown> = {},
        options: { config?: Record<string, string>; emulator?: object } = {},
    ) {
        const tasks = [fleetTask(kind, 0, extra)];
        stack = await startFleetStack(() => tasks, options);
        return stack;
    }
    const plan = (...faults: PlannedFault[]) => {
        faults.forEach((f) => stack.emulator.planFault(f));
    };
    const created = (kind: TaskKindName) => stack.emulator.createdTasks()[COUNTER[kind]];
    const held = () => stack.engine.state.resources.find((r) => r.custom);
    const posts = (kind: TaskKindName) => stack.emulator.requests.filter((r) => r.route === ROUTES[kind].post);

    describe("redirects", () => {
        let trap: Server;
        let trapped: string[];
        let trapUrl: string;
        beforeEach(async () => {
            trapped = [];
            trap = createServer((req, res) => {
                trapped.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
                res.end("{}");
            });
            await new Promise<void>((resolve) => trap.listen(0, "127.0.0.2", resolve));
            trapUrl = `http://127.0.0.2:${(trap.address() as AddressInfo).port}`;
        });
        afterEach(
            () =>
                new Promise<void>((resolve) =>
                    trap.close(() => {
                        resolve();
                    }),
                ),
        );

        const credentialModes: Array<[string, Record<string, string>, object]> = [
            [
                "an IAM token",
                {
                    "modelarts:accessKey": "",
                    "modelarts:secretKey": "",
                    "modelarts:authToken": "iam-token-for-redirect-test",
                },
                { tokens: ["iam-token-for-redirect-test"] },
            ],
            [
                "temporary AK/SK",
                {
                    "modelarts:accessKey": "TEMPORARYACCESSKEY02",
                    "modelarts:secretKey": "temporary-secret-redirect",
                    "modelarts:securityToken": "security-token-redirect",
                },
                {
                    credentials: [
                        {
                            accessKey: "TEMPORARYACCESSKEY02",
                            secretKey: "temporary-secret-redirect",
                            securityToken: "security-token-redirect",
                        },
                    ],
                },
            ],
        ];
        for (const [title, config, emulator] of credentialModes) {
            it(`never follows a 307 to another host (${title}): the create and the wait go on at the endpoint`, async () => {
                await stackOf("ImportTask", {}, { config, emulator });
                const redirect = { kind: "redirect", location: `${trapUrl}/v2/elsewhere` } as const;
                plan(
                    { route: ROUTES.ImportTask.post, fault: redirect },
                    { route: ROUTES.ImportTask.get, fault: redirect, times: 2 },
                );

                const result = await stack.engine.up();

                assert.equal(result.ok, true, result.errors.join("\n"));
                assert.deepEqual(trapped, [], "the other host received nothing");
                assert.equal(stack.emulator.requests.filter((r) => r.fault === "redirected").length, 3);
                assert.equal(created("ImportTask"), 1);
            });
        }

        it("fails a create redirected every time with an error naming the location's host, having sent nothing there", async () => {
            await stackOf("ProcessorTask", { timeout: "6s" });
            plan({
                route: ROUTES.ProcessorTask.post,
                fault: { kind: "redirect", location: `${trapUrl}/x`, status: 301 },
                times: 100,
            });

            const result = await stack.engine.up();

            assert.equal(result.ok, false);
            assert.match(
                result.errors.join("\n"),
                new RegExp(`redirected to 127\\.0\\.0\\.2:${(trap.address() as AddressInfo).port}`),
            );
            assert.deepEqual(trapped, []);
            assert.equal(created("ProcessorTask"), 0);
        });
    });

    describe("the service's clock", () => {
        for (const [title, date] of [
            ["a day ahead", { offsetMs: DAY_MS }],
            ["missing", "missing"],
        ] as const) {
            it(`makes one import when the gateway's Date is ${title} and every POST answer is lost`, async () => {
                await stackOf("ImportTask");
                plan({ route: "*", fault: { kind: "date", date }, times: 1_000 });
                plan({ route: ROUTES.ImportTask.post, fault: "drop", times: 5 });

                const result = await stack.engine.up();

                assert.equal(result.ok, true, result.errors.join("\n"));
                assert.equal(created("ImportTask"), 1, "no duplicate");
                assert.equal(posts("ImportTask").length, 1, "found by a look, not posted again");
                assert.ok(held()?.id, "the resource holds the task");
            });
        }

        for (const [title, date] of [
            ["a day behind", { offsetMs: -DAY_MS }],
            ["an hour ahead", { offsetMs: 60 * 60_000 }],
            ["missing", "missing"],
        ] as const) {
            it(`runs its own export, not one of the same path that finished earlier, when the Date is ${title}`, async () => {
                let shiftMs = 0;
                await stackOf("ExportTask", {}, { emulator: { clock: { now: () => Date.now() + shiftMs } } });
                // An export of the same path, made and finished 14 minutes ago by the service's clock (within the signatures' 15-minute skew).
                shiftMs = -14 * 60_000;
                const old = await stack.api<{ task_id: string }>(
                    "POST",
                    `/datasets/${fleetDatasets(1)[0]!.id}/export-tasks`,
                    { path: "/fleet/export-0/", export_type: 2 },
                );
                shiftMs = 0;
                plan({ route: "*", fault: { kind: "date", date }, times: 1_000 });

                const result = await stack.engine.up();

                assert.equal(result.ok, true, result.errors.join("\n"));
                assert.equal(created("ExportTask"), 2, "its own export ran");
                assert.notEqual(held()?.id, old.task_id);
            });
        }
    });

    describe("the deadline", () => {
        const TIMEOUT_MS = 5_000;
        async function timedUp(): Promise<{ ok: boolean; errors: string[]; ms: number }> {
            const startedAt = Date.now();
            const result = await stack.engine.up();
            return { ...result, ms: Date.now() - startedAt };
        }
        const stallAfterHeaders: PlannedFault["fault"] = { kind: "stall", at: "after-headers" };

        it("ends a wait whose polls stall after their headers near the deadline, keeping the id", async () => {
            await stackOf("ImportTask", { timeout: "5s" }, { emulator: { taskDurationMs: 60_000 } });
            plan({ route: ROUTES.ImportTask.get, fault: stallAfterHeaders, times: 100 });
            const result = await timedUp();
            assert.equal(result.ok, false);
            assert.ok(result.ms < TIMEOUT_MS + DEADLINE_SLACK_MS + 2_000, `took ${result.ms} ms`);
            assert.ok(held()?.id, "the task id is kept");
            assert.match(held()?.initErrors?.join() ?? "", /timed out after 5s/);
        });

        it("looks the task up after a POST that stalled until the deadline, and keeps its id", async () => {
            await stackOf("ImportTask", { timeout: "5s" });
            plan({ route: ROUTES.ImportTask.post, fault: stallAfterHeaders });
            const result = await timedUp();
            assert.ok(result.ms < TIMEOUT_MS + DEADLINE_SLACK_MS + 2_000, `took ${result.ms} ms`);
            assert.equal(stack.emulator.requests.filter((r) => r.fault === "stalled").length, 1);
            assert.equal(created("ImportTask"), 1);
            assert.equal(posts("ImportTask").length, 1);
            assert.ok(held()?.id, `the look found the task: its id is kept (${result.errors.join("; ")})`);
        });

        for (const [title, faults] of [
            [
                "lists before an export's POST stall",
                [{ route: ROUTES.ExportTask.list, fault: stallAfterHeaders, times: 100 }],
            ],
            [
                "lists after a lost POST stall",
                [
                    { route: ROUTES.ExportTask.post, fault: "drop" },
                    { route: ROUTES.ExportTask.list, fault: stallAfterHeaders, times: 100 },
                ],
            ],
        ] as Array<[string, PlannedFault[]]>) {
            it(`fails near the deadline when ${title}`, async () => {
                await stackOf("ExportTask", { timeout: "5s" });
                if (title.includes("lost")) {
                    // The first list (before the POST) answers; every later one stalls.
                    plan({ route: ROUTES.ExportTask.list, fault: { kind: "date", date: { offsetMs: 0 } } });
                }
                plan(...faults);
                const result = await timedUp();
                assert.equal(result.ok, false);
                assert.ok(result.ms < TIMEOUT_MS + DEADLINE_SLACK_MS + 2_000, `took ${result.ms} ms`);
                assert.ok(created("ExportTask") <= 1);
                if (created("ExportTask") === 1) assert.match(result.errors.join("\n"), /may have created the task/);
            });
        }
    });

    describe("answers cut short or malformed", () => {
        it("takes a create whose body was cut short for a lost answer: one look, no second POST", async () => {
            await stackOf("ExportTask");
            plan({ route: ROUTES.ExportTask.post, fault: { kind: "truncate" } });
            const startedAt = Date.now();
            const result = await stack.engine.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            assert.ok(Date.now() - startedAt < 15_000, "noticed at once, not after an attempt timeout");
            assert.equal(created("ExportTask"), 1);
            assert.equal(posts("ExportTask").length, 1);
            const truncated = stack.emulator.requests.findIndex((r) => r.fault === "truncated");
            assert.ok(
                stack.emulator.requests.slice(truncated).some((r) => r.route === ROUTES.ExportTask.list),
                "looked up after it",
            );
        });

        it("retries a poll whose body was cut short at once", async () => {
            await stackOf("ProcessorTask");
            plan({ route: ROUTES.ProcessorTask.get, fault: { kind: "truncate" }, times: 2 });
            const startedAt = Date.now();
            const result = await stack.engine.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            assert.ok(Date.now() - startedAt < 15_000);
            assert.equal(stack.emulator.requests.filter((r) => r.fault === "truncated").length, 2);
        });

        for (const kind of ["ImportTask", "ExportTask", "ProcessorTask"] as const) {
            it(`${kind}: looks up a task whose create was answered null, and a poll answered null is a failed poll`, async () => {
                await stackOf(kind);
                plan(
                    { route: ROUTES[kind].post, fault: { kind: "body", body: "null" } },
                    { route: ROUTES[kind].get, fault: { kind: "body", body: "null" } },
                );
                const result = await stack.engine.up();
                assert.equal(result.ok, true, result.errors.join("\n"));
                assert.equal(created(kind), 1);
                assert.equal(posts(kind).length, 1);
                assert.ok(held()?.id);
            });
        }

        it("takes a list whose tasks are a number for a failed look, and creates the export once", async () => {
            await stackOf("ExportTask");
            plan({
                route: ROUTES.ExportTask.list,
                fault: { kind: "body", body: '{"total_count":1,"export_tasks":5}' },
            });
            const result = await stack.engine.up();
            assert.equal(result.ok, true, result.errors.join("\n"));
            assert.equal(created("ExportTask"), 1);
        });

        it("keeps the id when every poll is malformed, naming the answer's shape", async () => {
            await stackOf("ImportTask", { timeout: "4s" });
            plan({ route: ROUTES.ImportTask.get, fault: { kind: "body", body: '{"status":7}' }, times: 100 });
            const result = await stack.engine.up();
            assert.equal(result.ok, false);
            assert.ok(held()?.id);
            assert.match(held()?.initErrors?.join() ?? "", /"status" is a number, not a string/);
        });
    });
});

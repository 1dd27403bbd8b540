import assert from "node:assert/strict";
import { ModelArtsClient } from "../../provider/client/api";
import { ModelArtsError } from "../../provider/client/errors";
import { RetryBudget } from "../../provider/client/retry-budget";
import { SendRateLimiter, type SendPriority } from "../../provider/client/send-rate";
import { FakeClock } from "../../testkit/fake-clock";
import { akskSettings, FakeFetch, hasValidSignature, Reply, SECRET_KEY } from "./fake-fetch";

function clientWith(replies: Reply[]) {
    const server = new FakeFetch(replies);
    const clock = new FakeClock();
    const options = {
        fetch: server.fetch,
        clock,
        retryBudget: new RetryBudget(),
        sendRate: new SendRateLimiter({ clock }),
    };
    const client = new ModelArtsClient(akskSettings, options);
    return { server, client };
}

const request = (server: FakeFetch) => {
    const [call] = server.calls;
    assert.ok(call, "a request was sent");
    return { method: call.method, path: call.url.pathname, query: call.url.search, body: call.body };
};

const P = "/v2/0abc9d";

/** An answer every call of that name accepts: a task id, a status of the kind's type, or an empty list. */
function answerFor(call: string): Record<string, unknown> {
    return {
        task_id: "new",
        dataset_id: "ds1",
        dataset_name: "pets",
        version_id: "v1",
        version_name: "V001",
        status: call.includes("Processor") || call.includes("Dataset") ? 2 : "RUNNING",
        import_tasks: [],
        export_tasks: [],
        tasks: [],
        versions: [],
    };
}

describe("client/api", () => {
    interface Case {
        readonly call: (client: ModelArtsClient) => Promise<unknown>;
        readonly method: string;
        readonly path: string;
        readonly query?: string;
        readonly body?: string;
    }
    const cases: Record<string, Case> = {
        createImportTask: {
            call: (c) => c.createImportTask("ds1", { import_path: "s3://b/raw/", import_type: "dir" }),
            method: "POST",
            path: `${P}/datasets/ds1/import-tasks`,
            body: '{"import_path":"s3://b/raw/","import_type":"dir"}',
        },
        getImportTask: {
            call: (c) => c.getImportTask("ds1", "t1"),
            method: "GET",
            path: `${P}/datasets/ds1/import-tasks/t1`,
        },
        listImportTasks: {
            call: (c) => c.listImportTasks("ds1", { limit: 100, offset: 200 }),
            method: "GET",
            path: `${P}/datasets/ds1/import-tasks`,
            query: "?limit=100&offset=200",
        },
        createExportTask: {
            call: (c) => c.createExportTask("ds1", { path: "/b/out/", export_type: 3 }),
            method: "POST",
            path: `${P}/datasets/ds1/export-tasks`,
            body: '{"path":"/b/out/","export_type":3}',
        },
        getExportTask: {
            call: (c) => c.getExportTask("ds1", "t2"),
            method: "GET",
            path: `${P}/datasets/ds1/export-tasks/t2`,
        },
        listExportTasks: {
            call: (c) => c.listExportTasks("ds1"),
            method: "GET",
            path: `${P}/datasets/ds1/export-tasks`,
        },
        createProcessorTask: {
            call: (c) => c.createProcessorTask({ name: "n", template: { id: "sys_data_validation" } }),
            method: "POST",
            path: `${P}/processor-tasks`,
            body: '{"name":"n","template":{"id":"sys_data_validation"}}',
        },
        getProcessorTask: { call: (c) => c.getProcessorTask("t3"), method: "GET", path: `${P}/processor-tasks/t3` },
        listProcessorTasks: {
            call: (c) =>
                c.listProcessorTasks({ limit: 10, task_name: "validate raw", return_result: false, offset: undefined }),
            method: "GET",
            path: `${P}/processor-tasks`,
            query: "?limit=10&task_name=validate%20raw&return_result=false",
        },
        updateProcessorTask: {
            call: (c) => c.updateProcessorTask("t3", { description: "test" }),
            method: "PUT",
            path: `${P}/processor-tasks/t3`,
            body: '{"description":"test"}',
        },
        deleteProcessorTask: {
            call: (c) => c.deleteProcessorTask("t3"),
            method: "DELETE",
            path: `${P}/processor-tasks/t3`,
        },
        createDataset: {
            call: (c) =>
                c.createDataset({
                    dataset_name: "pets",
                    data_sources: [{ data_path: "/b/in/" }],
                    work_path: "/b/out/",
                    work_path_type: 0,
                }),
            method: "POST",
            path: `${P}/datasets`,
            body: '{"dataset_name":"pets","data_sources":[{"data_path":"/b/in/"}],"work_path":"/b/out/","work_path_type":0}',
        },
        getDataset: {
            call: (c) => c.getDataset("ds1", { check_running_task: true, running_task_type: 6 }),
            method: "GET",
            path: `${P}/datasets/ds1`,
            query: "?check_running_task=true&running_task_type=6",
        },
        updateDataset: {
            call: (c) =>
                c.updateDataset("ds1", {
                    update_labels: [{ name: "cat", property: { "@modelarts:rename_to": "kitten" } }],
                }),
            method: "PUT",
            path: `${P}/datasets/ds1`,
            body: '{"update_labels":[{"name":"cat","property":{"@modelarts:rename_to":"kitten"}}]}',
        },
        deleteDataset: { call: (c) => c.deleteDataset("ds1"), method: "DELETE", path: `${P}/datasets/ds1` },
        createDatasetVersion: {
            call: (c) => c.createDatasetVersion("ds1", { version_name: "V004", train_evaluate_sample_ratio: "0.80" }),
            method: "POST",
            path: `${P}/datasets/ds1/versions`,
            body: '{"version_name":"V004","train_evaluate_sample_ratio":"0.80"}',
        },
        getDatasetVersion: {
            call: (c) => c.getDatasetVersion("ds1", "v1"),
            method: "GET",
            path: `${P}/datasets/ds1/versions/v1`,
        },
        listDatasetVersions: {
            call: (c) => c.listDatasetVersions("ds1", { version_format: "CSV", status: 1, limit: 10 }),
            method: "GET",
            path: `${P}/datasets/ds1/versions`,
            query: "?version_format=2&status=1&limit=10",
        },
        deleteDatasetVersion: {
            call: (c) => c.deleteDatasetVersion("ds1", "v1"),
            method: "DELETE",
            path: `${P}/datasets/ds1/versions/v1`,
        },
    };
    for (const [name, { call, method, path, query = "", body }] of Object.entries(cases)) {
        it(`${name} sends ${method} ${path.replace(P, "/v2/{project_id}")}`, async () => {
            const { server, client } = clientWith([{ status: 200, body: answerFor(name) }]);
            await call(client);
            assert.deepEqual(request(server), { method, path, query, body });
        });
    }

    it("percent-encodes ids into path segments, and the signature still verifies", async () => {
        const { server, client } = clientWith([{ status: 200, body: answerFor("getImportTask") }]);
        await client.getImportTask("d/1 x", "../t?1");
        const [call] = server.calls;
        assert.ok(call, "one request was sent");
        assert.equal(call.url.pathname, `${P}/datasets/d%2F1%20x/import-tasks/..%2Ft%3F1`);
        assert.equal(hasValidSignature(call, SECRET_KEY), true);
    });

    it("returns the created task id", async () => {
        const { client } = clientWith([{ status: 200, body: { task_id: "gfghHSokody6AJigS5A_m1dYqOw8vWCAznw1V28" } }]);
        assert.equal((await client.createImportTask("d", {})).task_id, "gfghHSokody6AJigS5A_m1dYqOw8vWCAznw1V28");
    });

    it("reports a create answered without a task id as an unknown outcome", async () => {
        const { client } = clientWith([{ status: 200, body: { status: "QUEUING" } }]);
        const error = await client.createExportTask("d", {}).catch((e: unknown) => e);
        assert.ok(ModelArtsError.isInstance(error));
        assert.equal(error.outcomeUnknown, true);
        assert.equal(error.path, `${P}/datasets/d/export-tasks`);
    });

    it("redacts the data source password of an import from the create's errors, should the service echo it", async () => {
        const password = "Dws-Passw0rd!";
        const { client } = clientWith([
            { status: 400, body: { error_code: "ModelArts.4396", error_msg: `cannot log in as dbadmin/${password}` } },
        ]);
        const body = { data_source: { data_type: 1, source_info: { user_name: "dbadmin", user_password: password } } };
        const error = await client.createImportTask("d", body).catch((e: unknown) => e);
        assert.ok(ModelArtsError.isInstance(error));
        assert.equal(error.errorMsg, "cannot log in as dbadmin/***");
        assert.ok(!`${error.message}\n${error.stack}`.includes(password));
    });

    it("asks the pacing to send creates and the lists that make them safe first, and task reads after them", async () => {
        const server = new FakeFetch(Array(6).fill({ status: 200, body: { ...answerFor("any"), task_id: "t" } }));
        const clock = new FakeClock();
        const priorities: string[] = [];
        const sendRate = new (class extends SendRateLimiter {
            override acquire(priority?: SendPriority) {
                priorities.push(priority ?? "routine");
                return super.acquire(priority);
            }
        })({ clock });
        const client = new ModelArtsClient(akskSettings, {
            fetch: server.fetch,
            clock,
            retryBudget: new RetryBudget(),
            sendRate,
        });
        await client.createImportTask("d", {});
        await client.listImportTasks("d");
        await client.listExportTasks("d");
        await client.listProcessorTasks();
        await client.getImportTask("d", "t");
        await client.deleteProcessorTask("t");
        assert.deepEqual(priorities, ["urgent", "urgent", "urgent", "urgent", "routine", "routine"]);
    });

    it("resolves update and delete on the documented `{ }` answer", async () => {
        const { client } = clientWith([
            { status: 200, body: "{ }" },
            { status: 200, body: "{ }" },
        ]);
        // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression -- the test checks what the void promise resolves to
        assert.equal(await client.updateProcessorTask("t", { description: "test" }), undefined);
        // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression -- the test checks what the void promise resolves to
        assert.equal(await client.deleteProcessorTask("t"), undefined);
    });

    it("reads the documented example answers, quirks included", async () => {
        const { client } = clientWith([
            { status: 200, body: { status: "COMPLETED", task_id: "t", import_path: "obs://b/a/", import_type: 0 } },
            {
                status: 200,
                body: {
                    total_count: 1,
                    export_tasks: [
                        {
                            task_id: "x",
                            status: "SUCCESSED",
                            export_params: { train_sample_ratio: 1.0, clear_difficult: false },
                        },
                    ],
                },
            },
            { status: 200, body: { task_id: "AcYfsdfhGyrWL5TtahH", status: 2, result: "xxx", is_current: true } },
        ]);
        const imported = await client.getImportTask("d", "t");
        assert.equal(imported.import_type, 0);
        const exports = await client.listExportTasks("d");
        const exported = exports.export_tasks?.[0];
        assert.ok(exported, "the answer lists the export task");
        assert.equal(exported.export_params?.train_sample_ratio, 1);
        assert.equal(exported.export_params.clear_difficult, false); // narrowed by the assertion above
        const processed = await client.getProcessorTask("AcYfsdfhGyrWL5TtahH");
        assert.equal(processed.result, "xxx");
    });

    it("counts requests", async () => {
        const { client } = clientWith([{ status: 503 }, { status: 200, body: { task_id: "t", status: 1 } }]);
        await client.getProcessorTask("t");
        assert.deepEqual(client.stats(), { requests: 2, retries: 1, throttled: 0 });
    });
});

import assert from "node:assert/strict";
import { DATASET_ID, DURATION_MS, EmulatorFixture, assertError, createImport } from "./fixture";

const TASKS = "/processor-tasks";

describe("emulator processor-task versions", () => {
    let fixture: EmulatorFixture;
    let taskId: string;
    beforeEach(async () => {
        fixture = await EmulatorFixture.start();
        await createImport(fixture);
        await fixture.advance(DURATION_MS);
        const created = await fixture.call("POST", TASKS, {
            body: {
                name: "validate-raw",
                inputs: [{ type: "DATASET", source: DATASET_ID }],
                work_path: { type: "DATASET", path: DATASET_ID, version_name: "V001" },
                create_version: true,
                template: {
                    id: "sys_data_validation",
                    operator_params: [{ name: "MetaValidation", params: { task_type: "image_classification" } }],
                },
            },
        });
        taskId = created.body.task_id;
    });
    afterEach(() => fixture.close());

    const versions = async () => (await fixture.call("GET", `${TASKS}/${taskId}/versions`)).body;

    it("creates the first version with create_version: true, following the task's run", async () => {
        const listed = await versions();
        assert.equal(listed.count, 1);
        const [version] = listed.versions;
        assert.deepEqual([version.task_id, version.version_name, version.status], [taskId, "V001", 0]);
        assert.equal((await fixture.call("GET", `${TASKS}/${taskId}`)).body.version_count, 1);
        await fixture.advance(DURATION_MS);
        const url = `${TASKS}/${taskId}/versions/${version.task_version_id}`;
        const done = await fixture.get(url);
        const { status, origin_sample_count, unmodified_sample_count, deleted_sample_count, add_sample_count } = done;
        assert.deepEqual(
            [status, origin_sample_count, unmodified_sample_count, deleted_sample_count, add_sample_count],
            [2, 12, 12, 0, 0],
        );
        const results = await fixture.get(`${url}/results`, { query: { limit: 5 } });
        assert.deepEqual([results.count, results.results.length, results.has_more], [12, 5, true]);
        assert.match(results.results[0].sample_id, /^[0-9a-f]{32}$/);
        assert.equal(results.results[0].result_property, 0);
    });

    it("creates a version that runs on its own, stops it (status 4), and deletes it with 204", async () => {
        const body = { name: "validate-raw", description: "" };
        const created = await fixture.call("POST", `${TASKS}/${taskId}/versions`, { body });
        assert.deepEqual(Object.keys(created.body), ["version_id"]);
        const url = `${TASKS}/${taskId}/versions/${created.body.version_id}`;
        assert.equal((await fixture.call("GET", url)).body.version_name, "V001", "the work path's version name");
        assert.deepEqual((await fixture.call("POST", `${url}/stop`)).body, {});
        await fixture.advance(DURATION_MS);
        assert.equal((await fixture.call("GET", url)).body.status, 4);
        assert.equal((await fixture.call("GET", `${TASKS}/${taskId}`)).body.status, 2, "the task's own run went on");
        const deleted = await fixture.call("DELETE", url);
        assert.deepEqual([deleted.status, deleted.body], [204, undefined]);
        assert.equal((await versions()).count, 1);
        assert.equal(fixture.emulator.createdTasks().processorVersion, 2);
    });

    it("answers 400 ModelArts.4851 for an unknown version and 4700 for an unknown task", async () => {
        const version = await fixture.call("GET", `${TASKS}/${taskId}/versions/nope`);
        assertError(version, 400, "ModelArts.4851");
        const task = await fixture.call("GET", `${TASKS}/nope/versions`);
        assertError(task, 400, "ModelArts.4700");
    });
});

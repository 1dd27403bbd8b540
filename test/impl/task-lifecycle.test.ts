import assert from "node:assert/strict";
import { ModelArtsError } from "../../provider/client/errors";
import { TaskInitError } from "../../provider/impl/errors";
import { lifecycle } from "../../provider/impl/lifecycle";
import { processorTaskDriver } from "../../provider/processor-task/driver";
import type { Session } from "../../provider/impl/session";
import type { AnyDriver } from "../../provider/impl/kind-driver";
import { TaskLifecycle } from "../../provider/impl/task-lifecycle";
import { FakeClock } from "../../testkit/fake-clock";
import { scriptedSession } from "../../testkit/scripted-session";

describe("impl/task-lifecycle diff", () => {
    const exportInputs = { datasetId: "d1", path: "/bucket/export/", exportType: 2 };
    /** What an export's outputs hold after create: the inputs, and the state the service answered. */
    const exportOutputs = {
        ...exportInputs,
        taskId: "t1",
        status: "SUCCESSED",
        exportFormat: 2,
        versionFormat: "Default",
        versionId: "v1",
        __provider: "exports.handler = …",
    };

    it("sees no change when the inputs are those the outputs hold", async () => {
        const diff = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, __provider: "newer" });
        assert.deepEqual(diff, { changes: false, replaces: [], deleteBeforeReplace: false });
    });

    it("sees no change in values the service filled in for inputs left out, nor when they are given equal", async () => {
        const same = { ...exportInputs, exportFormat: 2, versionFormat: "Default" };
        assert.equal((await lifecycle("ExportTask").diff("t1", exportOutputs, same)).changes, false);
    });

    it("replaces when a server-defaulted input is set to another value", async () => {
        const diff = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, exportFormat: 1 });
        assert.deepEqual(diff, { changes: true, replaces: ["exportFormat"], deleteBeforeReplace: false });
    });

    it("replaces when an API input is added, changed or removed", async () => {
        const added = await lifecycle("ExportTask").diff("t1", exportOutputs, {
            ...exportInputs,
            sampleState: "__ALL__",
        });
        assert.deepEqual(added.replaces, ["sampleState"]);
        const changed = await lifecycle("ExportTask").diff("t1", exportOutputs, {
            ...exportInputs,
            path: "/bucket/other/",
        });
        assert.deepEqual(changed.replaces, ["path"]);
        const { exportType: _, ...removed } = exportInputs;
        assert.deepEqual((await lifecycle("ExportTask").diff("t1", exportOutputs, removed)).replaces, ["exportType"]);
    });

    it("updates provider options in place, and a processing task's description", async () => {
        const timeout = await lifecycle("ExportTask").diff("t1", exportOutputs, { ...exportInputs, timeout: "2h" });
        assert.deepEqual(timeout, { changes: true, replaces: [], deleteBeforeReplace: false });
        const processor = { name: "p", template: { id: "sys_data_analyse" }, description: "a" };
        const described = await lifecycle("ProcessorTask").diff(
            "t2",
            { ...processor, status: 2 },
            { ...processor, description: "b" },
        );
        assert.deepEqual(described, { changes: true, replaces: [], deleteBeforeReplace: false });
    });

    it("deletes a processing task before replacing it when the new one keeps its unique name", async () => {
        const processor = { name: "p", template: { id: "sys_data_analyse" } };
        const sameName = await lifecycle("ProcessorTask").diff("t2", processor, {
            ...processor,
            template: { id: "sys_data_selection" },
        });
        assert.deepEqual(sameName, { changes: true, replaces: ["template"], deleteBeforeReplace: true });
        const renamed = await lifecycle("ProcessorTask").diff("t2", processor, {
            name: "q",
            template: { id: "sys_data_selection" },
        });
        assert.equal(renamed.deleteBeforeReplace, false);
    });

    it("publishes an unnamed version's replacement first: the service names it, so nothing holds its name", async () => {
        const version = { datasetId: "d1", description: "first cut" };
        const unnamed = await lifecycle("DatasetVersion").diff("v1", version, { ...version, description: "second" });
        assert.deepEqual(unnamed, { changes: true, replaces: ["description"], deleteBeforeReplace: false });
        const named = { ...version, versionName: "release-1" };
        const kept = await lifecycle("DatasetVersion").diff("v1", named, { ...named, description: "second" });
        assert.equal(kept.deleteBeforeReplace, true);
    });
});

describe("impl/task-lifecycle against a scripted kind", () => {
    const TASK_PATH = "/v2/p/processor-tasks/t1";
    const answer = (status: number, errorCode?: string) =>
        new ModelArtsError({ method: "GET", path: TASK_PATH, status, errorCode });
    let clock: FakeClock;
    let session: Session;

    /** A processing-task-like kind whose GET and DELETE replay `script`; each entry is a value or an error. */
    function scriptedLifecycle(script: { fetches?: unknown[]; removes?: unknown[] }) {
        const next = (queue: unknown[] | undefined) => {
            const item = queue?.shift();
            if (item instanceof Error) throw item;
            return item;
        };
        const kind: AnyDriver = {
            ...processorTaskDriver,
            // eslint-disable-next-line @typescript-eslint/require-await -- a scripted error must reject, as the real call's does
            fetch: async () => next(script.fetches) as { status?: unknown },
            // eslint-disable-next-line @typescript-eslint/require-await -- a scripted error must reject, as the real call's does
            remove: async () => void next(script.removes),
        };
        return new TaskLifecycle(kind);
    }

    beforeEach(() => {
        clock = new FakeClock();
        session = scriptedSession(clock);
    });

    it("reads a documented not-found answer as gone, and any other 404 as an error", async () => {
        assert.deepEqual(
            await scriptedLifecycle({ fetches: [answer(400, "ModelArts.4700")] }).read(session, "t1", {}),
            { id: "", props: {} },
        );
        await assert.rejects(scriptedLifecycle({ fetches: [answer(404)] }).read(session, "t1", {}), /HTTP 404/);
        await assert.rejects(
            scriptedLifecycle({ fetches: [answer(404, "APIG.0101")] }).read(session, "t1", {}),
            /APIG\.0101/,
        );
    });

    it("counts a documented not-found DELETE as deleted, and fails on any other 404", async () => {
        await scriptedLifecycle({ removes: [answer(400, "ModelArts.4700")] }).delete(session, "t1", {});
        await assert.rejects(scriptedLifecycle({ removes: [answer(404)] }).delete(session, "t1", {}), /HTTP 404/);
    });

    it("waits out a task that is still initializing (403 ModelArts.4850) before deleting it", async () => {
        const initializing = () => answer(403, "ModelArts.4850");
        await scriptedLifecycle({ removes: [initializing(), initializing(), undefined] }).delete(session, "t1", {});
        assert.deepEqual(clock.sleeps, [5_000, 5_000]);
    });

    it("gives up on a task still initializing after about two minutes, saying so", async () => {
        const removes = Array.from({ length: 100 }, () => answer(403, "ModelArts.4850"));
        const started = clock.now();
        await assert.rejects(
            scriptedLifecycle({ removes }).delete(session, "t1", {}),
            /task t1 was still initializing after 2 minutes, and ModelArts refuses to delete it until it runs: try again later .*ModelArts\.4850/,
        );
        assert.ok(clock.now() - started <= 120_000 && clock.now() - started >= 115_000, `${clock.now() - started} ms`);
    });

    it("ends a wait at once on a documented not-found answer, recording the code, and the next diff replaces", async () => {
        const lifecycle = scriptedLifecycle({ fetches: [{ status: 1 }, answer(400, "ModelArts.4700")] });
        const inputs = { name: "p", template: { id: "sys_data_analyse" } };
        const error = await lifecycle.update(session, "t1", inputs, inputs).catch((e: unknown) => e);
        assert.ok(TaskInitError.isInstance(error));
        assert.match(
            error.message,
            /^task t1 no longer exists \(ModelArts\.4700\) \(task t1 is kept in the stack; the next `pulumi up` replaces it/,
        );
        assert.equal(error.properties.errorCode, "ModelArts.4700");
        const diff = await lifecycle.diff("t1", error.properties, inputs);
        assert.deepEqual(diff, { changes: true, replaces: ["errorCode"], deleteBeforeReplace: true });
    });

    it("never takes an undocumented status for success, and names it when the wait times out", async () => {
        const fetches = Array.from({ length: 200 }, () => ({ status: 9 }));
        const inputs = { name: "p", template: { id: "sys_data_analyse" }, timeout: "30s" };
        const error = await scriptedLifecycle({ fetches })
            .update(session, "t1", inputs, inputs)
            .catch((e: unknown) => e);
        assert.ok(TaskInitError.isInstance(error));
        assert.match(
            error.message,
            /timed out after 30s .*task status 9 \(not a documented status: never taken for success\)/,
        );
        assert.match(error.message, /the next `pulumi up` resumes waiting on it/);
    });
});

describe("impl/task-lifecycle: a wait that meets refused credentials", () => {
    const refused = (status: number, errorCode: string) =>
        new ModelArtsError({
            method: "GET",
            path: "/v2/p/processor-tasks/t1",
            status,
            errorCode,
            errorMsg: "the token must be updated",
        });
    const inputs = { name: "p", template: { id: "sys_data_analyse" } };

    for (const [status, code] of [
        [403, "APIGW.0307"],
        [401, "APIGW.0301"],
        [401, "ModelArts.0202"],
        [403, "ModelArts.0206"],
        [401, "ModelArts.0210"],
    ] as const) {
        it(`ends at the first ${status} ${code}, keeps the task and says the next up resumes`, async () => {
            const clock = new FakeClock();
            let polls = 0;
            const lifecycle = new TaskLifecycle({
                ...processorTaskDriver,
                fetch: () => {
                    polls++;
                    return polls === 1 ? Promise.resolve({ status: 1 }) : Promise.reject(refused(status, code));
                },
            });
            const started = clock.now();
            const error = await lifecycle.update(scriptedSession(clock), "t1", inputs, inputs).catch((e: unknown) => e);
            assert.ok(TaskInitError.isInstance(error));
            assert.equal(polls, 2, "the poll that met the refusal is the last");
            assert.ok(clock.now() - started < 10_000, `ended after ${clock.now() - started} ms`);
            assert.equal(error.id, "t1");
            assert.match(error.message, /ModelArts refused the credentials while waiting/);
            assert.match(error.message, new RegExp(code.replace(".", "\\.")));
            assert.match(error.message, /temporary credentials .* may have expired/);
            assert.match(error.message, /the next `pulumi up` resumes waiting on it/);
        });
    }

    it("polls on through a 403 that is not about the credentials (a task still initializing)", async () => {
        const clock = new FakeClock();
        const answers: unknown[] = [refused(403, "ModelArts.4850"), { status: 2 }];
        const lifecycle = new TaskLifecycle({
            ...processorTaskDriver,
            fetch: () => {
                const next = answers.shift();
                return next instanceof Error ? Promise.reject(next) : Promise.resolve(next as { status: number });
            },
        });
        const { outs } = await lifecycle.update(scriptedSession(clock), "t1", inputs, inputs);
        assert.equal(outs.status, 2);
    });
});

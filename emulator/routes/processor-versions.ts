/**
 * Processor-task versions (reference `*version*` pages): `POST/GET …/processor-tasks/{task_id}/versions`,
 * `GET/DELETE …/versions/{version_id}` (DELETE answers 204), `POST …/versions/{version_id}/stop`,
 * `GET …/versions/{version_id}/results`. A version made by `create_version: true` shares its task's run (stopping
 * it stops the task); a version created here runs on its own, with the task's fields where the body omits them.
 * Unknown task → 400 ModelArts.4700; unknown version → 400 ModelArts.4851.
 */
import { startRun } from "../model/backend";
import { apiError, codedMessage } from "../errors";
import { integerParam, isObject, pageItems, pageOf } from "../model/fields";
import { resourceId } from "../random";
import { Answer, Route, RouteContext, collectionRoutes, ok } from "../http/router";
import { EmulatorState, JsonObject, ProcessorOutput, ProcessorVersionRecord } from "../model/state";
import { Run, isActive, viewRun } from "../model/timeline";
import { PROCESSOR_STATUS, processorSpec, taskOf, versionNameOf } from "./processor-tasks";

const VERSIONS = "/v2/{project_id}/processor-tasks/{task_id}/versions";
const VERSION = `${VERSIONS}/{version_id}`;

/** The version routes. */
export const processorVersionRoutes: Route[] = [
    ...collectionRoutes(VERSIONS, "version_id", { create: createVersion, list: listVersions, get: getVersion }),
    { method: "DELETE", pattern: VERSION, handle: deleteVersion },
    { method: "POST", pattern: `${VERSION}/stop`, handle: stopVersion },
    { method: "GET", pattern: `${VERSION}/results`, handle: listResults },
];

function createVersion({ params, body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const task = taskOf(state, params.task_id);
    const spec = processorSpec(body, state, task.spec);
    const ordinal = state.processorVersions.filter((v) => v.taskId === task.id).length + 1;
    const version: ProcessorVersionRecord = {
        id: resourceId(),
        taskId: task.id,
        spec: { ...spec, version_name: versionNameOf(spec, ordinal) },
        ownRun: startRun(backend, now, codedMessage("ModelArts.4392")),
    };
    state.processorVersions.push(version);
    state.created.processorVersion++;
    backend.store.touch();
    return ok({ version_id: version.id });
}

function versionOf(state: EmulatorState, taskId: string, versionId: string): ProcessorVersionRecord {
    taskOf(state, taskId);
    const version = state.processorVersions.find((v) => v.id === versionId && v.taskId === taskId);
    if (version === undefined) throw apiError("ModelArts.4851");
    return version;
}

/** The run a version follows and the output it produced. */
function runOf(state: EmulatorState, version: ProcessorVersionRecord): { run: Run; output?: ProcessorOutput } {
    if (version.ownRun) return { run: version.ownRun, output: version.output };
    const task = taskOf(state, version.taskId);
    return { run: task.run, output: task.output };
}

function listVersions({ params, query, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    taskOf(state, params.task_id);
    const page = pageOf(query, 100, 100);
    const byName = query.get("sort_by") === "version_name";
    const direction = query.get("order") === "asc" ? 1 : -1;
    const views = state.processorVersions
        .filter((v) => v.taskId === params.task_id)
        .map((v) => versionView(state, v, now))
        .sort((a, b) => {
            const key = byName ? "version_name" : "create_time";
            const [x, y] = [a[key] as string | number, b[key] as string | number];
            return (x < y ? -1 : x > y ? 1 : 0) * direction;
        });
    return ok({ count: views.length, versions: pageItems(views, page) });
}

function getVersion({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    return ok(versionView(state, versionOf(state, params.task_id, params.version_id), now));
}

function deleteVersion({ params, backend }: RouteContext): Answer {
    const state = backend.store.state;
    const version = versionOf(state, params.task_id, params.version_id);
    state.processorVersions = state.processorVersions.filter((v) => v !== version);
    backend.store.touch();
    return { status: 204 };
}

function stopVersion({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const { run } = runOf(state, versionOf(state, params.task_id, params.version_id));
    if (isActive(run, now)) {
        run.stoppedAt = now;
        backend.store.touch();
    }
    return ok({});
}

function listResults({ params, query, backend }: RouteContext): Answer {
    const state = backend.store.state;
    const version = versionOf(state, params.task_id, params.version_id);
    const page = pageOf(query, 10, 100);
    const property = integerParam(query, "result_property") ?? -1;
    const outcomes = (runOf(state, version).output?.samples ?? []).filter(
        (s) => property === -1 || s.resultProperty === property,
    );
    const results = pageItems(outcomes, page).map((s) => ({
        sample_id: s.sampleId,
        version_id: version.id,
        origin_source: s.source,
        ...(s.resultProperty === 2 ? {} : { new_source: s.source }),
        result_property: s.resultProperty,
        result_description: [[s.description]],
    }));
    return ok({ count: outcomes.length, results, has_more: (page.offset + 1) * page.limit < outcomes.length });
}

function versionView(state: EmulatorState, version: ProcessorVersionRecord, now: number): JsonObject {
    const { run, output } = runOf(state, version);
    const view = viewRun(run, now);
    const spec = version.spec;
    const samples = view.phase === "succeeded" ? output?.samples : undefined;
    const deleted = samples?.filter((s) => s.resultProperty === 2).length ?? 0;
    return {
        task_version_id: version.id,
        task_id: version.taskId,
        version_name: spec.version_name ?? null,
        description: spec.description ?? "",
        status: PROCESSOR_STATUS[view.phase],
        create_time: run.createdAt,
        update_time: view.since,
        inputs: Array.isArray(spec.inputs) ? spec.inputs : [spec.data_source ?? null],
        ...(isObject(spec.work_path) ? { work_path: spec.work_path } : {}),
        template: spec.template ?? null,
        duration_seconds: Math.floor(view.elapsedMs / 1000),
        ...(samples === undefined
            ? {}
            : {
                  origin_sample_count: samples.length,
                  add_sample_count: 0,
                  modified_sample_count: 0,
                  unmodified_sample_count: samples.length - deleted,
                  deleted_sample_count: deleted,
              }),
    };
}

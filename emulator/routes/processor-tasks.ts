/**
 * Processor tasks ("Creating a Processing Task" and related pages): `POST/GET /v2/{project_id}/processor-tasks`,
 * `GET /processor-tasks/items` (the algorithm types, matched before `{task_id}`), `GET/PUT/DELETE
 * /processor-tasks/{task_id}`. Status is an integer: 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped.
 * Names are unique (ModelArts.4709); only `description` can change (PUT); DELETE answers 200 `{}`, except while
 * the task initializes (403 ModelArts.4850). `create_version: true` also creates the task's first version.
 * What the templates do: `model/processors.ts`. Dataset versions (`version_id`) are echoed, not checked.
 */
import { datasetOf, startRun } from "../model/backend";
import { apiError, codedMessage } from "../errors";
import { booleanParam, Fields, integerParam, isObject, omitKey, pageItems, pageOf } from "../model/fields";
import { TEMPLATES } from "../model/processors";
import { resourceId } from "../random";
import { Answer, Route, RouteContext, collectionRoutes, ok } from "../http/router";
import { EmulatorState, Json, JsonObject, ProcessorTaskRecord } from "../model/state";
import { parseObsPath } from "../model/storage";
import { Phase, viewRun } from "../model/timeline";

const TASKS = "/v2/{project_id}/processor-tasks";
const INVALID = "ModelArts.0101";

/** The processor-task routes (versions: `processor-versions.ts`). */
export const processorTaskRoutes: Route[] = [
    ...collectionRoutes(TASKS, "task_id", { create: createTask, list: listTasks, get: getTask }),
    { method: "GET", pattern: `${TASKS}/items`, handle: listAlgorithmTypes },
    { method: "PUT", pattern: `${TASKS}/{task_id}`, handle: updateTask },
    { method: "DELETE", pattern: `${TASKS}/{task_id}`, handle: deleteTask },
];

/** The integer status of each phase. */
export const PROCESSOR_STATUS: Readonly<Record<Phase, number>> = {
    queued: 0,
    running: 1,
    succeeded: 2,
    failed: 3,
    stopped: 4,
};

/** The task, or 400 ModelArts.4700. */
export function taskOf(state: EmulatorState, taskId: string): ProcessorTaskRecord {
    const task = state.processorTasks.find((t) => t.id === taskId);
    if (task === undefined) throw apiError("ModelArts.4700");
    return task;
}

/**
 * The fields of a create body (task or version) as they are echoed, checked against the docs' tables: `name`
 * (mandatory; no other rule is documented), `template` (mandatory; its `id` optional, else one of the five the
 * service has: any other is 404 ModelArts.3021, "Template ({0}) does not exists."), exactly one of `data_source` / `inputs`
 * (their datasets must exist), `work_path.version_name` (0-32 of letters, digits, `_`, `-`), the description rule.
 */
export function processorSpec(body: unknown, state: EmulatorState, defaults: JsonObject = {}): JsonObject {
    const fields = Fields.of(body, INVALID);
    const name = fields.string("name");
    fields.require(name !== undefined && name.length > 0);
    const template = fields.object("template") ?? defaults.template;
    fields.require(isObject(template) && (template.id === undefined || typeof template.id === "string"));
    const id = (template as JsonObject).id;
    if (typeof id === "string" && TEMPLATES[id] === undefined) throw apiError("ModelArts.3021", [id]);
    const operators = Fields.of(template, INVALID).array("operator_params") ?? [];
    fields.require(operators.every((op) => isObject(op) && (op.params === undefined || isObject(op.params))));
    const [dataSource, inputs] = [fields.object("data_source"), fields.array("inputs")];
    fields.require(dataSource === undefined || inputs === undefined);
    const sources =
        dataSource !== undefined
            ? { data_source: dataSource }
            : inputs !== undefined
              ? { inputs }
              : pick(defaults, "data_source", "inputs");
    for (const source of [sources.data_source, ...(Array.isArray(sources.inputs) ? sources.inputs : [])]) {
        checkSource(source, state);
    }
    fields.require(sources.data_source !== undefined || sources.inputs !== undefined);
    const workPath = fields.object("work_path") ?? defaults.work_path;
    if (workPath !== undefined) checkWorkPath(workPath, state);
    fields.string("version_id");
    fields.boolean("create_version");
    const templateId = (template as JsonObject).id;
    const templateName =
        (template as JsonObject).name ?? (typeof templateId === "string" ? TEMPLATES[templateId] : undefined);
    return {
        ...defaults,
        name: name as string,
        description: fields.description() ?? "",
        ...sources,
        template: { ...(template as JsonObject), ...(templateName === undefined ? {} : { name: templateName }) },
        ...(workPath === undefined ? {} : { work_path: workPath }),
        ...pick(fields.values, "version_id", "create_version"),
        workspace_id: fields.string("workspace_id") ?? defaults.workspace_id ?? "0",
    };
}

function pick(object: JsonObject, ...keys: string[]): JsonObject {
    return Object.fromEntries(keys.flatMap((k) => (object[k] === undefined ? [] : [[k, object[k]]])));
}

function checkSource(source: Json | undefined, state: EmulatorState): void {
    if (source === undefined) return;
    if (!isObject(source)) throw apiError(INVALID);
    const type = source.type ?? "DATASET";
    if (!["OBS", "TASK", "DATASET", "CUSTOM"].includes(type as string)) throw apiError(INVALID);
    if (type === "DATASET") datasetOf(state, typeof source.source === "string" ? source.source : "");
    if (type === "OBS" && (typeof source.source !== "string" || parseObsPath(source.source, true) === undefined)) {
        throw apiError("ModelArts.4315");
    }
}

function checkWorkPath(workPath: Json, state: EmulatorState): void {
    const fields = Fields.of(workPath, INVALID);
    fields.choice("type", ["OBS", "DATASET"]);
    fields.require(/^[A-Za-z0-9_-]{0,32}$/.test(fields.string("version_name") ?? ""));
    if (fields.values.type === "DATASET") datasetOf(state, fields.string("path") ?? "");
}

function createTask({ body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const spec = processorSpec(body, state);
    if (state.processorTasks.some((t) => t.spec.name === spec.name)) throw apiError("ModelArts.4709");
    const task: ProcessorTaskRecord = {
        id: resourceId(),
        spec,
        description: spec.description as string,
        run: startRun(backend, now, codedMessage("ModelArts.4392"), undefined, body),
    };
    state.processorTasks.push(task);
    state.created.processor++;
    if (spec.create_version === true) {
        const versionSpec = { ...spec, version_name: versionNameOf(spec, 1) };
        state.processorVersions.push({ id: resourceId(), taskId: task.id, spec: versionSpec });
        state.created.processorVersion++;
    }
    backend.store.touch();
    return ok({ task_id: task.id });
}

/** The version name: the work path's, else `V001`, `V002`, … */
export function versionNameOf(spec: JsonObject, ordinal: number): string {
    const fromWorkPath = isObject(spec.work_path) ? spec.work_path.version_name : undefined;
    if (typeof fromWorkPath === "string" && fromWorkPath !== "") return fromWorkPath;
    return ordinalName(ordinal);
}

/** The default name of the `ordinal`-th version: `V001`, `V002`, … (processor-task and dataset versions alike). */
export function ordinalName(ordinal: number): string {
    return `V${String(ordinal).padStart(3, "0")}`;
}

function getTask({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    return ok(taskView(state, taskOf(state, params.task_id), now, true));
}

function updateTask({ params, body, backend }: RouteContext): Answer {
    const task = taskOf(backend.store.state, params.task_id);
    task.description = Fields.of(body, INVALID).description() ?? task.description;
    backend.store.touch();
    return ok({});
}

function deleteTask({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const task = taskOf(state, params.task_id);
    if (viewRun(task.run, now).phase === "queued") throw apiError("ModelArts.4850");
    state.processorTasks = state.processorTasks.filter((t) => t !== task);
    state.processorVersions = state.processorVersions.filter((v) => v.taskId !== task.id);
    backend.store.touch();
    return ok({});
}

const SORT_KEYS: Readonly<Record<string, (t: JsonObject) => number | string>> = {
    create_time: (t) => t.create_time as number,
    name: (t) => t.name as string,
    duration_seconds: (t) => t.duration_seconds as number,
};

function listTasks({ query, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const page = pageOf(query, 10, 100);
    const sortKey = SORT_KEYS[query.get("sort_by") ?? "create_time"];
    const order = query.get("order") ?? "desc";
    if (sortKey === undefined || !["asc", "desc"].includes(order)) throw apiError(INVALID);
    const withResult = booleanParam(query, "return_result") ?? true;
    const views = state.processorTasks
        .map((t) => taskView(state, t, now, withResult))
        .filter(listFilter(query))
        .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0) * (order === "asc" ? 1 : -1));
    return ok({ count: views.length, tasks: pageItems(views, page) });
}

/**
 * The list's filters: `status`, `task_type`, `task_name` (substring), `source_type`/`source`, `version_id`,
 * `workspace_id`, `query_current` (only the newest task of each template on a dataset version).
 */
function listFilter(query: URLSearchParams): (view: JsonObject) => boolean {
    const status = integerParam(query, "status");
    const currentOnly = booleanParam(query, "query_current");
    if (!["OBS", "TASK", "DATASET", "CUSTOM"].includes(query.get("source_type") ?? "OBS")) throw apiError(INVALID);
    const [taskType, taskName, sourceType, source, workspace] = [
        query.get("task_type"),
        query.get("task_name"),
        query.get("source_type"),
        query.get("source"),
        query.get("workspace_id"),
    ];
    const versionIds = query.get("version_id")?.split(",");
    return (view) => {
        const template = view.template as JsonObject;
        const inputs = (view.inputs as JsonObject[]).filter(
            (i) => (sourceType === null || i.type === sourceType) && (source === null || i.source === source),
        );
        return (
            (status === undefined || view.status === status) &&
            (taskType === null || template.id === taskType) &&
            (taskName === null || (view.name as string).includes(taskName)) &&
            ((sourceType === null && source === null) || inputs.length > 0) &&
            (versionIds === undefined || versionIds.includes(view.version_id as string)) &&
            (workspace === null || view.workspace_id === workspace) &&
            (!currentOnly || view.is_current === true)
        );
    };
}

function listAlgorithmTypes({ query }: RouteContext): Answer {
    // The page's example lists the four processing algorithms (feature analysis is not one of them).
    const items = Object.entries(TEMPLATES)
        .filter(([id]) => id !== "sys_data_analyse")
        .map(([id, label]) => ({ template_id: id, label_zh: label, label_en: label }));
    return ok({ total: items.length, items: pageItems(items, pageOf(query, 1000, 1000)) });
}

/** "Whether the current task is the latest of the same type of this version": no newer task of its template there. */
function isCurrent(state: EmulatorState, task: ProcessorTaskRecord): boolean {
    const kindOf = (t: ProcessorTaskRecord) => {
        const template = isObject(t.spec.template) ? t.spec.template.id : undefined;
        return JSON.stringify([template ?? null, t.spec.version_id ?? null]);
    };
    return !state.processorTasks.some(
        (other) => kindOf(other) === kindOf(task) && other.run.createdAt > task.run.createdAt,
    );
}

/** A task as GET and the list show it. */
export function taskView(
    state: EmulatorState,
    task: ProcessorTaskRecord,
    now: number,
    withResult: boolean,
): JsonObject {
    const view = viewRun(task.run, now);
    const spec = omitKey(task.spec, "create_version");
    const inputs = Array.isArray(spec.inputs) ? spec.inputs : [spec.data_source ?? null];
    const workPath = isObject(spec.work_path) ? spec.work_path : {};
    const status = PROCESSOR_STATUS[view.phase];
    return {
        task_id: task.id,
        ...spec,
        description: task.description,
        data_source: spec.data_source ?? inputs[0] ?? null,
        inputs,
        ...(typeof workPath.version_name === "string" ? { version_name: workPath.version_name } : {}),
        status,
        duration_seconds: Math.floor(view.elapsedMs / 1000),
        create_time: task.run.createdAt,
        is_current: isCurrent(state, task),
        version_count: state.processorVersions.filter((v) => v.taskId === task.id).length,
        ...(withResult && status === 2 && task.output ? { result: task.output.result } : {}),
        ...(status === 3 && task.run.failure ? { error_msg: task.run.failure.message } : {}),
    };
}

/**
 * Dataset versions: `POST/GET …/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version": 201
 * `{version_id}`; "Querying the Dataset Version List": `{total_number, versions}` with `status`, `version_format`
 * (0/1/2), `train_evaluate_ratio` ("min,max"), `offset` (a page) and `limit` (1-1000, default 1000)), `GET/DELETE
 * …/versions/{version_id}` ("Querying Details About a Dataset Version", "Deleting a Dataset Labeling Version": 204).
 *
 * A version holds the dataset's samples when it is created and is published over the task duration (status 0,
 * then 1; `fail` faults end it at 4), writing its manifest under `<inner_annotation_path><name>/` (`model/publish.ts`);
 * it then becomes the dataset's current version. Names default to V001, V002, …; a taken name answers 4371, a
 * create while another version is publishing 4343, while the dataset imports 4356, on an abnormal dataset 4712,
 * and (with `datasetVersionIntervalMs`) sooner than that after the last one 4370. Unknown version: 4353; deleting
 * one still publishing: 4828.
 */
import { datasetOf, startRun } from "../model/backend";
import { datasetStatus, versionView, versionsOf } from "../model/dataset-views";
import { apiError, codedMessage } from "../errors";
import { Fields, integerParam, pageItems, pageOf } from "../model/fields";
import { resourceId } from "../random";
import { Answer, Route, RouteContext, collectionRoutes, ok } from "../http/router";
import { DatasetRecord, DatasetVersionRecord, EmulatorState, JsonObject } from "../model/state";
import { isActive, viewRun } from "../model/timeline";
import { ordinalName } from "./processor-tasks";

const VERSIONS = "/v2/{project_id}/datasets/{dataset_id}/versions";
const INVALID = "ModelArts.0101";
const FORMATS = ["Default", "CarbonData", "CSV"];
const VERSION_NAME = /^[\w-]{1,32}$/;
// The version description rule ("Creating a Dataset Labeling Version"): 0-256 characters, none of !<>=&"'
const VERSION_DESCRIPTION = /^[^!<>=&"']{0,256}$/;

/** The dataset-version routes. */
export const datasetVersionRoutes: Route[] = [
    ...collectionRoutes(VERSIONS, "version_id", { create: createVersion, list: listVersions, get: getVersion }),
    { method: "DELETE", pattern: `${VERSIONS}/{version_id}`, handle: deleteVersion },
];

/** The version of the dataset, or 400 ModelArts.4353. */
export function versionOf(state: EmulatorState, dataset: DatasetRecord, versionId: string): DatasetVersionRecord {
    const version = state.datasetVersions.find((v) => v.id === versionId && v.datasetId === dataset.id);
    if (version === undefined) throw apiError("ModelArts.4353");
    return version;
}

function createVersion({ params, body, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const fields = Fields.of(body ?? {}, INVALID);
    const echo = versionEcho(fields, dataset);
    const versions = versionsOf(state, dataset);
    const ordinal = (dataset.versionCount ?? 0) + 1;
    const name = fields.string("version_name") ?? freeName(versions, ordinal);
    fields.require(VERSION_NAME.test(name));
    refuseWhileBusy(state, dataset, now);
    const [last] = versions;
    const interval = backend.versionIntervalMs;
    if (last !== undefined && interval > 0 && now - last.run.createdAt < interval) throw apiError("ModelArts.4370");
    if (versions.some((v) => v.name === name)) throw apiError("ModelArts.4371");
    const version: DatasetVersionRecord = {
        id: resourceId(),
        datasetId: dataset.id,
        name,
        echo,
        samples: dataset.samples,
        ...(last === undefined ? {} : { previousVersionId: last.id }),
        run: startRun(backend, now, codedMessage("ModelArts.4712"), undefined, body, "dataset"),
    };
    state.datasetVersions.push(version);
    dataset.versionCount = ordinal;
    backend.store.touch();
    return { status: 201, body: { version_id: version.id } };
}

/** The body's fields with the documented defaults; `train_evaluate_sample_ratio` echoed as a plain number text. */
function versionEcho(fields: Fields, dataset: DatasetRecord): JsonObject {
    const format = fields.choice("version_format", FORMATS) ?? "Default";
    fields.require(format !== "CarbonData" || dataset.type === 400);
    const description = fields.string("description") ?? "";
    fields.require(VERSION_DESCRIPTION.test(description));
    const ratio = fields.string("train_evaluate_sample_ratio") ?? "1.00";
    fields.require(/^\d+(\.\d+)?$/.test(ratio) && Number(ratio) <= 1);
    const header = fields.boolean("with_column_header") ?? true;
    return {
        version_format: format,
        description,
        // Sent as "1.00", answered as "0.8", "0.99" (docs/api-notes.md): the emulator answers the shortest form.
        train_evaluate_sample_ratio: String(Number(ratio)),
        clear_hard_property: fields.boolean("clear_hard_property") ?? true,
        remove_sample_usage: fields.boolean("remove_sample_usage") ?? true,
        export_images: fields.boolean("export_images") ?? false,
        ...(dataset.type === 400 ? { with_column_header: header } : {}),
    };
}

/** `V<ordinal>`, or the next ordinal whose name no version has taken. */
function freeName(versions: readonly DatasetVersionRecord[], ordinal: number): string {
    const name = ordinalName(ordinal);
    return versions.some((v) => v.name === name) ? freeName(versions, ordinal + 1) : name;
}

/** Publishing needs a normal dataset with no import and no other publish running. */
function refuseWhileBusy(state: EmulatorState, dataset: DatasetRecord, now: number): void {
    const status = datasetStatus(state, dataset, now);
    if (status === 6) throw apiError("ModelArts.4343");
    if (status === 4) throw apiError("ModelArts.4712");
    const importing = state.importTasks.some((t) => t.datasetId === dataset.id && isActive(t.run, now));
    if (status !== 1 || importing) throw apiError("ModelArts.4356");
}

function listVersions({ params, query, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const page = pageOf(query, 1000, 1000);
    const status = integerParam(query, "status");
    const format = integerParam(query, "version_format");
    const ratio = ratioRange(query.get("train_evaluate_ratio"));
    if (format !== undefined && FORMATS[format] === undefined) throw apiError(INVALID);
    const views = versionsOf(state, dataset)
        .map((v) => versionView(state, dataset, v, now))
        .filter((v) => status === undefined || v.status === status)
        .filter((v) => format === undefined || v.version_format === FORMATS[format])
        .filter((v) => {
            const value = Number(v.train_evaluate_sample_ratio);
            return ratio === undefined || (value >= ratio[0] && value <= ratio[1]);
        });
    return ok({ total_number: views.length, versions: pageItems(views, page) });
}

/** `train_evaluate_ratio`: "min,max" (e.g. `0.0,1.0`); ModelArts.0101 when it is not two numbers. */
function ratioRange(text: string | null): [number, number] | undefined {
    if (text === null || text === "") return undefined;
    const bounds = text.split(",").map((part) => (/^\d+(\.\d+)?$/.test(part.trim()) ? Number(part) : NaN));
    const [min, max] = bounds;
    if (bounds.length !== 2 || min === undefined || max === undefined || !(min <= max)) throw apiError(INVALID);
    return [min, max];
}

function getVersion({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    return ok(versionView(state, dataset, versionOf(state, dataset, params.version_id), now));
}

function deleteVersion({ params, backend, now }: RouteContext): Answer {
    const state = backend.store.state;
    const dataset = datasetOf(state, params.dataset_id);
    const version = versionOf(state, dataset, params.version_id);
    if (isActive(version.run, now)) throw apiError("ModelArts.4828");
    state.datasetVersions = state.datasetVersions.filter((v) => v !== version);
    if (dataset.currentVersionId === version.id) {
        const published = versionsOf(state, dataset).find((v) => viewRun(v.run, now).phase === "succeeded");
        dataset.currentVersionId = published?.id;
    }
    backend.store.touch();
    return { status: 204 };
}

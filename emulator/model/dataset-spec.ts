/**
 * The create body of "Creating a Dataset", checked against its tables (docs/api-notes.md "Datasets"): mandatory
 * `dataset_name` (1-100 letters, digits, `_`, `-`), `data_sources` (exactly one), `work_path` (`/bucket/dir/`,
 * 3-700 characters, not a bucket alone, neither the input path nor under it); `work_path_type` 0 (its documented
 * default when absent); the enumerations of `dataset_type`, `data_format`, `DataSource.data_type` and labels; the
 * description rule. A wrong field answers 400 ModelArts.0101, a bad path 4315, a bucket alone 4205, a long work
 * path 4350, a missing bucket 4311, a missing input directory 4312.
 *
 * An OBS source's files are scanned by the directory import rules (`samples.ts`); the other source types (databases,
 * AI Gallery, inference) are accepted but bring no sample, and a table dataset brings samples only with
 * `import_data: true`. `user_password` is never kept.
 */
import { apiError } from "../errors";
import { Fields, isObject, withoutPassword } from "./fields";
import { DATASET_TYPES, scanDirectory } from "./samples";
import { labelsOf } from "./dataset-labels";
import { DatasetRecord, Json } from "./state";
import { ObsLocation, ObsStorage, parseObsPath } from "./storage";

const INVALID = "ModelArts.0101";
/** `dataset_name` ("Creating a Dataset"); the modify page gives no rule of its own. */
export const DATASET_NAME = /^[\w-]{1,100}$/;
const TABLE = 400;
const OBS = 0;
const DWS = 1;
const SEPARATOR = /^[A-Za-z0-9!@#$%^&*_=|?/':.;,]$/;

/** What a create body makes of a dataset, besides its id and times. */
export type DatasetSpec = Pick<
    DatasetRecord,
    "name" | "type" | "description" | "workPath" | "dataSources" | "echo" | "labels" | "scan"
>;

/** The dataset a create body describes; throws the documented error of the first rule it breaks. */
export function datasetSpec(body: unknown, storage: ObsStorage, id: string): DatasetSpec {
    const fields = Fields.of(body, INVALID);
    const name = fields.string("dataset_name") ?? "";
    fields.require(DATASET_NAME.test(name));
    const type = fields.choice("dataset_type", DATASET_TYPES) ?? 0;
    const dataFormat = fields.choice("data_format", ["Default", "CarbonData"]) ?? "Default";
    fields.require(dataFormat === "Default" || type === TABLE);
    const sources = fields.array("data_sources") ?? [];
    fields.require(sources.length === 1);
    const sourceFields = sources.map((s) => Fields.of(s, INVALID));
    const [source] = sourceFields.map((s) => dataSourceOf(s, storage));
    const workPath = workPathOf(fields, source?.location);
    const importsFiles = type !== TABLE || fields.boolean("import_data") === true;
    const importAnnotations = fields.boolean("import_annotations") ?? true;
    const scanned =
        source?.location && importsFiles ? scanDirectory(storage, storage.listFiles(source.location), type) : [];
    checkOptionalObjects(fields);
    return {
        name,
        type,
        description: fields.description() ?? "",
        workPath: workPath.text,
        dataSources: sourceFields.map((s) => withoutPassword(s.values)),
        labels: labelsOf(fields, "labels"),
        scan: importAnnotations ? scanned : scanned.map((s) => ({ ...s, labels: [] })),
        echo: {
            data_format: dataFormat,
            work_path_type: fields.choice("work_path_type", [0]) ?? 0,
            import_data: fields.boolean("import_data") ?? false,
            managed: fields.boolean("managed") ?? false,
            workspace_id: fields.string("workspace_id") ?? "0",
            ...(fields.array("schema") === undefined ? {} : { schema: fields.values.schema ?? [] }),
            // "Querying Details About a Dataset": the service's own files go under `<work_path><name>-<id>/`.
            inner_work_path: `${workPath.directory}${name}-${id}/`,
        },
    };
}

/** An OBS source's directory (none for the other types); a DWS source needs its user name and password. */
function dataSourceOf(source: Fields, storage: ObsStorage): { location?: ObsLocation } {
    const dataType = source.choice("data_type", [0, 1, 2, 3, 4, 5, 6]) ?? OBS;
    source.boolean("with_column_header");
    source.require((source.array("schema_maps") ?? []).every((m) => isStringMap(m)));
    const info = source.object("source_info") ?? {};
    source.require(isStringMap(info));
    if (dataType === DWS) source.require(typeof info.user_name === "string" && typeof info.user_password === "string");
    if (dataType !== OBS) return {};
    const location = parseObsPath(source.string("data_path") ?? "", true);
    if (location === undefined) throw apiError("ModelArts.4315");
    if (!storage.bucketExists(location.bucket)) throw apiError("ModelArts.4311");
    if (storage.kind(location) !== "dir") throw apiError("ModelArts.4312");
    return { location };
}

/** The work path as sent, and as a directory (ending in `/`). */
function workPathOf(fields: Fields, input: ObsLocation | undefined): { text: string; directory: string } {
    const text = fields.string("work_path") ?? "";
    fields.require(text.length >= 3);
    if (text.length > 700) throw apiError("ModelArts.4350");
    const location = parseObsPath(text, true);
    if (location === undefined) throw apiError("ModelArts.4315");
    if (location.key.replace(/\/$/, "") === "") throw apiError("ModelArts.4205");
    const overlaps =
        input !== undefined &&
        input.bucket === location.bucket &&
        asDirectory(location.key).startsWith(asDirectory(input.key));
    fields.require(!overlaps);
    return { text, directory: asDirectory(text) };
}

/** `schema`, `label_format` and `workforce_information`, which the emulator echoes or ignores, checked by type. */
function checkOptionalObjects(fields: Fields): void {
    const schema = fields.array("schema") ?? [];
    for (const field of schema) {
        const entry = Fields.of(field, INVALID);
        entry.number("schema_id");
        for (const name of ["name", "type", "description"]) entry.string(name);
    }
    const format = fields.nested("label_format");
    format.choice("label_type", ["0", "1"]);
    for (const name of ["text_label_separator", "text_sample_separator"]) {
        const separator = format.string(name);
        format.require(separator === undefined || SEPARATOR.test(separator));
    }
    const workforce = fields.object("workforce_information");
    if (workforce !== undefined) {
        const task = Fields.of(workforce, INVALID).string("task_name");
        fields.require(task !== undefined && /^[\w-]{1,64}$/.test(task));
    }
}

function isStringMap(value: Json): boolean {
    return isObject(value) && Object.values(value).every((v) => typeof v === "string");
}

function asDirectory(path: string): string {
    return path.endsWith("/") ? path : `${path}/`;
}

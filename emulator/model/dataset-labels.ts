/**
 * Dataset labels: the Label objects of "Creating a Dataset" (`labels`) and "Modifying a Dataset" (`add_labels`,
 * `delete_labels`, `update_labels`), checked against their tables, and the label statistics the detail, statistics
 * and version pages report.
 *
 * The pages mark every Label field optional; the emulator requires `name`, by which labels are added, deleted and
 * updated. The modify lists are applied so that sending the same body twice changes nothing more (a client may
 * retry a PUT): adding a label that exists replaces it, deleting or updating one that does not exist is a no-op.
 * An update merges `property`; `@modelarts:rename_to` renames the label, in the samples too; a deleted label
 * leaves the samples.
 */
import { Fields, isObject, omitKey } from "./fields";
import { DatasetRecord, Json, JsonObject, SampleRecord } from "./state";

const INVALID = "ModelArts.0101";
/** `Label.type`: the dataset types without 400 and 900, plus 103 (text triplet entity). */
const LABEL_TYPES = [0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600];
const ATTRIBUTE_NAME = /^[^<>=&"']{0,64}$/;
const RENAME = "@modelarts:rename_to";

/** The Label objects of `field` (absent: none); ModelArts.0101 when one breaks the Label table. */
export function labelsOf(fields: Fields, field: string): JsonObject[] {
    const labels = fields.array(field) ?? [];
    return labels.map((label) => {
        const entry = Fields.of(label, INVALID);
        const name = entry.string("name");
        entry.require(name !== undefined && name !== "");
        entry.choice("type", LABEL_TYPES);
        const property = entry.object("property") ?? {};
        entry.require(Object.values(property).every((v) => typeof v === "string"));
        (entry.array("attributes") ?? []).forEach(checkAttribute);
        return entry.values;
    });
}

function checkAttribute(attribute: Json): void {
    const fields = Fields.of(attribute, INVALID);
    fields.require(ATTRIBUTE_NAME.test(fields.string("name") ?? ""));
    fields.choice("type", ["text", "select"]);
    for (const field of ["id", "default_value"]) fields.string(field);
    fields.require((fields.array("values") ?? []).every(isObject));
}

/** The label changes of a modify body. */
export interface LabelChanges {
    readonly add: JsonObject[];
    readonly delete: JsonObject[];
    readonly update: JsonObject[];
}

/** Applies `changes` to the dataset's label list (and, for renames and deletions, to its samples). */
export function applyLabelChanges(dataset: DatasetRecord, changes: LabelChanges): void {
    const named = (name: string) => (l: JsonObject) => nameOf(l) === name;
    let labels = dataset.labels ?? [];
    for (const label of changes.add) labels = [...labels.filter((l) => !named(nameOf(label))(l)), label];
    for (const label of changes.delete) {
        labels = labels.filter((l) => !named(nameOf(label))(l));
        relabel(dataset, nameOf(label), undefined);
    }
    for (const update of changes.update) {
        const current = labels.find(named(nameOf(update)));
        if (current === undefined) continue;
        const merged = { ...asObject(current.property), ...asObject(update.property) };
        const newName = merged[RENAME];
        const name = typeof newName === "string" ? newName : nameOf(current);
        const changed: JsonObject = { ...current, ...update, property: omitKey(merged, RENAME), name };
        labels = labels.map((l) => (l === current ? changed : l));
        if (name !== nameOf(current)) relabel(dataset, nameOf(current), name);
    }
    dataset.labels = labels;
}

/** A label's name (checked to be a string by {@link labelsOf}). */
function nameOf(label: JsonObject): string {
    return typeof label.name === "string" ? label.name : "";
}

function asObject(value: Json | undefined): JsonObject {
    return isObject(value) ? value : {};
}

/** Renames label `from` to `to` in every sample, or removes it when `to` is undefined. */
function relabel(dataset: DatasetRecord, from: string, to: string | undefined): void {
    const rename = (s: SampleRecord): SampleRecord => {
        if (!s.labels.includes(from)) return s;
        const labels = s.labels.flatMap((l) => (l !== from ? [l] : to === undefined ? [] : [to]));
        return { ...s, labels: [...new Set(labels)] };
    };
    dataset.samples = dataset.samples.map(rename);
}

/**
 * LabelStats of the samples ("Obtaining Dataset Statistics", "Querying Details About a Dataset Version"): per label
 * name, in the order first seen, its type and property from the label list (the dataset type's own label type
 * otherwise), `count` (labels given) and `sample_count` (samples carrying it; each sample names a label once).
 */
export function labelStats(samples: readonly SampleRecord[], dataset: DatasetRecord): JsonObject[] {
    const counts = new Map<string, number>();
    for (const name of samples.flatMap((s) => s.labels)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].map(([name, count]) => {
        const declared = dataset.labels?.find((l) => l.name === name);
        return {
            name,
            type: declared?.type ?? (LABEL_TYPES.includes(dataset.type) ? dataset.type : 0),
            property: asObject(declared?.property),
            count,
            sample_count: count,
        };
    });
}

/**
 * Building blocks shared by the three resources' schemas and request bodies: common field rules, the label
 * enums both import and export use, and the explicit camelCase → snake_case field maps.
 *
 * Request bodies are built from a {@link FieldMap} per object type, never by transforming key strings: user maps
 * (label `property`, operator `params`, search `props`) are values in these maps and pass through verbatim.
 */
import type { FormatName } from "./formats";
import type { Schema } from "./json-schema";

/** Ids of datasets, tasks, versions, samples, clusters, workspaces: at most 64 letters, digits, `_` and `-`. */
export const idSchema = { type: "string", maxLength: 64, format: "identifier" } as const satisfies Schema<string>;

/** A free string of at most `maxLength` characters following `format` (by default: no control characters). */
export function textSchema(maxLength: number, format: FormatName = "text"): Schema<string> {
    return { type: "string", maxLength, format };
}

/** OBS paths (`obs://…`, `s3://…`) and other paths are at most this long (OBS object keys: 1024 bytes). */
export const MAX_PATH_LENGTH = 1024;

/** Labels in one filter: generous (ModelArts datasets hold a few hundred labels) but finite. */
export const MAX_LABELS = 1000;

/**
 * Label types (API reference "Creating an Import Task", Table 6, both copies):
 * 0 image classification, 1 object detection, 3 image segmentation, 100 text classification, 101 named entity
 * recognition, 102 text triplet relationship, 103 text triplet entity, 200 speech/sound classification,
 * 201 speech content, 202 speech paragraph labeling, 600 video labeling.
 */
export const labelTypes = [0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600] as const;
/** A label type: one of the codes listed above. */
export type LabelType = (typeof labelTypes)[number];

/** Labeling formats, for object detection only: `VOC` or `COCO`. */
export const annotationFormats = ["VOC", "COCO"] as const;
/** A labeling format: `VOC` or `COCO`. */
export type AnnotationFormat = (typeof annotationFormats)[number];

/** How an input field is named in the API, and how its value is converted (absent: sent as it is). */
export type FieldRule<V> = string | readonly [apiName: string, convert: (value: V) => unknown];

/** One {@link FieldRule} for every field of `T`, so `tsc` rejects a field the request body would forget. */
export type FieldMap<T> = { readonly [K in keyof T]-?: FieldRule<Exclude<T[K], undefined>> };

/** The API object for `value`: each defined field under its API name; undefined fields are left out. */
export function toApiObject<T extends object>(value: T, fields: FieldMap<T>): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const key of Object.keys(fields) as Array<keyof T>) {
        const field = value[key];
        if (field === undefined) continue;
        const rule = fields[key];
        if (typeof rule === "string") body[rule] = field;
        else body[rule[0]] = rule[1](field as Exclude<T[keyof T], undefined>);
    }
    return body;
}

/** A field rule for a nested object. */
export function nested<T extends object>(apiName: string, fields: FieldMap<T>): FieldRule<T> {
    return [apiName, (value: T) => toApiObject(value, fields)];
}

/** A field rule for an array of nested objects. */
export function nestedList<T extends object>(apiName: string, fields: FieldMap<T>): FieldRule<readonly T[]> {
    return [apiName, (items: readonly T[]) => items.map((item) => toApiObject(item, fields))];
}

/** Each input name of a field map with the API field it is sent as (for the reference pages). */
export function apiNamesOf<T>(fields: FieldMap<T>): Readonly<Record<string, string>> {
    const entries = Object.entries(fields as Record<string, FieldRule<unknown>>);
    return Object.fromEntries(entries.map(([name, rule]) => [name, typeof rule === "string" ? rule : rule[0]]));
}

/** The input names a field map sends to the API. */
export function apiFieldsOf<T>(fields: FieldMap<T>): ReadonlyArray<keyof T & string> {
    return Object.keys(fields) as Array<keyof T & string>;
}

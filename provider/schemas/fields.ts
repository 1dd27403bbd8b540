/**
 * Building blocks shared by the resources' schemas: common field rules, and the label enums both import and
 * export use. Request bodies are derived from the schemas (`request-body.ts`).
 */
import type { FormatName } from "./formats";

/** Ids of datasets, tasks, versions, samples, clusters, workspaces: at most 64 letters, digits, `_` and `-`. */
export const idSchema = { type: "string", maxLength: 64, format: "identifier" } as const;

/** A free string of at most `maxLength` characters following `format` (by default: no control characters). */
export function textSchema(
    maxLength: number,
    format: FormatName = "text",
): { readonly type: "string"; readonly maxLength: number; readonly format: FormatName } {
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

/**
 * Dataset types ("Creating a Dataset", `dataset_type`; the export pages lost the list): 0 image classification,
 * 1 object detection, 3 image segmentation, 100 text classification, 101 named entity recognition, 102 text triplet,
 * 200 sound classification, 201 speech content, 202 speech paragraph labeling, 400 table, 600 video labeling,
 * 900 custom format.
 */
export const datasetTypes = [0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900] as const;

/** Formats of a dataset version ("Creating a Dataset Labeling Version"): `CarbonData` is for table datasets only. */
export const versionFormats = ["Default", "CarbonData", "CSV"] as const;

/** Labeling formats, for object detection only: `VOC` or `COCO`. */
export const annotationFormats = ["VOC", "COCO"] as const;
/** A labeling format: `VOC` or `COCO`. */
export type AnnotationFormat = (typeof annotationFormats)[number];

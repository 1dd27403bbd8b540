/**
 * ExportTask inputs: the request body of `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks`
 * (API reference "Creating a Dataset Export Task"; one copy lost its option lists, so they come from the other copy
 * and "Querying the Dataset Export Task List"), in camelCase.
 *
 * Not inputs: `status` and `task_id` (never in a create body, docs/api-notes.md) and the body's `dataset_id`, which
 * repeats the path parameter `datasetId`.
 */
import { taskProviderOptions } from "../schemas/common";
import {
    annotationFormats,
    datasetTypes,
    idSchema,
    labelTypes,
    MAX_LABELS,
    MAX_PATH_LENGTH,
    textSchema,
    versionFormats,
} from "../schemas/fields";
import { inputTable } from "../schemas/input-table";
import type { InputsOf } from "../schemas/input-table";
import { objectSchema } from "../schemas/json-schema";
import type { TypeOf } from "../schemas/json-schema";

const exportTypeSchema = {
    type: "integer",
    enum: [0, 1, 2, 3],
    meanings: ["labeled", "unlabeled", "all", "conditional search"],
} as const;
/** Export type: 0 labeled, 1 unlabeled, 2 all, 3 conditional search. */
export type ExportType = TypeOf<typeof exportTypeSchema>;

const exportFormatSchema = { type: "integer", enum: [1, 2], meanings: ["tree", "tile"] } as const;
/** Layout of the exported directory: 1 tree (`rabbits/1.jpg`, `bees/2.jpg`), 2 tile (`1.jpg`, `1.txt`, …). */
export type ExportFormat = TypeOf<typeof exportFormatSchema>;

const datasetTypeSchema = { type: "integer", enum: datasetTypes } as const;
/**
 * Dataset type (the list is the dataset API's; "Creating a Dataset Export Task" lost it): 0 image classification,
 * 1 object detection, 3 image segmentation, 100 text classification, 101 named entity recognition, 102 text
 * triplet, 200 sound classification, 201 speech content, 202 speech paragraph labeling, 400 table, 600 video
 * labeling, 900 custom format.
 */
export type ExportDatasetType = TypeOf<typeof datasetTypeSchema>;

const sampleStateSchema = {
    type: "string",
    enum: [
        "",
        "__ALL__",
        "__NONE__",
        "__UNCHECK__",
        "__ACCEPTED__",
        "__REJECTED__",
        "__UNREVIEWED__",
        "__REVIEWED__",
        "__WORKFORCE_SAMPLED__",
        "__WORKFORCE_SAMPLED_UNCHECK__",
        "__WORKFORCE_SAMPLED_CHECKED__",
        "__WORKFORCE_SAMPLED_ACCEPTED__",
        "__WORKFORCE_SAMPLED_REJECTED__",
        "__AUTO_ANNOTATION__",
    ],
} as const;
/**
 * Sample status. `""` (what the documented examples send; the option lists omit it), `__ALL__` labeled,
 * `__NONE__` unlabeled, `__UNCHECK__` to be accepted, `__ACCEPTED__` accepted, `__REJECTED__` rejected,
 * `__UNREVIEWED__` to be reviewed, `__REVIEWED__` reviewed, `__WORKFORCE_SAMPLED__` sampled,
 * `__WORKFORCE_SAMPLED_UNCHECK__` sampling to be accepted, `__WORKFORCE_SAMPLED_CHECKED__` sampling accepted,
 * `__WORKFORCE_SAMPLED_ACCEPTED__` sampling passed, `__WORKFORCE_SAMPLED_REJECTED__` sampling rejected,
 * `__AUTO_ANNOTATION__` to be confirmed.
 */
export type SampleState = TypeOf<typeof sampleStateSchema>;

const operatorSchema = { type: "string", enum: ["AND", "OR"] } as const;
/** Logical operator between search criteria: `AND` or `OR`. */
export type SearchOperator = TypeOf<typeof operatorSchema>;

const shortText = textSchema(64);
const valueListSchema = { type: "array", items: textSchema(1024), maxItems: 1000 } as const;
const attributeKeys = { minLength: 1, maxLength: 128 } as const;

const searchLabelSchema = objectSchema({
    /** Label name. */
    name: textSchema(256),
    /** Operator between the attributes (`AND`/`OR`). */
    op: operatorSchema,
    /** Label attributes: attribute name → accepted values (`null`: any value). Keys pass verbatim. */
    property: {
        type: "object",
        additionalProperties: { ...valueListSchema, type: ["array", "null"] },
        propertyNames: attributeKeys,
        maxProperties: 64,
    },
    /** Label type (0 image classification, 1 object detection, 3 image segmentation, 100 text classification, …). */
    type: { type: "integer", enum: labelTypes },
});
/**
 * One label criterion (SearchLabel).
 * @interface
 */
export type SearchLabel = TypeOf<typeof searchLabelSchema>;

const searchLabelsSchema = objectSchema({
    /** The label criteria. */
    labels: { type: "array", items: searchLabelSchema, maxItems: MAX_LABELS },
    /** Operator between labels (`AND`/`OR`); required when there are several labels. */
    op: operatorSchema,
});
/**
 * Label criteria (SearchLabels).
 * @interface
 */
export type SearchLabels = TypeOf<typeof searchLabelsSchema>;

const searchPropSchema = objectSchema({
    /** Operator between the attribute values (`AND`/`OR`). */
    op: operatorSchema,
    /** Attribute name → accepted values. Keys pass verbatim. */
    props: { type: "object", additionalProperties: valueListSchema, propertyNames: attributeKeys, maxProperties: 64 },
});
/**
 * Sample attribute criteria (SearchProp).
 * @interface
 */
export type SearchProp = TypeOf<typeof searchPropSchema>;

const searchConditionSchema = objectSchema({
    /** Filter by coefficient of difficulty. */
    coefficient: shortText,
    /** A frame in the video. */
    frameInVideo: { type: "integer", minimum: 0, maximum: 2_147_483_647 },
    /** `"0"` non-hard sample, `"1"` hard sample. */
    hard: { type: "string", enum: ["0", "1"] },
    /** Filter by data source. */
    importOrigin: shortText,
    /** CT dosage. */
    kvp: shortText,
    /** Label criteria. */
    labelList: searchLabelsSchema,
    /** Labeler. */
    labeler: textSchema(128),
    /** Sample attribute criteria. */
    metadata: searchPropSchema,
    /** Parent sample id. */
    parentSampleId: idSchema,
    /** Directory of the samples, ending with `/`; not searched recursively. */
    sampleDir: textSchema(MAX_PATH_LENGTH, "directory"),
    /** Sample name, with its file name extension. */
    sampleName: textSchema(MAX_PATH_LENGTH),
    /**
     * When the sample was added (by its OBS modification day): `month` (last 30 days), `day` (since yesterday) or
     * a period `yyyyMMdd-yyyyMMdd` of at most 30 days.
     */
    sampleTime: textSchema(17, "sample-time"),
    /** Confidence. */
    score: shortText,
    /** DICOM layer thickness. */
    sliceThickness: shortText,
    /** DICOM scanning time. */
    studyDate: shortText,
    /** A time point in the video. */
    timeInVideo: shortText,
});
/**
 * A search condition (SearchCondition).
 * @interface
 */
export type SearchCondition = TypeOf<typeof searchConditionSchema>;

const exportParamsSchema = objectSchema({
    /** Whether to clear hard-example attributes (default `true`). */
    clearHardProperty: { type: "boolean" },
    /** Format of the dataset version data is exported to. */
    exportDatasetVersionFormat: shortText,
    /** Name of the dataset version data is exported to. */
    exportDatasetVersionName: shortText,
    /** Destination: `DIR` to OBS (default) or `NEW_DATASET` to a new dataset. */
    exportDest: { type: "string", enum: ["DIR", "NEW_DATASET"] },
    /** Name of the new dataset (with `exportDest: "NEW_DATASET"`). */
    exportNewDatasetName: textSchema(128),
    /** Work directory of the new dataset, e.g. `/bucket/dir/`. */
    exportNewDatasetWorkPath: textSchema(MAX_PATH_LENGTH, "bucket-path"),
    /** Whether to split samples randomly into training and validation sets by `trainSampleRatio` (default `false`). */
    ratioSampleUsage: { type: "boolean" },
    /** Sample status (see {@link SampleState}; `""`, what the documented examples send, is valid). */
    sampleState: sampleStateSchema,
    /** Ids of the samples to export. */
    samples: { type: "array", items: idSchema, maxItems: 10_000 },
    /** Search conditions; a sample matching any of them (OR) is exported. */
    searchConditions: { type: "array", items: searchConditionSchema, maxItems: 100 },
    /**
     * Share of the training set when a version is released, from 0 to 1 (default `"1.00"`: all training). Sent
     * as a string (the API's type) even when given as a number.
     */
    trainSampleRatio: { type: ["string", "number"], maxLength: 8, format: "ratio", minimum: 0, maximum: 1 },
});
/**
 * Parameters of an export (ExportParams).
 * @interface
 */
export type ExportParams = TypeOf<typeof exportParamsSchema>;

/** Each ExportTask input, declared once. */
export const exportTaskInputs = inputTable({
    /** Dataset to export (path parameter `dataset_id`). */
    datasetId: { schema: idSchema, required: true, sent: "path" },
    /**
     * Output path in OBS, e.g. `/bucket/dir/` (the documented form) or `obs://bucket/dir/` / `s3://bucket/dir/`.
     * Mandatory when exporting to OBS or to a new dataset (API reference "Creating a Dataset Export Task").
     */
    path: { schema: textSchema(MAX_PATH_LENGTH, "bucket-path"), required: true },
    /** Export type: 0 labeled, 1 unlabeled, 2 all, 3 conditional search. */
    exportType: { schema: exportTypeSchema },
    /** Exported directory layout: 1 tree, 2 tile. */
    exportFormat: { schema: exportFormatSchema, serverDefault: true },
    /** Parameters of the export. */
    exportParams: { schema: exportParamsSchema },
    /** Labeling format: `VOC` or `COCO`. */
    annotationFormat: { schema: { type: "string", enum: annotationFormats } },
    /** Dataset type (see {@link ExportDatasetType}). */
    datasetType: { schema: datasetTypeSchema },
    /** Sample status (see {@link SampleState}; `""` allowed). */
    sampleState: { schema: sampleStateSchema },
    /**
     * Prefix of OBS paths in the exported labeling file: `obs://` (default) or `s3://`. Training cannot parse
     * `obs://` image paths, so set `s3://` for a manifest used in training.
     */
    sourceTypeHeader: { schema: { type: "string", enum: ["obs://", "s3://"] } },
    /** Format of a dataset version: `Default`, `CarbonData` (table datasets only) or `CSV`. */
    versionFormat: { schema: { type: "string", enum: versionFormats }, serverDefault: true },
    /** Dataset version to export; required when exporting a dataset version. */
    versionId: { schema: idSchema, serverDefault: true },
    /** Whether to write column names in the first line of the CSV file (table datasets; default `true`). */
    withColumnHeader: { schema: { type: "boolean" } },
    ...taskProviderOptions,
});

/**
 * Inputs of an ExportTask.
 * @interface
 */
export type ExportTaskInputs = InputsOf<typeof exportTaskInputs>;

/**
 * ExportTask inputs: the request body of `POST /v2/{project_id}/datasets/{dataset_id}/export-tasks`
 * (API reference "Creating a Dataset Export Task"; one copy lost its option lists, so they come from the other copy
 * and "Querying the Dataset Export Task List"), in camelCase.
 *
 * Not inputs: `status` and `task_id` (never in a create body, docs/api-notes.md) and the body's `dataset_id`, which
 * repeats the path parameter `datasetId`.
 */
import { providerOptionFields, providerOptionsSchema } from "./common";
import type { ProviderOptions } from "./common";
import { annotationFormats, idSchema, labelTypes, MAX_LABELS, MAX_PATH_LENGTH, textSchema } from "./fields";
import { requestBody, sentFields } from "./request-body";
import type { AnnotationFormat, LabelType } from "./fields";
import type { Schema } from "./json-schema";

/** Export type: 0 labeled, 1 unlabeled, 2 all, 3 conditional search. */
export type ExportType = 0 | 1 | 2 | 3;

/** Layout of the exported directory: 1 tree (`rabbits/1.jpg`, `bees/2.jpg`), 2 tile (`1.jpg`, `1.txt`, …). */
export type ExportFormat = 1 | 2;

/**
 * Dataset type (the list is the dataset API's; "Creating a Dataset Export Task" lost it): 0 image classification,
 * 1 object detection, 3 image segmentation, 100 text classification, 101 named entity recognition, 102 text
 * triplet, 200 sound classification, 201 speech content, 202 speech paragraph labeling, 400 table, 600 video
 * labeling, 900 custom format.
 */
export type ExportDatasetType = 0 | 1 | 3 | 100 | 101 | 102 | 200 | 201 | 202 | 400 | 600 | 900;

const sampleStates = [
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
] as const;

/**
 * Sample status. `""` (what the documented examples send; the option lists omit it), `__ALL__` labeled,
 * `__NONE__` unlabeled, `__UNCHECK__` to be accepted, `__ACCEPTED__` accepted, `__REJECTED__` rejected,
 * `__UNREVIEWED__` to be reviewed, `__REVIEWED__` reviewed, `__WORKFORCE_SAMPLED__` sampled,
 * `__WORKFORCE_SAMPLED_UNCHECK__` sampling to be accepted, `__WORKFORCE_SAMPLED_CHECKED__` sampling accepted,
 * `__WORKFORCE_SAMPLED_ACCEPTED__` sampling passed, `__WORKFORCE_SAMPLED_REJECTED__` sampling rejected,
 * `__AUTO_ANNOTATION__` to be confirmed.
 */
export type SampleState = (typeof sampleStates)[number];

/** Logical operator between search criteria: `AND` or `OR`. */
export type SearchOperator = "AND" | "OR";

/** Inputs of an ExportTask. */
export interface ExportTaskInputs extends ProviderOptions {
    /** Dataset to export (path parameter `dataset_id`). */
    readonly datasetId: string;
    /**
     * Output path in OBS, e.g. `/bucket/dir/` (the documented form) or `obs://bucket/dir/` / `s3://bucket/dir/`.
     * Mandatory when exporting to OBS or to a new dataset (API reference "Creating a Dataset Export Task").
     */
    readonly path: string;
    /** Export type: 0 labeled, 1 unlabeled, 2 all, 3 conditional search. */
    readonly exportType?: ExportType;
    /** Exported directory layout: 1 tree, 2 tile. */
    readonly exportFormat?: ExportFormat;
    /** Parameters of the export. */
    readonly exportParams?: ExportParams;
    /** Labeling format: `VOC` or `COCO`. */
    readonly annotationFormat?: AnnotationFormat;
    /** Dataset type (see {@link ExportDatasetType}). */
    readonly datasetType?: ExportDatasetType;
    /** Sample status (see {@link SampleState}; `""` allowed). */
    readonly sampleState?: SampleState;
    /**
     * Prefix of OBS paths in the exported labeling file: `obs://` (default) or `s3://`. Training cannot parse
     * `obs://` image paths, so set `s3://` for a manifest used in training.
     */
    readonly sourceTypeHeader?: "obs://" | "s3://";
    /** Format of a dataset version: `Default`, `CarbonData` (table datasets only) or `CSV`. */
    readonly versionFormat?: "Default" | "CarbonData" | "CSV";
    /** Dataset version to export; required when exporting a dataset version. */
    readonly versionId?: string;
    /** Whether to write column names in the first line of the CSV file (table datasets; default `true`). */
    readonly withColumnHeader?: boolean;
}

/** Parameters of an export (ExportParams). */
export interface ExportParams {
    /** Whether to clear hard-example attributes (default `true`). */
    readonly clearHardProperty?: boolean;
    /** Format of the dataset version data is exported to. */
    readonly exportDatasetVersionFormat?: string;
    /** Name of the dataset version data is exported to. */
    readonly exportDatasetVersionName?: string;
    /** Destination: `DIR` to OBS (default) or `NEW_DATASET` to a new dataset. */
    readonly exportDest?: "DIR" | "NEW_DATASET";
    /** Name of the new dataset (with `exportDest: "NEW_DATASET"`). */
    readonly exportNewDatasetName?: string;
    /** Work directory of the new dataset, e.g. `/bucket/dir/`. */
    readonly exportNewDatasetWorkPath?: string;
    /** Whether to split samples randomly into training and validation sets by `trainSampleRatio` (default `false`). */
    readonly ratioSampleUsage?: boolean;
    /** Sample status (see {@link SampleState}; `""`, what the documented examples send, is valid). */
    readonly sampleState?: SampleState;
    /** Ids of the samples to export. */
    readonly samples?: readonly string[];
    /** Search conditions; a sample matching any of them (OR) is exported. */
    readonly searchConditions?: readonly SearchCondition[];
    /**
     * Share of the training set when a version is released, from 0 to 1 (default `"1.00"`: all training). Sent
     * as a string (the API's type) even when given as a number.
     */
    readonly trainSampleRatio?: string | number;
}

/** A search condition (SearchCondition). */
export interface SearchCondition {
    /** Filter by coefficient of difficulty. */
    readonly coefficient?: string;
    /** A frame in the video. */
    readonly frameInVideo?: number;
    /** `"0"` non-hard sample, `"1"` hard sample. */
    readonly hard?: "0" | "1";
    /** Filter by data source. */
    readonly importOrigin?: string;
    /** CT dosage. */
    readonly kvp?: string;
    /** Label criteria. */
    readonly labelList?: SearchLabels;
    /** Labeler. */
    readonly labeler?: string;
    /** Sample attribute criteria. */
    readonly metadata?: SearchProp;
    /** Parent sample id. */
    readonly parentSampleId?: string;
    /** Directory of the samples, ending with `/`; not searched recursively. */
    readonly sampleDir?: string;
    /** Sample name, with its file name extension. */
    readonly sampleName?: string;
    /**
     * When the sample was added (by its OBS modification day): `month` (last 30 days), `day` (since yesterday) or
     * a period `yyyyMMdd-yyyyMMdd` of at most 30 days.
     */
    readonly sampleTime?: string;
    /** Confidence. */
    readonly score?: string;
    /** DICOM layer thickness. */
    readonly sliceThickness?: string;
    /** DICOM scanning time. */
    readonly studyDate?: string;
    /** A time point in the video. */
    readonly timeInVideo?: string;
}

/** Label criteria (SearchLabels). */
export interface SearchLabels {
    /** The label criteria. */
    readonly labels?: readonly SearchLabel[];
    /** Operator between labels (`AND`/`OR`); required when there are several labels. */
    readonly op?: SearchOperator;
}

/** One label criterion (SearchLabel). */
export interface SearchLabel {
    /** Label name. */
    readonly name?: string;
    /** Operator between the attributes (`AND`/`OR`). */
    readonly op?: SearchOperator;
    /**
     * Label attributes: attribute name → accepted values (`null`: any value). Keys pass verbatim.
     */
    readonly property?: { readonly [attribute: string]: readonly string[] | null };
    /** Label type (0 image classification, 1 object detection, 3 image segmentation, 100 text classification, …). */
    readonly type?: LabelType;
}

/** Sample attribute criteria (SearchProp). */
export interface SearchProp {
    /** Operator between the attribute values (`AND`/`OR`). */
    readonly op?: SearchOperator;
    /** Attribute name → accepted values. Keys pass verbatim. */
    readonly props?: { readonly [attribute: string]: readonly string[] };
}

const shortText = textSchema(64);
const operatorSchema = { type: "string", enum: ["AND", "OR"] } as const;
const valueListSchema = { type: "array", items: textSchema(1024), maxItems: 1000 } as const;
const attributeKeys = { minLength: 1, maxLength: 128 } as const;

const searchLabelSchema: Schema<SearchLabel> = {
    type: "object",
    properties: {
        name: textSchema(256),
        op: operatorSchema,
        property: {
            type: "object",
            additionalProperties: { ...valueListSchema, type: ["array", "null"] },
            propertyNames: attributeKeys,
            maxProperties: 64,
        },
        type: { type: "integer", enum: labelTypes },
    },
    additionalProperties: false,
};

const searchConditionSchema: Schema<SearchCondition> = {
    type: "object",
    properties: {
        coefficient: shortText,
        frameInVideo: { type: "integer", minimum: 0, maximum: 2_147_483_647 },
        hard: { type: "string", enum: ["0", "1"] },
        importOrigin: shortText,
        kvp: shortText,
        labelList: {
            type: "object",
            properties: {
                labels: { type: "array", items: searchLabelSchema, maxItems: MAX_LABELS },
                op: operatorSchema,
            },
            additionalProperties: false,
        },
        labeler: textSchema(128),
        metadata: {
            type: "object",
            properties: {
                op: operatorSchema,
                props: {
                    type: "object",
                    additionalProperties: valueListSchema,
                    propertyNames: attributeKeys,
                    maxProperties: 64,
                },
            },
            additionalProperties: false,
        },
        parentSampleId: idSchema,
        sampleDir: textSchema(MAX_PATH_LENGTH, "directory"),
        sampleName: textSchema(MAX_PATH_LENGTH),
        sampleTime: textSchema(17, "sample-time"),
        score: shortText,
        sliceThickness: shortText,
        studyDate: shortText,
        timeInVideo: shortText,
    },
    additionalProperties: false,
};

const sampleStateSchema = { type: "string", enum: sampleStates } as const;

const exportParamsSchema: Schema<ExportParams> = {
    type: "object",
    properties: {
        clearHardProperty: { type: "boolean" },
        exportDatasetVersionFormat: shortText,
        exportDatasetVersionName: shortText,
        exportDest: { type: "string", enum: ["DIR", "NEW_DATASET"] },
        exportNewDatasetName: textSchema(128),
        exportNewDatasetWorkPath: textSchema(MAX_PATH_LENGTH, "bucket-path"),
        ratioSampleUsage: { type: "boolean" },
        sampleState: sampleStateSchema,
        samples: { type: "array", items: idSchema, maxItems: 10_000 },
        searchConditions: { type: "array", items: searchConditionSchema, maxItems: 100 },
        trainSampleRatio: { type: ["string", "number"], maxLength: 8, format: "ratio", minimum: 0, maximum: 1 },
    },
    additionalProperties: false,
};

/** JSON Schema of {@link ExportTaskInputs}. */
export const exportTaskInputsSchema: Schema<ExportTaskInputs> = {
    type: "object",
    properties: {
        datasetId: idSchema,
        path: textSchema(MAX_PATH_LENGTH, "bucket-path"),
        exportType: { type: "integer", enum: [0, 1, 2, 3] },
        exportFormat: { type: "integer", enum: [1, 2] },
        exportParams: exportParamsSchema,
        annotationFormat: { type: "string", enum: annotationFormats },
        datasetType: { type: "integer", enum: [0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900] },
        sampleState: sampleStateSchema,
        sourceTypeHeader: { type: "string", enum: ["obs://", "s3://"] },
        versionFormat: { type: "string", enum: ["Default", "CarbonData", "CSV"] },
        versionId: idSchema,
        withColumnHeader: { type: "boolean" },
        ...providerOptionsSchema,
    },
    required: ["datasetId", "path"],
    additionalProperties: false,
};

/** Inputs that are not sent in the body: the URL's path parameters and the provider-side options. */
const NOT_SENT: readonly string[] = ["datasetId", ...providerOptionFields];

/** Top-level inputs sent in the create body: changing one replaces the resource (a new export task). */
export const exportTaskApiFields = Object.keys(sentFields(exportTaskInputsSchema, NOT_SENT)) as ReadonlyArray<
    keyof ExportTaskInputs
>;

/** Each top-level input sent to the API, with the API field it is sent as. */
export const exportTaskApiNames = sentFields(exportTaskInputsSchema, NOT_SENT);

/**
 * The JSON body of the create POST: API names for every defined field, user maps verbatim, `trainSampleRatio` as
 * a string; no `datasetId` (in the URL), provider options, `status`, `task_id` or defaults.
 */
export function toExportTaskRequestBody(inputs: ExportTaskInputs): Record<string, unknown> {
    return requestBody(exportTaskInputsSchema, inputs, NOT_SENT);
}

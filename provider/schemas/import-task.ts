/**
 * ImportTask inputs: the request body of `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks`
 * (API reference "Creating an Import Task", Tables 2–10, in both the Huawei Cloud and the OTC copy), in camelCase.
 *
 * docs/api-notes.md rules applied: `importType` is written and sent as `"dir"`/`"manifest"` (the table's `"0"`/`"1"` is
 * not what the examples send); the examples' undocumented `included_tags` is the table's `included_labels` (Label
 * objects); paths may use `obs://` or `s3://`.
 */
import { providerOptionFields, providerOptionsSchema } from "./common";
import type { ProviderOptions } from "./common";
import { annotationFormats, idSchema, labelTypes, MAX_LABELS, MAX_PATH_LENGTH, textSchema } from "./fields";
import { requestBody, sentFields } from "./request-body";
import type { AnnotationFormat, LabelType } from "./fields";
import type { Schema } from "./json-schema";

// Shared with ExportTask; exported from here once, so that `export type *` of all three resources stays unambiguous.
export type { AnnotationFormat, LabelType } from "./fields";
export type { ProviderOptions } from "./common";

/** Import mode: `dir` imports a directory of samples, `manifest` a manifest file. */
export type ImportType = "dir" | "manifest";

/**
 * Where data comes from: `obs` OBS bucket (default), `dws` GaussDB(DWS), `dli` DLI, `rds` RDS, `mrs` MRS,
 * `inference` inference service.
 */
export type ImportOrigin = "obs" | "dws" | "dli" | "rds" | "mrs" | "inference";

/** Inputs of an ImportTask. */
export interface ImportTaskInputs extends ProviderOptions {
    /** Dataset to import into (path parameter `dataset_id`). */
    readonly datasetId: string;
    /**
     * OBS directory or manifest file to import, `obs://bucket/key` or `s3://bucket/key`. For a manifest, the exact
     * path of the manifest file. Importing a directory supports image classification, object detection, text
     * classification and sound classification datasets. Required unless `dataSource` describes a table source.
     */
    readonly importPath?: string;
    /** Import mode: `"dir"` (by directory) or `"manifest"` (by manifest file). */
    readonly importType?: ImportType;
    /** Data source: `obs` (default), `dws`, `dli`, `rds`, `mrs` or `inference`. */
    readonly importOrigin?: ImportOrigin;
    /** Labeling format, object detection only: `VOC` or `COCO`. */
    readonly annotationFormat?: AnnotationFormat;
    /** Whether to import labels (default `true`). */
    readonly importAnnotations?: boolean;
    /** Whether to import samples (default `true`). */
    readonly importSamples?: boolean;
    /** Whether to import data to the final (labeled) state (default `true`). */
    readonly finalAnnotation?: boolean;
    /** Whether to import only hard examples (default `false`: all samples). */
    readonly difficultOnly?: boolean;
    /**
     * Subdirectory of the dataset storage directory to import into. Import tasks given the same subdirectory do
     * not import the same samples twice. Invalid for table datasets.
     */
    readonly importFolder?: string;
    /** Import only samples that carry one of these labels (the docs' examples call it `included_tags`). */
    readonly includedLabels?: readonly Label[];
    /** Do not import samples that carry one of these labels. */
    readonly excludedLabels?: readonly Label[];
    /** Label format, text datasets only. */
    readonly labelFormat?: LabelFormat;
    /** Whether the first row of the file holds column names (table datasets; default `false`). */
    readonly withColumnHeader?: boolean;
    /** Data source of a table import. */
    readonly dataSource?: ImportDataSource;
}

/** A label (Table 6). */
export interface Label {
    /** Label name. */
    readonly name?: string;
    /** Label type: see `labelTypes` (0 image classification, 1 object detection, 100 text classification, …). */
    readonly type?: LabelType;
    /** Multi-dimensional attributes, e.g. style and artist for a label "music". */
    readonly attributes?: readonly LabelAttribute[];
    /** Basic attributes such as color and shortcut key. Keys pass to the API verbatim. */
    readonly property?: LabelProperty;
}

/** A label attribute (Table 7). */
export interface LabelAttribute {
    /** Attribute id. */
    readonly id?: string;
    /** Attribute name: at most 64 characters, none of `<>=&"'`. */
    readonly name?: string;
    /** Attribute type: `text` or `select` (single-choice drop-down list). */
    readonly type?: "text" | "select";
    /** Default value. */
    readonly defaultValue?: string;
    /** Possible values. */
    readonly values?: readonly LabelAttributeValue[];
}

/** A value of a label attribute (Table 8). */
export interface LabelAttributeValue {
    /** Value id. */
    readonly id?: string;
    /** The value. */
    readonly value?: string;
}

/** Basic label attributes (Table 9): the documented keys, or any other key, passed verbatim. */
export interface LabelProperty {
    /** Label color as a hexadecimal code, e.g. `#FFFFF0` (default blank). */
    readonly "@modelarts:color"?: string;
    /** Shape of an object detection label: `bndbox`, `polygon`, `circle`, `line`, `dashed`, `point`, `polyline`. */
    readonly "@modelarts:default_shape"?: "bndbox" | "polygon" | "circle" | "line" | "dashed" | "point" | "polyline";
    /** Type of the head entity of a triplet relationship label (text triplet datasets; required for relationships). */
    readonly "@modelarts:from_type"?: string;
    /** New name of the label. */
    readonly "@modelarts:rename_to"?: string;
    /** Shortcut key, e.g. `D` (default blank). */
    readonly "@modelarts:shortcut"?: string;
    /** Type of the tail entity of a triplet relationship label (text triplet datasets; required for relationships). */
    readonly "@modelarts:to_type"?: string;
    readonly [key: string]: string | undefined;
}

/** Label format of a text dataset (Table 10). */
export interface LabelFormat {
    /**
     * `"0"`: labels in separate files with the suffix `_result` (`abc.txt` → `abc_result.txt`);
     * `"1"` (default): labels and text in one file, split by the separators below.
     */
    readonly labelType?: "0" | "1";
    /** One-character separator between labels (default `,`): a letter, a digit or one of `!@#$%^&*_=|?/':.;,`. */
    readonly textLabelSeparator?: string;
    /** Separator between text and labels (default Tab): one letter, digit, tab or one of `!@#$%^&*_=|?/':.;,`. */
    readonly textSampleSeparator?: string;
}

/** Table source type: 0 OBS (default), 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
export type ImportDataType = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Data source of a table import (Table 3). */
export interface ImportDataSource {
    /** Data source path. */
    readonly dataPath?: string;
    /** Data type: 0 OBS (default), 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
    readonly dataType?: ImportDataType;
    /** Column mapping of the table data. */
    readonly schemaMaps?: readonly ImportSchemaMap[];
    /** Connection details of the table source. */
    readonly sourceInfo?: ImportSourceInfo;
    /** Whether the first row of the file holds column names. */
    readonly withColumnHeader?: boolean;
}

/** A source column mapped to a destination column (Table 4). */
export interface ImportSchemaMap {
    /** Source column name. */
    readonly srcName?: string;
    /** Destination column name. */
    readonly destName?: string;
}

/** Connection details of a table source (Table 5). */
export interface ImportSourceInfo {
    /** MRS cluster id. */
    readonly clusterId?: string;
    /** MRS cluster running mode: `"0"` normal cluster, `"1"` security cluster. */
    readonly clusterMode?: "0" | "1";
    /** MRS cluster name. */
    readonly clusterName?: string;
    /** Database the table dataset is imported from. */
    readonly databaseName?: string;
    /** HDFS path of the table dataset, e.g. `/datasets/demo`. */
    readonly input?: string;
    /** IP address of the GaussDB(DWS) cluster. */
    readonly ip?: string;
    /** Port of the GaussDB(DWS) cluster, as a string. */
    readonly port?: string;
    /** DLI queue name. */
    readonly queueName?: string;
    /** Subnet id of the MRS cluster. */
    readonly subnetId?: string;
    /** Table name. */
    readonly tableName?: string;
    /** User name (mandatory for GaussDB(DWS)). */
    readonly userName?: string;
    /** User password (mandatory for GaussDB(DWS)). A secret: never echoed in errors or logs. */
    readonly userPassword?: string;
    /** Id of the VPC of the MRS cluster. */
    readonly vpcId?: string;
}

const nameSchema = textSchema(128);

const labelPropertySchema: Schema<LabelProperty> = {
    type: "object",
    properties: {
        "@modelarts:default_shape": {
            type: "string",
            enum: ["bndbox", "polygon", "circle", "line", "dashed", "point", "polyline"],
        },
    },
    additionalProperties: textSchema(1024),
    propertyNames: { minLength: 1, maxLength: 128 },
    maxProperties: 64,
};

const labelAttributeSchema: Schema<LabelAttribute> = {
    type: "object",
    properties: {
        id: idSchema,
        name: textSchema(64, "label-attribute-name"),
        type: { type: "string", enum: ["text", "select"] },
        defaultValue: textSchema(1024),
        values: {
            type: "array",
            items: {
                type: "object",
                properties: { id: idSchema, value: textSchema(1024) },
                additionalProperties: false,
            },
            maxItems: 1000,
        },
    },
    additionalProperties: false,
};

const labelSchema: Schema<Label> = {
    type: "object",
    properties: {
        name: textSchema(256),
        type: { type: "integer", enum: labelTypes },
        attributes: { type: "array", items: labelAttributeSchema, maxItems: 100 },
        property: labelPropertySchema,
    },
    additionalProperties: false,
};

const dataSourceSchema: Schema<ImportDataSource> = {
    type: "object",
    properties: {
        dataPath: textSchema(MAX_PATH_LENGTH, "path"),
        dataType: { type: "integer", enum: [0, 1, 2, 3, 4, 5, 6] },
        schemaMaps: {
            type: "array",
            items: {
                type: "object",
                properties: { srcName: nameSchema, destName: nameSchema },
                additionalProperties: false,
            },
            maxItems: 1000,
        },
        sourceInfo: {
            type: "object",
            properties: {
                clusterId: idSchema,
                clusterMode: { type: "string", enum: ["0", "1"] },
                clusterName: nameSchema,
                databaseName: nameSchema,
                input: textSchema(MAX_PATH_LENGTH, "path"),
                ip: textSchema(253, "host"),
                port: textSchema(5, "port"),
                queueName: nameSchema,
                subnetId: idSchema,
                tableName: nameSchema,
                userName: nameSchema,
                userPassword: textSchema(256),
                vpcId: idSchema,
            },
            additionalProperties: false,
        },
        withColumnHeader: { type: "boolean" },
    },
    additionalProperties: false,
};

const labelListSchema = { type: "array", items: labelSchema, maxItems: MAX_LABELS } as const;

/** JSON Schema of {@link ImportTaskInputs}. */
export const importTaskInputsSchema: Schema<ImportTaskInputs> = {
    type: "object",
    properties: {
        datasetId: idSchema,
        importPath: textSchema(MAX_PATH_LENGTH, "object-url"),
        importType: { type: "string", enum: ["dir", "manifest"] },
        importOrigin: { type: "string", enum: ["obs", "dws", "dli", "rds", "mrs", "inference"] },
        annotationFormat: { type: "string", enum: annotationFormats },
        importAnnotations: { type: "boolean" },
        importSamples: { type: "boolean" },
        finalAnnotation: { type: "boolean" },
        difficultOnly: { type: "boolean" },
        importFolder: textSchema(256, "relative-folder"),
        includedLabels: labelListSchema,
        excludedLabels: labelListSchema,
        labelFormat: {
            type: "object",
            properties: {
                labelType: { type: "string", enum: ["0", "1"] },
                textLabelSeparator: textSchema(1, "separator"),
                textSampleSeparator: textSchema(1, "separator"),
            },
            additionalProperties: false,
        },
        withColumnHeader: { type: "boolean" },
        dataSource: dataSourceSchema,
        ...providerOptionsSchema,
    },
    required: ["datasetId"],
    // "Creating an Import Task" (OTC copy) marks import_path mandatory; a table import describes its source
    // in data_source instead, so one of the two is required.
    alternatives: { fields: ["importPath", "dataSource"], exclusive: false },
    additionalProperties: false,
};

/** Inputs that are not sent in the body: the URL's path parameters and the provider-side options. */
const NOT_SENT: readonly string[] = ["datasetId", ...providerOptionFields];

/** Top-level inputs sent in the create body: changing one replaces the resource (a new import task). */
export const importTaskApiFields = Object.keys(sentFields(importTaskInputsSchema, NOT_SENT)) as ReadonlyArray<
    keyof ImportTaskInputs
>;

/** Each top-level input sent to the API, with the API field it is sent as. */
export const importTaskApiNames = sentFields(importTaskInputsSchema, NOT_SENT);

/**
 * The JSON body of the create POST: API names for every defined field, user maps verbatim, nothing else
 * (no `datasetId`, which is in the URL, no provider options, no defaults).
 */
export function toImportTaskRequestBody(inputs: ImportTaskInputs): Record<string, unknown> {
    return requestBody(importTaskInputsSchema, inputs, NOT_SENT);
}

/**
 * ImportTask inputs: the request body of `POST /v2/{project_id}/datasets/{dataset_id}/import-tasks`
 * (API reference "Creating an Import Task", Tables 2–10, in both the Huawei Cloud and the OTC copy), in camelCase.
 *
 * docs/api-notes.md rules applied: `importType` is written and sent as `"dir"`/`"manifest"` (the table's `"0"`/`"1"` is
 * not what the examples send); the examples' undocumented `included_tags` is the table's `included_labels` (Label
 * objects); paths may use `obs://` or `s3://`.
 */
import { taskProviderOptions, trackSourceField } from "../schemas/common";
import { annotationFormats, idSchema, labelTypes, MAX_LABELS, MAX_PATH_LENGTH, textSchema } from "../schemas/fields";
import { inputTable } from "../schemas/input-table";
import type { InputsOf } from "../schemas/input-table";
import { objectSchema } from "../schemas/json-schema";
import type { TypeOf } from "../schemas/json-schema";

// Shared with ExportTask; exported from here once, so that `export type *` of all three resources stays unambiguous.
export type { AnnotationFormat, LabelType } from "../schemas/fields";
export type { ProviderOptions } from "../schemas/common";

const importTypeSchema = { type: "string", enum: ["dir", "manifest"] } as const;
/** Import mode: `dir` imports a directory of samples, `manifest` a manifest file. */
export type ImportType = TypeOf<typeof importTypeSchema>;

const importOriginSchema = { type: "string", enum: ["obs", "dws", "dli", "rds", "mrs", "inference"] } as const;
/**
 * Where data comes from: `obs` OBS bucket (default), `dws` GaussDB(DWS), `dli` DLI, `rds` RDS, `mrs` MRS,
 * `inference` inference service.
 */
export type ImportOrigin = TypeOf<typeof importOriginSchema>;

const labelPropertySchema = {
    type: "object",
    properties: {
        /** Label color as a hexadecimal code, e.g. `#FFFFF0` (default blank). */
        "@modelarts:color": textSchema(1024),
        /** Shape of an object detection label: `bndbox`, `polygon`, `circle`, `line`, `dashed`, `point`, `polyline`. */
        "@modelarts:default_shape": {
            type: "string",
            enum: ["bndbox", "polygon", "circle", "line", "dashed", "point", "polyline"],
        },
        /** Type of the head entity of a triplet relationship label (text triplet datasets; required for relationships). */
        "@modelarts:from_type": textSchema(1024),
        /** New name of the label. */
        "@modelarts:rename_to": textSchema(1024),
        /** Shortcut key, e.g. `D` (default blank). */
        "@modelarts:shortcut": textSchema(1024),
        /** Type of the tail entity of a triplet relationship label (text triplet datasets; required for relationships). */
        "@modelarts:to_type": textSchema(1024),
    },
    additionalProperties: textSchema(1024),
    propertyNames: { minLength: 1, maxLength: 128 },
    maxProperties: 64,
} as const;
/**
 * Basic label attributes (Table 9): the documented keys, or any other key, passed verbatim.
 * @interface
 */
export type LabelProperty = TypeOf<typeof labelPropertySchema>;

const labelAttributeValueSchema = objectSchema({
    /** Value id. */
    id: idSchema,
    /** The value. */
    value: textSchema(1024),
});
/**
 * A value of a label attribute (Table 8).
 * @interface
 */
export type LabelAttributeValue = TypeOf<typeof labelAttributeValueSchema>;

const labelAttributeSchema = objectSchema({
    /** Attribute id. */
    id: idSchema,
    /** Attribute name: at most 64 characters, none of `<>=&"'`. */
    name: textSchema(64, "label-attribute-name"),
    /** Attribute type: `text` or `select` (single-choice drop-down list). */
    type: { type: "string", enum: ["text", "select"] },
    /** Default value. */
    defaultValue: textSchema(1024),
    /** Possible values. */
    values: { type: "array", items: labelAttributeValueSchema, maxItems: 1000 },
});
/**
 * A label attribute (Table 7).
 * @interface
 */
export type LabelAttribute = TypeOf<typeof labelAttributeSchema>;

/** A label (Table 6); also the labels of a dataset. */
export const labelSchema = objectSchema({
    /** Label name. */
    name: textSchema(256),
    /** Label type: see `labelTypes` (0 image classification, 1 object detection, 100 text classification, …). */
    type: { type: "integer", enum: labelTypes },
    /** Multi-dimensional attributes, e.g. style and artist for a label "music". */
    attributes: { type: "array", items: labelAttributeSchema, maxItems: 100 },
    /** Basic attributes such as color and shortcut key. Keys pass to the API verbatim. */
    property: labelPropertySchema,
});
/**
 * A label (Table 6).
 * @interface
 */
export type Label = TypeOf<typeof labelSchema>;

/** The label format of a text dataset (Table 10); also a dataset's. */
export const labelFormatSchema = objectSchema({
    /**
     * `"0"`: labels in separate files with the suffix `_result` (`abc.txt` → `abc_result.txt`);
     * `"1"` (default): labels and text in one file, split by the separators below.
     */
    labelType: { type: "string", enum: ["0", "1"] },
    /** One-character separator between labels (default `,`): a letter, a digit or one of `!@#$%^&*_=|?/':.;,`. */
    textLabelSeparator: textSchema(1, "separator"),
    /** Separator between text and labels (default Tab): one letter, digit, tab or one of `!@#$%^&*_=|?/':.;,`. */
    textSampleSeparator: textSchema(1, "separator"),
});
/**
 * Label format of a text dataset (Table 10).
 * @interface
 */
export type LabelFormat = TypeOf<typeof labelFormatSchema>;

const nameSchema = textSchema(128);

const dataTypeSchema = { type: "integer", enum: [0, 1, 2, 3, 4, 5, 6] } as const;
/** Table source type: 0 OBS (default), 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
export type ImportDataType = TypeOf<typeof dataTypeSchema>;

const schemaMapSchema = objectSchema({
    /** Source column name. */
    srcName: nameSchema,
    /** Destination column name. */
    destName: nameSchema,
});
/**
 * A source column mapped to a destination column (Table 4).
 * @interface
 */
export type ImportSchemaMap = TypeOf<typeof schemaMapSchema>;

/** Where a data source holds its password: `sourceInfo.userPassword` (SourceInfo `user_password`). */
export const PASSWORD_PATH = ["sourceInfo", "userPassword"] as const;

const sourceInfoSchema = objectSchema({
    /** MRS cluster id. */
    clusterId: idSchema,
    /** MRS cluster running mode: `"0"` normal cluster, `"1"` security cluster. */
    clusterMode: { type: "string", enum: ["0", "1"] },
    /** MRS cluster name. */
    clusterName: nameSchema,
    /** Database the table dataset is imported from. */
    databaseName: nameSchema,
    /** HDFS path of the table dataset, e.g. `/datasets/demo`. */
    input: textSchema(MAX_PATH_LENGTH, "path"),
    /** IP address of the GaussDB(DWS) cluster. */
    ip: textSchema(253, "host"),
    /** Port of the GaussDB(DWS) cluster, as a string. */
    port: textSchema(5, "port"),
    /** DLI queue name. */
    queueName: nameSchema,
    /** Subnet id of the MRS cluster. */
    subnetId: idSchema,
    /** Table name. */
    tableName: nameSchema,
    /** User name (mandatory for GaussDB(DWS)). */
    userName: nameSchema,
    /** User password (mandatory for GaussDB(DWS)). A secret: never echoed in errors or logs. */
    userPassword: textSchema(256),
    /** Id of the VPC of the MRS cluster. */
    vpcId: idSchema,
});
/**
 * Connection details of a table source (Table 5).
 * @interface
 */
export type ImportSourceInfo = TypeOf<typeof sourceInfoSchema>;

/** A table data source (Table 3); also a dataset's data source. */
export const dataSourceSchema = objectSchema({
    /** Data source path. */
    dataPath: textSchema(MAX_PATH_LENGTH, "path"),
    /** Data type: 0 OBS (default), 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
    dataType: dataTypeSchema,
    /** Column mapping of the table data. */
    schemaMaps: { type: "array", items: schemaMapSchema, maxItems: 1000 },
    /** Connection details of the table source. */
    sourceInfo: sourceInfoSchema,
    /** Whether the first row of the file holds column names. */
    withColumnHeader: { type: "boolean" },
});
/**
 * Data source of a table import (Table 3).
 * @interface
 */
export type ImportDataSource = TypeOf<typeof dataSourceSchema>;

const labelListSchema = { type: "array", items: labelSchema, maxItems: MAX_LABELS } as const;

/** Each ImportTask input, declared once. */
export const importTaskInputs = inputTable(
    {
        /** Dataset to import into (path parameter `dataset_id`). */
        datasetId: { schema: idSchema, required: true, sent: "path" },
        /**
         * OBS directory or manifest file to import, `obs://bucket/key` or `s3://bucket/key`. For a manifest, the
         * exact path of the manifest file. Importing a directory supports image classification, object detection,
         * text classification and sound classification datasets. Required unless `dataSource` describes a table
         * source.
         */
        importPath: { schema: textSchema(MAX_PATH_LENGTH, "object-url") },
        /** Import mode: `"dir"` (by directory) or `"manifest"` (by manifest file). */
        importType: { schema: importTypeSchema },
        /** Data source: `obs` (default), `dws`, `dli`, `rds`, `mrs` or `inference`. */
        importOrigin: { schema: importOriginSchema },
        /** Labeling format, object detection only: `VOC` or `COCO`. */
        annotationFormat: { schema: { type: "string", enum: annotationFormats } },
        /** Whether to import labels (default `true`). */
        importAnnotations: { schema: { type: "boolean" } },
        /** Whether to import samples (default `true`). */
        importSamples: { schema: { type: "boolean" } },
        /** Whether to import data to the final (labeled) state (default `true`). */
        finalAnnotation: { schema: { type: "boolean" } },
        /** Whether to import only hard examples (default `false`: all samples). */
        difficultOnly: { schema: { type: "boolean" } },
        /**
         * Subdirectory of the dataset storage directory to import into. Import tasks given the same subdirectory do
         * not import the same samples twice. Invalid for table datasets.
         */
        importFolder: { schema: textSchema(256, "relative-folder") },
        /** Import only samples that carry one of these labels (the docs' examples call it `included_tags`). */
        includedLabels: { schema: labelListSchema },
        /** Do not import samples that carry one of these labels. */
        excludedLabels: { schema: labelListSchema },
        /** Label format, text datasets only. */
        labelFormat: { schema: labelFormatSchema },
        /** Whether the first row of the file holds column names (table datasets; default `false`). */
        withColumnHeader: { schema: { type: "boolean" } },
        /** Data source of a table import. A password in it makes the whole input a secret. */
        dataSource: { schema: dataSourceSchema, secretPath: PASSWORD_PATH },
        /**
         * Follow what `importPath` holds in OBS: `pulumi preview` lists the path and, when its objects changed since
         * the last import (added, removed, or another ETag or size), shows a replace on `sourceFingerprint` and
         * says how many; `up` then imports again. `true`, or options. Only for an OBS `importPath` (docs/import-task.md,
         * "Tracking the source").
         */
        trackSource: trackSourceField,
        ...taskProviderOptions,
    },
    // "Creating an Import Task" (OTC copy) marks import_path mandatory; a table import describes its source
    // in data_source instead, so one of the two is required.
    { fields: ["importPath", "dataSource"], exclusive: false },
);

/**
 * Inputs of an ImportTask.
 * @interface
 */
export type ImportTaskInputs = InputsOf<typeof importTaskInputs>;

/**
 * Dataset inputs: the request body of `POST /v2/{project_id}/datasets` (API reference "Creating a Dataset",
 * Tables 2–15), in camelCase. "Modifying a Dataset" (`PUT …/datasets/{dataset_id}`) changes only the name, the
 * description and the labels: those update in place, everything else replaces the dataset.
 *
 * docs/api-notes.md rules applied: `datasetType` is required (the page has no default); `dataSources` holds exactly one
 * source ("only one data source can be imported at a time"); `work_path_type` is always sent as 0, the only
 * documented value; the stricter create rule for descriptions applies.
 */
import { adoptIdField, timeoutField } from "../schemas/common";
import { datasetTypes, idSchema, MAX_LABELS, textSchema } from "../schemas/fields";
import { dataSourceSchema, labelFormatSchema, labelSchema, PASSWORD_PATH } from "../import-task/inputs";
import { inputTable } from "../schemas/input-table";
import type { InputsOf } from "../schemas/input-table";
import { objectSchema } from "../schemas/json-schema";
import type { TypeOf } from "../schemas/json-schema";

const datasetTypeSchema = { type: "integer", enum: datasetTypes } as const;
/**
 * Dataset type: 0 image classification, 1 object detection, 3 image segmentation, 100 text classification, 101 named
 * entity recognition, 102 text triplet, 200 sound classification, 201 speech content, 202 speech paragraph
 * labeling, 400 table, 600 video labeling, 900 custom format.
 */
export type DatasetType = TypeOf<typeof datasetTypeSchema>;

const fieldSchema = objectSchema({
    /** Column description. */
    description: textSchema(256),
    /** Column name. */
    name: textSchema(128),
    /** Column id. */
    schemaId: { type: "integer", minimum: 0, maximum: 2_147_483_647 },
    /** Column value type, e.g. `STRING` (the user guide lists String, Short, Int, Long, Double, Float, Byte, Date, Timestamp, Boolean). */
    type: textSchema(32),
});
/**
 * A column of a table dataset (Field, Table 11).
 * @interface
 */
export type DatasetField = TypeOf<typeof fieldSchema>;

const teamName = textSchema(1024, "label-attribute-name");

const workerSchema = objectSchema({
    /** Creation time (epoch milliseconds). */
    createTime: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    /** Member description: 0 to 256 characters, none of `^!<>=&"'`. */
    description: textSchema(256, "description"),
    /** Email address of the member. */
    email: textSchema(254),
    /** Role: 0 labeler, 1 reviewer, 2 team administrator, 3 dataset owner. */
    role: { type: "integer", enum: [0, 1, 2, 3] },
    /** Login status: 0 invitation not sent, 1 sent but not logged in, 2 logged in, 3 member deleted. */
    status: { type: "integer", enum: [0, 1, 2, 3] },
    /** Update time (epoch milliseconds). */
    updateTime: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    /** Member id. */
    workerId: idSchema,
    /** Team id. */
    workforceId: idSchema,
});
/**
 * A member of a labeling team (Worker, Table 15).
 * @interface
 */
export type Worker = TypeOf<typeof workerSchema>;

const workforceConfigSchema = objectSchema({
    /** Members of the team. */
    workers: { type: "array", items: workerSchema, maxItems: 1000 },
    /** Team id. */
    workforceId: idSchema,
    /** Team name: 0 to 1024 characters, none of `!<>=&"'`. */
    workforceName: teamName,
});
/**
 * A team that labels (WorkforceConfig, Table 14).
 * @interface
 */
export type WorkforceConfig = TypeOf<typeof workforceConfigSchema>;

const workforcesConfigSchema = objectSchema({
    /** Administrator. */
    agency: textSchema(256),
    /** Teams that label. */
    workforces: { type: "array", items: workforceConfigSchema, maxItems: 100 },
});
/**
 * Who labels (WorkforcesConfig, Table 13).
 * @interface
 */
export type WorkforcesConfig = TypeOf<typeof workforcesConfigSchema>;

const workforceInformationSchema = {
    ...objectSchema({
        /** Synchronization: 0 none, 1 data, 2 labels, 3 data and labels. */
        dataSyncType: { type: "integer", enum: [0, 1, 2, 3] },
        /** Number of people who label each sample (at least 1). */
        repetition: { type: "integer", minimum: 1, maximum: 100 },
        /** Whether to update auto-labeling data as well. */
        synchronizeAutoLabelingData: { type: "boolean" },
        /** Whether to hand new data to the team members. */
        synchronizeData: { type: "boolean" },
        /** Team labeling task id. */
        taskId: idSchema,
        /** Team labeling task name: 1 to 64 letters, digits, `_` and `-` (mandatory). */
        taskName: { type: "string", minLength: 1, maxLength: 64, format: "simple-name" },
        /** Who labels. */
        workforcesConfig: workforcesConfigSchema,
    }),
    required: ["taskName"],
} as const;
/**
 * Team labeling (WorkforceInformation, Table 12).
 * @interface
 */
export type WorkforceInformation = TypeOf<typeof workforceInformationSchema>;

/** A dataset's label: named, since changes are sent by name ("Modifying a Dataset"). */
const namedLabelSchema = { ...labelSchema, required: ["name"] } as const;
/**
 * A label of a dataset: a {@link Label} whose `name` is required, since label changes are sent by name.
 * @interface
 */
export type DatasetLabel = TypeOf<typeof namedLabelSchema>;

/** Each Dataset input, declared once. */
export const datasetInputs = inputTable({
    /** Dataset name: 1 to 100 letters, digits, `_` and `-`, unique in the project. Changes in place. */
    datasetName: {
        schema: { type: "string", minLength: 1, maxLength: 100, format: "simple-name" },
        required: true,
        change: "in place",
    },
    /** Dataset type (see {@link DatasetType}). */
    datasetType: { schema: datasetTypeSchema, required: true },
    /**
     * The data source: exactly one (an OBS directory such as `/bucket/dir/`, or a table source). Its files become
     * the dataset's samples. A password in it makes the whole input a secret.
     */
    dataSources: {
        schema: { type: "array", items: dataSourceSchema, minItems: 1, maxItems: 1 },
        required: true,
        secretPath: PASSWORD_PATH,
    },
    /**
     * Output directory for labels and published versions, such as `/bucket/dir/`: 3 to 700 characters, not a bucket
     * alone, neither the input directory nor under it.
     */
    workPath: { schema: { type: "string", minLength: 3, maxLength: 700, format: "work-path" }, required: true },
    /** Type of `workPath`: 0 OBS, the only documented value and what is sent when left out. */
    workPathType: { schema: { type: "integer", enum: [0] } },
    /** Data format: `Default`, or `CarbonData` (table datasets only). */
    dataFormat: { schema: { type: "string", enum: ["Default", "CarbonData"] } },
    /** Description: 0 to 256 characters, none of `^!<>=&"'`. Changes in place. */
    description: { schema: textSchema(256, "description"), change: "in place" },
    /** Whether to import the labels found in the input directory (default `true`). */
    importAnnotations: { schema: { type: "boolean" } },
    /** Whether to import the data when the dataset is created (table datasets; default `false`). */
    importData: { schema: { type: "boolean" } },
    /** Label format (text datasets). */
    labelFormat: { schema: labelFormatSchema },
    /**
     * The dataset's labels, each named (one label per name). Changes in place: labels added, removed or changed are
     * sent as such (`add_labels`, `delete_labels`, `update_labels`, matched by name); a label renamed in the list is
     * deleted and added, so rename one with `property["@modelarts:rename_to"]` to keep its samples' labels.
     */
    labels: { schema: { type: "array", items: namedLabelSchema, maxItems: MAX_LABELS }, change: "in place" },
    /** Whether the dataset is hosted (default `false`). */
    managed: { schema: { type: "boolean" } },
    /** Columns of a table dataset; a table dataset needs one, and it cannot change later. */
    schema: { schema: { type: "array", items: fieldSchema, maxItems: 1000 } },
    /** Team labeling. */
    workforceInformation: { schema: workforceInformationSchema },
    /** Workspace id (`"0"`, the default, when no workspace is used). */
    workspaceId: { schema: idSchema },
    /**
     * How long `pulumi up` waits for the dataset to become usable (status normal), as a duration such as `"10m"`.
     * Default one hour; from 1 s to 168 h.
     */
    timeout: timeoutField,
    /**
     * Id of an existing dataset to bring under management instead of creating one; the other inputs should
     * describe it. A dataset of the same name that this resource did not create is never adopted without it.
     */
    adoptDatasetId: adoptIdField,
});

/**
 * Inputs of a Dataset.
 * @interface
 */
export type DatasetInputs = InputsOf<typeof datasetInputs>;

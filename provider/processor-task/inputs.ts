/**
 * ProcessorTask inputs: the request body of `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task",
 * Tables 2–6), in camelCase. Only `description` can change later (`PUT …/processor-tasks/{task_id}`,
 * "Updating a Processing Task").
 */
import { taskProviderOptions } from "../schemas/common";
import { idSchema, MAX_PATH_LENGTH, textSchema } from "../schemas/fields";
import { inputTable } from "../schemas/input-table";
import type { InputsOf } from "../schemas/input-table";
import { objectSchema } from "../schemas/json-schema";
import type { TypeOf } from "../schemas/json-schema";

const nameSchema = textSchema(128);
/** "Creating a Processing Task", WorkPath `version_name`: "0 to 32 characters. Only digits, letters, _ and -". */
const workPathVersionNameSchema = textSchema(32, "simple-name");
/** "Creating a Processing Task", ProcessorDataSource `version_name`: "Dataset version name", no rule given. */
const sourceVersionNameSchema = textSchema(256);
/**
 * "Creating a Processing Task", `name`: "Name of a data processing task", with no length or character rule; bounded only
 * so a request stays small. Names are unique in a project (ModelArts.4709).
 */
const MAX_TASK_NAME_LENGTH = 1024;
const locationSchema = textSchema(MAX_PATH_LENGTH, "path");
const obsLocationSchema = textSchema(MAX_PATH_LENGTH, "bucket-path");

const dataSourceSchema = objectSchema(
    {
        /** Dataset name. */
        name: nameSchema,
        /**
         * With `type` `OBS` an OBS path, `TASK` a task id, `DATASET` a dataset id; `CUSTOM` (resource tenants) the
         * real user's project id, otherwise blank.
         */
        source: locationSchema,
        /** `OBS`, `TASK` (a processing task), `DATASET` or `CUSTOM` (called by resource tenants). */
        type: { type: "string", enum: ["OBS", "TASK", "DATASET", "CUSTOM"] },
        /** Dataset version id. */
        versionId: idSchema,
        /** Dataset version name. */
        versionName: sourceVersionNameSchema,
    },
    // What `source` must be depends on `type` (Table 3).
    [
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["OBS"] } } },
            then: { type: "object", properties: { source: obsLocationSchema } },
        },
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["TASK", "DATASET"] } } },
            then: { type: "object", properties: { source: idSchema } },
        },
    ],
);
/**
 * A data source (ProcessorDataSource).
 * @interface
 */
export type ProcessorDataSource = TypeOf<typeof dataSourceSchema>;

const workPathSchema = objectSchema(
    {
        /** Dataset name. */
        name: nameSchema,
        /** Output path, e.g. `/datasets/demo`. */
        outputPath: locationSchema,
        /** With `type` `OBS` an OBS path, with `DATASET` a dataset id. */
        path: locationSchema,
        /** `OBS` (an OBS path) or `DATASET` (a dataset). */
        type: { type: "string", enum: ["OBS", "DATASET"] },
        /** Dataset version id. */
        versionId: idSchema,
        /** Dataset version name: 0 to 32 letters, digits, `_` and `-`. */
        versionName: workPathVersionNameSchema,
    },
    // What `path` must be depends on `type` (Table 6).
    [
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["OBS"] } } },
            then: { type: "object", properties: { path: obsLocationSchema } },
        },
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["DATASET"] } } },
            then: { type: "object", properties: { path: idSchema } },
        },
    ],
);
/**
 * The work directory (WorkPath).
 * @interface
 */
export type ProcessorWorkPath = TypeOf<typeof workPathSchema>;

/**
 * Template ids ("Creating a Processing Task", Table 4): `id` is optional, and the five built-in templates are the
 * documented options; an id of a template the page does not list (a newer one) is sent as given.
 */
const templateIdSchema = {
    ...idSchema,
    examples: [
        "sys_data_analyse",
        "sys_data_cleaning",
        "sys_data_augmentation",
        "sys_data_validation",
        "sys_data_selection",
    ],
} as const;
/**
 * Processing template: `sys_data_analyse` feature analysis, `sys_data_cleaning` data cleansing,
 * `sys_data_augmentation` data augmentation, `sys_data_validation` data validation, `sys_data_selection` data
 * filtering; any other template id is sent as given.
 */
export type ProcessorTemplateId = TypeOf<typeof templateIdSchema>;

const operatorParamSchema = objectSchema({
    /** Operator id. */
    id: idSchema,
    /** Operator name, e.g. `MetaValidation`, `PCC`, `SimDeduplication`, `AddNoise`. */
    name: nameSchema,
    /** Advanced parameter switch. */
    advancedParamsSwitch: { type: "boolean" },
    /**
     * Operator parameters (`map<string, object>`: booleans, numbers, strings, lists, string maps), sent verbatim:
     * keys such as `simlarity_threshold` (sic) or `AddNoise` reach the API untouched. For data preprocessing,
     * `task_type` is `object_detection` or `image_classification`.
     */
    params: {
        type: "object",
        additionalProperties: true,
        propertyNames: { minLength: 1, maxLength: 128 },
        maxProperties: 256,
        maxJsonLength: 65_536,
    },
});
/**
 * An operator and its parameters (OperatorParam).
 * @interface
 */
export type OperatorParam = TypeOf<typeof operatorParamSchema>;

const templateSchema = objectSchema({
    /** Template id, i.e. the task type (see {@link ProcessorTemplateId}); optional, as in the API. */
    id: templateIdSchema,
    /** Template name. */
    name: nameSchema,
    /** Operator parameters. */
    operatorParams: { type: "array", items: operatorParamSchema, maxItems: 100 },
});
/**
 * The processing template (TemplateParam).
 * @interface
 */
export type ProcessorTemplate = TypeOf<typeof templateSchema>;

/** Each ProcessorTask input, declared once. */
export const processorTaskInputs = inputTable(
    {
        /** Name of the task (unique in the project; the API sets no other rule: up to 1024 characters here). */
        name: {
            schema: { type: "string", minLength: 1, maxLength: MAX_TASK_NAME_LENGTH, format: "text" },
            required: true,
        },
        /** Processing template: its id and operator parameters. */
        template: { schema: templateSchema, required: true },
        /** Description: 0 to 256 characters, none of `^!<>=&"'`. */
        description: { schema: textSchema(256, "description"), change: "in place" },
        /** Data source; set either this or `inputs`. Not an OBS path in a KMS-encrypted bucket. */
        dataSource: { schema: dataSourceSchema },
        /** Data sources; set either this or `dataSource`. Not OBS paths in a KMS-encrypted bucket. */
        inputs: { schema: { type: "array", items: dataSourceSchema, maxItems: 100 } },
        /** Work directory of the task. Not an OBS path in a KMS-encrypted bucket. */
        workPath: { schema: workPathSchema },
        /** Dataset version id. */
        versionId: { schema: idSchema, serverDefault: true },
        /**
         * Whether to create a task version together with the task: `true` only for data processing tasks
         * (validation, cleansing, selection, augmentation); default `false`.
         */
        createVersion: { schema: { type: "boolean" } },
        /** Workspace id (`"0"`, the default, when no workspace is used). */
        workspaceId: { schema: idSchema },
        ...taskProviderOptions,
    },
    { fields: ["dataSource", "inputs"], exclusive: true },
);

/**
 * Inputs of a ProcessorTask.
 * @interface
 */
export type ProcessorTaskInputs = InputsOf<typeof processorTaskInputs>;

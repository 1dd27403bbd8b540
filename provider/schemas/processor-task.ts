/**
 * ProcessorTask inputs: the request body of `POST /v2/{project_id}/processor-tasks` ("Creating a Processing Task",
 * Tables 2–6), in camelCase. Only `description` can change later (`PUT …/processor-tasks/{task_id}`,
 * "Updating a Processing Task").
 */
import { providerOptionFields, providerOptionsSchema } from "./common";
import type { ProviderOptions } from "./common";
import { idSchema, MAX_PATH_LENGTH, textSchema } from "./fields";
import { requestBody, sentFields } from "./request-body";
import type { Schema } from "./json-schema";

/**
 * Processing template: `sys_data_analyse` feature analysis, `sys_data_cleaning` data cleansing,
 * `sys_data_augmentation` data augmentation, `sys_data_validation` data validation, `sys_data_selection` data
 * filtering.
 */
export type ProcessorTemplateId =
    | "sys_data_analyse"
    | "sys_data_cleaning"
    | "sys_data_augmentation"
    | "sys_data_validation"
    | "sys_data_selection"
    // Any other template id is sent as given; `string & {}` keeps the five above as editor suggestions.
    | (string & {});

/** Inputs of a ProcessorTask. */
export interface ProcessorTaskInputs extends ProviderOptions {
    /** Name of the task (unique in the project; the API sets no other rule: up to 1024 characters here). */
    readonly name: string;
    /** Processing template: its id and operator parameters. */
    readonly template: ProcessorTemplate;
    /** Description: 0 to 256 characters, none of `^!<>=&"'`. The only input that changes in place. */
    readonly description?: string;
    /** Data source; set either this or `inputs`. Not an OBS path in a KMS-encrypted bucket. */
    readonly dataSource?: ProcessorDataSource;
    /** Data sources; set either this or `dataSource`. Not OBS paths in a KMS-encrypted bucket. */
    readonly inputs?: readonly ProcessorDataSource[];
    /** Work directory of the task. Not an OBS path in a KMS-encrypted bucket. */
    readonly workPath?: ProcessorWorkPath;
    /** Dataset version id. */
    readonly versionId?: string;
    /**
     * Whether to create a task version together with the task: `true` only for data processing tasks
     * (validation, cleansing, selection, augmentation); default `false`.
     */
    readonly createVersion?: boolean;
    /** Workspace id (`"0"`, the default, when no workspace is used). */
    readonly workspaceId?: string;
}

/** A data source (ProcessorDataSource). */
export interface ProcessorDataSource {
    /** Dataset name. */
    readonly name?: string;
    /**
     * With `type` `OBS` an OBS path, `TASK` a task id, `DATASET` a dataset id; `CUSTOM` (resource tenants) the
     * real user's project id, otherwise blank.
     */
    readonly source?: string;
    /** `OBS`, `TASK` (a processing task), `DATASET` or `CUSTOM` (called by resource tenants). */
    readonly type?: "OBS" | "TASK" | "DATASET" | "CUSTOM";
    /** Dataset version id. */
    readonly versionId?: string;
    /** Dataset version name. */
    readonly versionName?: string;
}

/** The processing template (TemplateParam). */
export interface ProcessorTemplate {
    /** Template id, i.e. the task type (see {@link ProcessorTemplateId}); optional, as in the API. */
    readonly id?: ProcessorTemplateId;
    /** Template name. */
    readonly name?: string;
    /** Operator parameters. */
    readonly operatorParams?: readonly OperatorParam[];
}

/** An operator and its parameters (OperatorParam). */
export interface OperatorParam {
    /** Operator id. */
    readonly id?: string;
    /** Operator name, e.g. `MetaValidation`, `PCC`, `SimDeduplication`, `AddNoise`. */
    readonly name?: string;
    /** Advanced parameter switch. */
    readonly advancedParamsSwitch?: boolean;
    /**
     * Operator parameters (`map<string, object>`: booleans, numbers, strings, lists, string maps), sent verbatim:
     * keys such as `simlarity_threshold` (sic) or `AddNoise` reach the API untouched. For data preprocessing,
     * `task_type` is `object_detection` or `image_classification`.
     */
    readonly params?: { readonly [name: string]: unknown };
}

/** The work directory (WorkPath). */
export interface ProcessorWorkPath {
    /** Dataset name. */
    readonly name?: string;
    /** Output path, e.g. `/datasets/demo`. */
    readonly outputPath?: string;
    /** With `type` `OBS` an OBS path, with `DATASET` a dataset id. */
    readonly path?: string;
    /** `OBS` (an OBS path) or `DATASET` (a dataset). */
    readonly type?: "OBS" | "DATASET";
    /** Dataset version id. */
    readonly versionId?: string;
    /** Dataset version name: 0 to 32 letters, digits, `_` and `-`. */
    readonly versionName?: string;
}

const nameSchema = textSchema(128);
/** "Creating a Processing Task", WorkPath `version_name`: "0 to 32 characters. Only digits, letters, _ and -". */
const workPathVersionNameSchema = textSchema(32, "version-name");
/** "Creating a Processing Task", ProcessorDataSource `version_name`: "Dataset version name", no rule given. */
const sourceVersionNameSchema = textSchema(256);
/**
 * "Creating a Processing Task", `name`: "Name of a data processing task", with no length or character rule; bounded only
 * so a request stays small. Names are unique in a project (ModelArts.4709).
 */
const MAX_TASK_NAME_LENGTH = 1024;
const locationSchema = textSchema(MAX_PATH_LENGTH, "path");
const obsLocationSchema = textSchema(MAX_PATH_LENGTH, "bucket-path");

const dataSourceSchema: Schema<ProcessorDataSource> = {
    type: "object",
    properties: {
        name: nameSchema,
        source: locationSchema,
        type: { type: "string", enum: ["OBS", "TASK", "DATASET", "CUSTOM"] },
        versionId: idSchema,
        versionName: sourceVersionNameSchema,
    },
    // What `source` must be depends on `type` (Table 3).
    allOf: [
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["OBS"] } } },
            then: { type: "object", properties: { source: obsLocationSchema } },
        },
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["TASK", "DATASET"] } } },
            then: { type: "object", properties: { source: idSchema } },
        },
    ],
    additionalProperties: false,
};

const workPathSchema: Schema<ProcessorWorkPath> = {
    type: "object",
    properties: {
        name: nameSchema,
        outputPath: locationSchema,
        path: locationSchema,
        type: { type: "string", enum: ["OBS", "DATASET"] },
        versionId: idSchema,
        versionName: workPathVersionNameSchema,
    },
    // What `path` must be depends on `type` (Table 6).
    allOf: [
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["OBS"] } } },
            then: { type: "object", properties: { path: obsLocationSchema } },
        },
        {
            if: { type: "object", required: ["type"], properties: { type: { enum: ["DATASET"] } } },
            then: { type: "object", properties: { path: idSchema } },
        },
    ],
    additionalProperties: false,
};

/**
 * TemplateParam ("Creating a Processing Task", Table 4): `id` is optional, and the five built-in templates are the
 * documented options; an id of a template the page does not list (a newer one) is sent as given.
 */
const templateSchema: Schema<ProcessorTemplate> = {
    type: "object",
    properties: {
        id: idSchema,
        name: nameSchema,
        operatorParams: {
            type: "array",
            items: {
                type: "object",
                properties: {
                    id: idSchema,
                    name: nameSchema,
                    advancedParamsSwitch: { type: "boolean" },
                    params: {
                        type: "object",
                        additionalProperties: true,
                        propertyNames: { minLength: 1, maxLength: 128 },
                        maxProperties: 256,
                        maxJsonLength: 65_536,
                    },
                },
                additionalProperties: false,
            },
            maxItems: 100,
        },
    },
    additionalProperties: false,
};

/** JSON Schema of {@link ProcessorTaskInputs}. */
export const processorTaskInputsSchema: Schema<ProcessorTaskInputs> = {
    type: "object",
    properties: {
        name: { type: "string", minLength: 1, maxLength: MAX_TASK_NAME_LENGTH, format: "text" },
        template: templateSchema,
        description: textSchema(256, "description"),
        dataSource: dataSourceSchema,
        inputs: { type: "array", items: dataSourceSchema, maxItems: 100 },
        workPath: workPathSchema,
        versionId: idSchema,
        createVersion: { type: "boolean" },
        workspaceId: idSchema,
        ...providerOptionsSchema,
    },
    required: ["name", "template"],
    alternatives: { fields: ["dataSource", "inputs"], exclusive: true },
    additionalProperties: false,
};

/** Inputs that are not sent in the body: the URL's path parameters and the provider-side options. */
const NOT_SENT: readonly string[] = providerOptionFields;

/** Top-level inputs sent in the create body: a change replaces the resource, except for the updatable ones. */
export const processorTaskApiFields = Object.keys(sentFields(processorTaskInputsSchema, NOT_SENT)) as ReadonlyArray<
    keyof ProcessorTaskInputs
>;

/** Each top-level input sent to the API, with the API field it is sent as. */
export const processorTaskApiNames = sentFields(processorTaskInputsSchema, NOT_SENT);

/** Inputs sent to the API that a change updates in place (`PUT`), without replacing the task. */
export const processorTaskUpdatableFields: ReadonlyArray<keyof ProcessorTaskInputs> = ["description"];

/** The JSON body of the create POST: API names for every defined field, operator `params` verbatim, no defaults. */
export function toProcessorTaskRequestBody(inputs: ProcessorTaskInputs): Record<string, unknown> {
    return requestBody(processorTaskInputsSchema, inputs, NOT_SENT);
}

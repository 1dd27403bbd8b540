/**
 * The processing-task answers and list query: "Querying Details About a Processing Task" and "Querying the List of a
 * Processing Task" (DescribeProcessorTaskResp, Table 2). The create's answer is `tasks.ts`'s.
 */
import type { Named, ObjectSchema, TypeOf } from "../../schemas/json-schema";
import { answerKind, lookListKind } from "../answer-check";
import { ID_PARAM, ORDER_PARAM, PAGE_PARAMS, TEXT_PARAM } from "./queries";
import { answerObject, arrayOf, BOOLEAN, JSON_MAP, JSON_VALUE, NUMBER, STRING } from "./answer-fields";

const processorDataSourceSchema = answerObject({
    /**
     * Data source type. Options: · OBS: Data obtained from OBS · TASK: Data processing task · DATASET: Dataset ·
     * CUSTOM: Data called by resource tenants
     */
    type: STRING,
    /**
     * Data source path. Options: · If type is set to OBS, source is an OBS path. · If type is set to TASK, source
     * is a task ID. · If type is set to DATASET, source is a dataset ID. · If type is set to CUSTOM and the API is
     * called by resource tenants, set source to the project_id of the actual user. Otherwise, this field is left
     * blank.
     */
    source: STRING,
    /**
     * Working path. Options: · If type is set to OBS, source is an OBS path. · If type is set to DATASET, source is
     * a dataset ID.
     */
    path: STRING,
    /** Dataset name. */
    name: STRING,
    /** Output path, for example, /datasets/demo. */
    output_path: STRING,
    /** Version of a dataset. */
    version_id: STRING,
    /** Dataset version name. */
    version_name: STRING,
});

/** Processing task input or work path ("Querying Details About a Processing Task", Tables 3 and 6). */
export interface ProcessorDataSourceResponse extends TypeOf<typeof processorDataSourceSchema> {}

const processorDataSource = processorDataSourceSchema as Named<
    typeof processorDataSourceSchema,
    ProcessorDataSourceResponse
>;

const processorTaskSchema = answerObject({
    /** ID of a data processing task. */
    task_id: STRING,
    /** Name of a data processing task. */
    name: STRING,
    /** Description of a data processing task. */
    description: STRING,
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped. */
    status: NUMBER,
    /** Data processing template, such as the algorithm ID and parameters. */
    template: answerObject({
        /**
         * Task type, which is the ID of a data processing template. Options: · sys_data_analyse: feature
         * analysis · sys_data_cleaning: data cleansing · sys_data_augmentation: data augmentation ·
         * sys_data_validation: data validation · sys_data_selection: data filtering
         */
        id: STRING,
        /** Name of a data processing task. */
        name: STRING,
        /** Operator parameter list. */
        operator_params: {
            type: "array",
            items: answerObject({
                /** Advanced parameter switch. */
                advanced_params_switch: BOOLEAN,
                /**
                 * Task type, which is the ID of a data processing template. Options: · sys_data_analyse:
                 * feature analysis · sys_data_cleaning: data cleansing · sys_data_augmentation: data
                 * augmentation · sys_data_validation: data validation · sys_data_selection: data
                 * filtering
                 */
                id: STRING,
                /** Name of a data processing task. */
                name: STRING,
                /** A user map (operator parameter name → value): keys pass through verbatim. */
                params: JSON_MAP,
            }),
        },
    }),
    /** Input of a data processing task. Either this parameter or inputs is delivered. */
    data_source: processorDataSource,
    /** Input channel list of a data processing task. Either this parameter or data_source is delivered. */
    inputs: arrayOf(processorDataSource),
    /** Working directory of a data processing task. */
    work_path: processorDataSource,
    /**
     * Workspace ID of a data processing task. If no workspace is created, the default value is 0. If a workspace is
     * created and used, use the actual value.
     */
    workspace_id: STRING,
    /** Running time of data processing, in seconds. */
    duration_seconds: NUMBER,
    /** Version number of a data processing task. */
    version_count: NUMBER,
    /** Dataset version ID corresponding to a data processing task. */
    version_id: STRING,
    /** Dataset version name corresponding to a data processing task. */
    version_name: STRING,
    /** Whether the current task is the latest of the same type of this version. */
    is_current: BOOLEAN,
    /** Typed Object, shown as `"xxx"` in the example: any JSON (docs/api-notes.md). */
    result: JSON_VALUE,
    /** Error message. This field is displayed when the value of status is 3. */
    error_msg: STRING,
    /** Epoch milliseconds. */
    create_time: NUMBER,
});

/**
 * A processing task: `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task")
 * and each item of the list ("Querying the List of a Processing Task", DescribeProcessorTaskResp).
 */
export interface ProcessorTaskResponse extends TypeOf<typeof processorTaskSchema> {}

/** The detail answer: a wait decides on its `status`, and a failure quotes its message. */
export const processorTaskAnswer = answerKind(processorTaskSchema, {
    required: ["status"],
    readIfPresent: ["error_msg"],
});

const processorTaskListSchema = answerObject({
    /** Total number of data processing tasks. */
    count: NUMBER,
    /** Data processing task list queried by page. */
    tasks: arrayOf(processorTaskSchema as Named<typeof processorTaskSchema, ProcessorTaskResponse>),
});

/** `GET /v2/{project_id}/processor-tasks` ("Querying the List of a Processing Task"). */
export interface ProcessorTaskListResponse extends TypeOf<typeof processorTaskListSchema> {}

/** The list a processing task create's look pages through (see `lookListKind`). */
export const processorTaskListAnswer = lookListKind(processorTaskListSchema, "tasks", "count");

/** Query parameters of the processing task list ("Querying the List of a Processing Task", Table 2). */
export const processorTaskListQuerySchema = {
    type: "object",
    properties: {
        ...PAGE_PARAMS,
        /** Sorting sequence of the query. Options: · asc: ascending order · desc: descending order (default value) */
        order: ORDER_PARAM,
        /**
         * Whether to query only the latest tasks of dataset version. Options: · true: Query only the latest tasks of
         * the dataset version. · false: Query all tasks of the dataset version. (Default value)
         */
        query_current: BOOLEAN,
        /**
         * Whether to return the task result. Options: · true: Return the task result. (Default value) · false: Do not
         * return the task result.
         */
        return_result: BOOLEAN,
        /**
         * Sorting mode of the query. Options: · create_time: Sort by creation time. (Default value) · name: Sort by
         * task name. · duration_seconds: Sort by running time.
         */
        sort_by: { type: "string", enum: ["create_time", "name", "duration_seconds"] },
        /**
         * Data source path of the query. Options: · If type is set to OBS, source is an OBS path. · If type is set to
         * TASK, source is a task ID. · If type is set to DATASET, source is a dataset ID. · If type is set to CUSTOM
         * and the API is called by resource tenants, set source to the project_id of the actual user. Otherwise, this
         * field is left blank.
         */
        source: TEXT_PARAM,
        /**
         * Data source type of the query. If this parameter is not specified, all data sources are queried by default.
         * Options: · OBS: Data obtained from OBS · TASK: Data processing task · DATASET: Dataset · CUSTOM: Data called
         * by resource tenants
         */
        source_type: { type: "string", enum: ["OBS", "TASK", "DATASET", "CUSTOM"] },
        /**
         * Task status of the query. If this parameter is not specified, tasks in all states are queried by default.
         * Options: · 0: initialized · 1: running · 2: completed · 3: failed · 4: stopped
         */
        status: { type: "integer", enum: [0, 1, 2, 3, 4] },
        /** Fuzzy search keyword. */
        task_name: TEXT_PARAM,
        /**
         * Task type, which is the ID of a data processing template. Options: · sys_data_analyse: feature analysis ·
         * sys_data_cleaning: data cleansing · sys_data_augmentation: data augmentation · sys_data_validation: data
         * validation · sys_data_selection: data filtering
         */
        task_type: ID_PARAM,
        /** Documented as an Array; sent comma-separated, as the page's example request does. */
        version_id: { type: "array", items: ID_PARAM, maxItems: 100 },
        /**
         * Workspace ID. If no workspace is created, the default value is 0. If a workspace is created and used, use the
         * actual value.
         */
        workspace_id: ID_PARAM,
    },
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Query parameters of the processing task list ("Querying the List of a Processing Task", Table 2). */
export interface ProcessorTaskListQuery extends TypeOf<typeof processorTaskListQuerySchema> {}

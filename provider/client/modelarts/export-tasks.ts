/**
 * The export-task answers and list query: "Querying the Status of a Dataset Export Task" and "Querying the Dataset
 * Export Task List" (ExportTaskStatusResp, Tables 2–9). The create's answer is `tasks.ts`'s.
 */
import type { Named, ObjectSchema, TypeOf } from "../../schemas/json-schema";
import { lookListKind, taskKind } from "../answer-check";
import { PAGE_PARAMS } from "./queries";
import { answerObject, arrayOf, BOOLEAN, ERROR_FIELDS, NUMBER, STRING, STRINGS } from "./answer-fields";

const searchConditionSchema = answerObject({
    /** Filter by coefficient of difficulty. */
    coefficient: STRING,
    /** A frame in the video. */
    frame_in_video: NUMBER,
    /** `0` not a hard sample, `1` a hard sample. */
    hard: STRING,
    /** Filter by data source. */
    import_origin: STRING,
    /** CT dosage, filtered by dosage. */
    kvp: STRING,
    /** Label search criteria. */
    label_list: answerObject({
        /** List of label search criteria. */
        labels: {
            type: "array",
            items: answerObject({
                /** Label name. */
                name: STRING,
                /**
                 * If you want to search for multiple labels, op must be specified. If you search for only
                 * one label, op can be left blank. Options: · OR: OR operation · AND: AND operation
                 */
                op: STRING,
                /** A user map (attribute name → values, `null` for none): keys pass through verbatim. */
                property: {
                    type: "object",
                    additionalProperties: { type: ["array", "null"], items: STRING },
                },
                /**
                 * Label type. Options: · 0: image classification · 1: object detection · 3: image
                 * segmentation · 100: text classification · 101: named entity recognition · 102: text
                 * triplet relationship · 103: text triplet entity · 200: sound classification · 201:
                 * speech content · 202: speech paragraph labeling · 600: video labeling
                 */
                type: NUMBER,
            }),
        },
        /**
         * If you want to search for multiple labels, op must be specified. If you search for only one label, op
         * can be left blank. Options: · OR: OR operation · AND: AND operation
         */
        op: STRING,
    }),
    /** Labeler. */
    labeler: STRING,
    /** Search by sample attribute. */
    metadata: answerObject({
        /**
         * If you want to search for multiple labels, op must be specified. If you search for only one label, op
         * can be left blank. Options: · OR: OR operation · AND: AND operation
         */
        op: STRING,
        /** A user map (attribute name → values): keys pass through verbatim. */
        props: { type: "object", additionalProperties: STRINGS },
    }),
    /** Parent sample ID. */
    parent_sample_id: STRING,
    /**
     * Directory where data samples are stored (the directory must end with a slash (/)). Only samples in the
     * specified directory are searched for. Recursive search of directories is not supported.
     */
    sample_dir: STRING,
    /** Search by sample name, including the file name extension. */
    sample_name: STRING,
    /**
     * When a sample is added to the dataset, an index is created based on the last modification time (accurate to
     * day) of the sample on OBS. You can search for the sample based on the time. Options: · month: Search for
     * samples added from 30 days ago to the current day. · day: Search for samples added from yesterday (one day
     * ago) to the current day. · yyyyMMdd-yyyyMMdd: Search for samples added in a specified period (at most 30
     * days), in the format of Start date-End date. For example, 20190901-2019091501 indicates that samples
     * generated from September 1 to September 15, 2019 are searched.
     */
    sample_time: STRING,
    /** Search by confidence. */
    score: STRING,
    /** DICOM layer thickness. Samples are filtered by layer thickness. */
    slice_thickness: STRING,
    /** DICOM scanning time. */
    study_date: STRING,
    /** A time point in the video. */
    time_in_video: STRING,
});

/** An export's search condition ("Querying the Dataset Export Task List", Tables 6–9). */
export interface SearchConditionResponse extends TypeOf<typeof searchConditionSchema> {}

const exportParamsSchema = answerObject({
    /**
     * Dataset export type. The options are as follows: · DIR: Data is exported to OBS (default value). ·
     * NEW_DATASET: Export data to a new dataset.
     */
    export_dest: STRING,
    /**
     * Sample status. The options are as follows: · __ALL__: labeled · __NONE__: not marked · __UNCHECK__: to be
     * accepted · __ACCEPTED__: The acceptance is passed. · __REJECTED__: rejected · __UNREVIEWED__: to be reviewed
     * · __REVIEWED__: approved · __WORKFORCE_SAMPLED__: sampled · __WORKFORCE_SAMPLED_UNCHECK__: Sampling is to be
     * accepted. · __WORKFORCE_SAMPLED_CHECKED__: Sampling has been accepted. · __WORKFORCE_SAMPLED_ACCEPTED__: The
     * sampling is passed. · __WORKFORCE_SAMPLED_REJECTED__: The sampling has been rejected. · __AUTO_ANNOTATION__:
     * to be confirmed
     */
    sample_state: STRING,
    /** Name of the new dataset to which data is exported. */
    export_new_dataset_name: STRING,
    /** Working directory of the new dataset to which data is exported. */
    export_new_dataset_work_path: STRING,
    /** Format of the dataset version to which data is exported. */
    export_dataset_version_format: STRING,
    /** Name of the dataset version to which data is exported. */
    export_dataset_version_name: STRING,
    /**
     * Whether to clear hard example attributes. Options: · true: Clear hard example attributes. (Default value) ·
     * false: Do not clear hard example attributes.
     */
    clear_hard_property: BOOLEAN,
    /**
     * Whether to randomly allocate the training set and validation set based on the specified ratio. Options: ·
     * true: Allocate the training set and validation set. · false: Do not allocate the training set and validation
     * set. (Default value)
     */
    ratio_sample_usage: BOOLEAN,
    /** Documented as the string `"1.00"`, answered as the number `1.0` (docs/api-notes.md). */
    train_sample_ratio: { type: ["string", "number"] },
    /** ID list of exported samples. */
    samples: STRINGS,
    /** Exported search conditions. The relationship between multiple search conditions is OR. */
    search_conditions: arrayOf(searchConditionSchema as Named<typeof searchConditionSchema, SearchConditionResponse>),
});

/** Export parameters as answered ("Querying the Dataset Export Task List", Table 5); user maps pass through untyped. */
export interface ExportParamsResponse extends TypeOf<typeof exportParamsSchema> {}

const exportTaskSchema = answerObject({
    /** Task ID. */
    task_id: STRING,
    /** INIT, RUNNING, SUCCESSED (sic), FAILED; one SDK also knows STOPPING, STOPPED (docs/api-notes.md). */
    status: STRING,
    /** Output path without a scheme, e.g. `/bucket/dir/`. */
    path: STRING,
    /** Export type. Options: · 0: labeled · 1: unlabeled · 2: all · 3: conditional search */
    export_type: NUMBER,
    /**
     * Format of the exported directory. Options: · 1: tree structure. Example: rabbits/1.jpg,bees/2.jpg. · 2: tile
     * structure. Example: 1.jpg, 1.txt; 2.jpg,2.txt.
     */
    export_format: NUMBER,
    /** Parameters of a dataset export task. */
    export_params: exportParamsSchema as Named<typeof exportParamsSchema, ExportParamsResponse>,
    /**
     * Format of a dataset version. Options: · Default: default format · CarbonData: CarbonData (supported only by
     * table datasets) · CSV: CSV
     */
    version_format: STRING,
    /** Dataset version ID. */
    version_id: STRING,
    /** Percent. */
    progress: NUMBER,
    /** Total number of samples. */
    total_sample_count: NUMBER,
    /** Number of completed samples. */
    finished_sample_count: NUMBER,
    /** Epoch milliseconds. */
    create_time: NUMBER,
    /** Epoch milliseconds. */
    update_time: NUMBER,
    ...ERROR_FIELDS,
});

/**
 * An export task: `GET …/datasets/{dataset_id}/export-tasks/{task_id}` ("Querying the Status of a Dataset Export
 * Task") and each item of the list ("Querying the Dataset Export Task List", ExportTaskStatusResp).
 */
export interface ExportTaskResponse extends TypeOf<typeof exportTaskSchema> {}

/** The detail answer: a wait decides on its `status`, and a failure quotes its error. */
export const exportTaskAnswer = taskKind(exportTaskSchema);

const exportTaskListSchema = answerObject({
    /** Export task list */
    export_tasks: arrayOf(exportTaskSchema as Named<typeof exportTaskSchema, ExportTaskResponse>),
    /** Total number of export tasks */
    total_count: NUMBER,
});

/** `GET …/datasets/{dataset_id}/export-tasks` ("Querying the Dataset Export Task List"). */
export interface ExportTaskListResponse extends TypeOf<typeof exportTaskListSchema> {}

/** The list an export create's look pages through (see `lookListKind`). */
export const exportTaskListAnswer = lookListKind(exportTaskListSchema, "export_tasks", "total_count");

/** Query parameters of the export task list ("Querying the Dataset Export Task List", Table 2). */
export const exportTaskListQuerySchema = {
    type: "object",
    properties: {
        ...PAGE_PARAMS,
        /** 0 labeled, 1 unlabeled, 2 all, 3 conditional search; all types when absent. */
        export_type: { type: "integer", enum: [0, 1, 2, 3] },
    },
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Query parameters of the export task list ("Querying the Dataset Export Task List", Table 2). */
export interface ExportTaskListQuery extends TypeOf<typeof exportTaskListQuerySchema> {}

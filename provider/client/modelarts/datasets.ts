/**
 * The dataset answers, modify body and queries: "Querying the Dataset List" (DatasetAndFilePreview and the tables it
 * refers to), "Querying Details About a Dataset" (the same fields, without `data_url` and `samples`), "Creating a
 * Dataset" and "Modifying a Dataset". Map-typed fields (`tags`, `data_statistics`, `deletion_stats`) are service maps
 * whose keys are data. The create body comes from the Dataset input table.
 */
import type { Named, ObjectSchema, TypeOf } from "../../schemas/json-schema";
import { answerKind, lookListKind } from "../answer-check";
import { CREATED_ID } from "./creates";
import { dataSource } from "./data-sources";
import { datasetVersion } from "./dataset-versions";
import { label, type LabelBody } from "./labels";
import type { datasetTypes } from "../../schemas/fields";
import { ID_PARAM, ORDER_PARAM, PAGE_PARAMS } from "./queries";
import { workforceDescriptor } from "./workforce";
import {
    answerObject,
    arrayOf,
    BOOLEAN,
    COUNTS,
    ERROR_FIELDS,
    JSON_MAP,
    NUMBER,
    STRING,
    STRINGS,
} from "./answer-fields";

const annotationFileSchema = answerObject({
    /** Time when a sample is created. */
    create_time: NUMBER,
    /** Dataset ID. */
    dataset_id: STRING,
    /** Number of image sample channels. */
    depth: NUMBER,
    /** Spelled `file_Name` by the page. */
    file_Name: STRING,
    /** Sample ID. */
    file_id: STRING,
    /** File type. */
    file_type: STRING,
    /** Image sample height. */
    height: NUMBER,
    /** Image sample size. */
    size: NUMBER,
    /** Label information of a sample. */
    tags: { type: "object", additionalProperties: STRING },
    /** A pre-signed OBS URL. */
    url: STRING,
    /** Image sample width. */
    width: NUMBER,
});

/** A preview file of the dataset list with `file_preview=true` (AnnotationFile). */
export interface AnnotationFileResponse extends TypeOf<typeof annotationFileSchema> {}

const schemaFieldSchema = answerObject({
    /** Schema description. */
    description: STRING,
    /** Schema name. */
    name: STRING,
    /** Schema ID. */
    schema_id: NUMBER,
    /** Schema value type. */
    type: STRING,
});

/** A column of a table dataset (Field). */
export interface SchemaFieldResponse extends TypeOf<typeof schemaFieldSchema> {}

const datasetSchema = answerObject({
    /** Number of labeled samples in a dataset. */
    annotated_sample_count: NUMBER,
    /** Number of labeled subsamples. */
    annotated_sub_sample_count: NUMBER,
    /**
     * Whether to enable content labeling for the speech paragraph labeling dataset. This function is enabled by
     * default.
     */
    content_labeling: BOOLEAN,
    /** Epoch milliseconds. */
    create_time: NUMBER,
    /** Current version ID of a dataset. */
    current_version_id: STRING,
    /**
     * Current version name of a dataset. Version name. The value is a string of 1 to 32 characters consisting of
     * letters, digits, underscores (_), and hyphens (-).
     */
    current_version_name: STRING,
    /** Data format. */
    data_format: STRING,
    /** Data source list. */
    data_sources: arrayOf(dataSource),
    /** Sample statistics on a dataset, including the statistics on sample metadata in JSON format. */
    data_statistics: JSON_MAP,
    /** Time when a sample and a label are updated. */
    data_update_time: NUMBER,
    /** List items only. */
    data_url: STRING,
    /** 0 file, 1 table. */
    dataset_format: NUMBER,
    /** Dataset ID. */
    dataset_id: STRING,
    /** Dataset name. */
    dataset_name: STRING,
    /** Key identifier list of a dataset, for example, ["Image","Object detection"]. */
    dataset_tags: STRINGS,
    /** The `dataset_type` codes of docs/api-notes.md ("Enumerations"). */
    dataset_type: NUMBER,
    /** Version number of a dataset. */
    dataset_version_count: NUMBER,
    /** Number of deleted samples. */
    deleted_sample_count: NUMBER,
    /** Deletion reason statistics. */
    deletion_stats: COUNTS,
    /** Dataset description. */
    description: STRING,
    /** Enterprise project ID. */
    enterprise_project_id: STRING,
    /**
     * Whether the dataset contains running (including initialization) tasks. Options: · true: The dataset contains
     * running tasks. · false: The dataset does not contain running tasks.
     */
    exist_running_task: BOOLEAN,
    /**
     * Whether the dataset contains team labeling tasks. Options: · true: The dataset contains team labeling tasks.
     * · false: The dataset does not contain team labeling tasks.
     */
    exist_workforce_task: BOOLEAN,
    /**
     * List of features supported by the dataset. Currently, only the value 0 is supported, indicating that the OBS
     * file size is limited.
     */
    feature_supports: STRINGS,
    /** Whether to import data. Options: · true: Import data. · false: Do not import data. */
    import_data: BOOLEAN,
    /** ID of an import task. */
    import_task_id: STRING,
    /** Path for storing the labeling result of a dataset. */
    inner_annotation_path: STRING,
    /** Path for storing the internal data of a dataset. */
    inner_data_path: STRING,
    /** Path for storing internal logs of a dataset. */
    inner_log_path: STRING,
    /** Path for internal task of a dataset. */
    inner_task_path: STRING,
    /** Path for storing internal temporary files of a dataset. */
    inner_temp_path: STRING,
    /** Output directory of a dataset. */
    inner_work_path: STRING,
    /** Number of labeling tasks. */
    label_task_count: NUMBER,
    /** Dataset label list. */
    labels: arrayOf(label),
    /** Number of loading samples. */
    loading_sample_count: NUMBER,
    /** Whether a dataset is hosted. Options: · true: The dataset is hosted. · false: The dataset is not hosted. */
    managed: BOOLEAN,
    /** Number of next versions of a dataset. */
    next_version_num: NUMBER,
    /** ID list of running (including initialization) tasks. */
    running_tasks_id: STRINGS,
    /** List items with `file_preview=true` only: four preview files. */
    samples: arrayOf(annotationFileSchema as Named<typeof annotationFileSchema, AnnotationFileResponse>),
    /** Schema list. */
    schema: arrayOf(schemaFieldSchema as Named<typeof schemaFieldSchema, SchemaFieldResponse>),
    /**
     * 0 creating, 1 normal, 2 deleting, 3 deleted, 4 abnormal, 5 synchronizing, 6 releasing, 7 version switching,
     * 8 importing.
     */
    status: NUMBER,
    /** Third-party path. */
    third_path: STRING,
    /** Total number of dataset samples. */
    total_sample_count: NUMBER,
    /**
     * Total number of subsamples generated from the parent samples. For example, the total number of key frame
     * images extracted from the video labeling dataset is that of subsamples.
     */
    total_sub_sample_count: NUMBER,
    /** Number of auto labeling samples to be confirmed. */
    unconfirmed_sample_count: NUMBER,
    /** Epoch milliseconds. */
    update_time: NUMBER,
    /** Dataset version information. Currently, only the current version information of a dataset is recorded. */
    versions: arrayOf(datasetVersion),
    /** `/bucket/dir/`, no scheme. */
    work_path: STRING,
    /** Type of the dataset output path. The default value is 0, indicating an OBS bucket. */
    work_path_type: NUMBER,
    /** Team labeling information. */
    workforce_descriptor: workforceDescriptor,
    /** Number of team labeling tasks of a dataset. */
    workforce_task_count: NUMBER,
    /**
     * Workspace ID. If no workspace is created, the default value is 0. If a workspace is created and used, use the
     * actual value.
     */
    workspace_id: STRING,
});

/**
 * A dataset: `GET /v2/{project_id}/datasets/{dataset_id}` ("Querying Details About a Dataset") and each item of the
 * list ("Querying the Dataset List", DatasetAndFilePreview).
 */
export interface DatasetFields extends TypeOf<typeof datasetSchema> {}

/** The detail answer: a dataset resource reports its id and name, and a wait decides on its status. */
export const datasetAnswer = answerKind(datasetSchema, { required: ["dataset_id", "dataset_name", "status"] });

/** `GET /v2/{project_id}/datasets/{dataset_id}`: `dataset_id`, `dataset_name` and `status` always (checked). */
export interface DatasetResponse extends TypeOf<typeof datasetAnswer.schema> {}

const datasetListSchema = answerObject({
    /** Dataset list queried by page. */
    datasets: arrayOf(datasetSchema as Named<typeof datasetSchema, DatasetFields>),
    /** "Cannot exceed 100" (sic): the number of datasets is that of the pages, not this (docs/api-notes.md). */
    total_number: NUMBER,
});

/** `GET /v2/{project_id}/datasets` ("Querying the Dataset List"). */
export interface DatasetListResponse extends TypeOf<typeof datasetListSchema> {}

/** The list a dataset create's look pages through (see `lookListKind`). */
export const datasetListAnswer = lookListKind(datasetListSchema, "datasets", "total_number");

const createDatasetSchema = answerObject(
    {
        /** Dataset ID. */
        dataset_id: CREATED_ID,
        /** ID of the import task the create started, if it imports data. */
        import_task_id: STRING,
        ...ERROR_FIELDS,
    },
    ["dataset_id"],
);

/** `POST /v2/{project_id}/datasets` ("Creating a Dataset"): `dataset_id` is always there (checked); only it is used. */
export interface CreateDatasetResponse extends TypeOf<typeof createDatasetSchema> {}

/** A dataset create's answer: the new dataset's id. */
export const createDatasetAnswer = answerKind(createDatasetSchema);

const updateDatasetSchema = answerObject({
    /** Dataset ID. */
    dataset_id: STRING,
});

/** `PUT /v2/{project_id}/datasets/{dataset_id}` ("Modifying a Dataset"). */
export interface UpdateDatasetResponse extends TypeOf<typeof updateDatasetSchema> {}

/** A modify's answer: nothing rests on it, so nothing is checked. */
export const updateDatasetAnswer = answerKind(updateDatasetSchema);

/** `PUT /v2/{project_id}/datasets/{dataset_id}` ("Modifying a Dataset"): only what changes. */
export interface UpdateDatasetRequest {
    readonly add_labels?: readonly LabelBody[];
    readonly current_version_id?: string;
    readonly dataset_name?: string;
    readonly delete_labels?: readonly LabelBody[];
    readonly description?: string;
    /** A label is renamed by `property["@modelarts:rename_to"]`. */
    readonly update_labels?: readonly LabelBody[];
}

/** Query parameters of the dataset list ("Querying the Dataset List", Table 2). */
export const datasetListQuerySchema = {
    type: "object",
    properties: {
        ...PAGE_PARAMS,
        /**
         * Whether to detect tasks (including initialization tasks) that are running in a dataset. Options: · true:
         * Detect tasks (including initialization tasks) that are running in the dataset. · false: Do not detect tasks
         * (including initialization tasks) that are running in the dataset. (Default value)
         */
        check_running_task: BOOLEAN,
        /** Whether the dataset contains a version. */
        contain_versions: BOOLEAN,
        /**
         * Dataset type. Options: · 0: image classification · 1: object detection · 3: image segmentation · 100: text
         * classification · 101: named entity recognition · 102: text triplet · 200: sound classification · 201:
         * speech content · 202: speech paragraph labeling · 400: table dataset · 600: video labeling · 900: custom
         * format
         */
        dataset_type: {
            type: "integer",
            // The create's list (the inputs' `datasetTypes`): the compiler keeps the two equal.
            enum: [0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900] as const satisfies typeof datasetTypes,
        },
        /**
         * Whether a dataset supports preview when it is queried. Options: · true: Preview is supported and the list of
         * four dataset files is returned. · false: Preview is not supported. (Default value)
         */
        file_preview: BOOLEAN,
        /** Sorting sequence of the query. Options: · asc: ascending order · desc: descending order (default value) */
        order: ORDER_PARAM,
        /**
         * 0 auto labeling, 1 pre-labeling, 2 export, 3 version switch, 4 manifest export, 5 manifest import,
         * 6 version publishing, 7 auto grouping.
         */
        running_task_type: { type: "integer", enum: [0, 1, 2, 3, 4, 5, 6, 7] },
        /** Fuzzy search keyword (a dataset name has at most 100 characters, "Creating a Dataset"). */
        search_content: { type: "string", minLength: 1, maxLength: 100 },
        /**
         * Sorting mode of the query. Options: · create_time: Sort by creation time. (Default value) · dataset_name:
         * Sort by dataset name.
         */
        sort_by: { type: "string", enum: ["create_time", "dataset_name"] },
        /**
         * Whether to filter datasets that can be exported only (including datasets of image classification, object
         * detection, and custom format). If this parameter is left blank or the value is set to false, datasets are
         * not filtered. Options: · true: Filter out only datasets that can be exported. · false: Do not filter out only
         * datasets that can be exported. (Default value)
         */
        support_export: BOOLEAN,
        /** `"min,max"`, e.g. `"0.0,1.0"`. */
        train_evaluate_ratio: { type: "string", minLength: 1, maxLength: 64 },
        /** 0 Default, 1 CarbonData, 2 CSV (an Integer here, a String in answers). */
        version_format: { type: "integer", enum: [0, 1, 2] },
        /**
         * Whether to return dataset labels. Options: · true: Return label information. · false: Do not return label
         * information. (Default value)
         */
        with_labels: BOOLEAN,
        /**
         * Workspace ID. If no workspace is created, the default value is 0. If a workspace is created and used, use the
         * actual value.
         */
        workspace_id: ID_PARAM,
        /** `v1`, `v2` or `all`; the page calls both `v1` and `v2` the default. */
        dataset_version: { type: "string", enum: ["v1", "v2", "all"] },
    },
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Query parameters of the dataset list ("Querying the Dataset List", Table 2). */
export interface DatasetListQuery extends TypeOf<typeof datasetListQuerySchema> {}

/** Query parameters of "Querying Details About a Dataset". */
export const datasetDetailQuerySchema = {
    type: "object",
    properties: {
        /** Whether to detect tasks (including initialization tasks) that are running in the dataset. */
        check_running_task: BOOLEAN,
        /** 0 auto labeling, 1 pre-labeling, 2 export, 3 version switch, 4 manifest export, 5 manifest import, … */
        running_task_type: { type: "integer", enum: [0, 1, 2, 3, 4, 5, 6, 7] },
    },
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Query of "Querying Details About a Dataset". */
export interface DatasetDetailQuery extends TypeOf<typeof datasetDetailQuerySchema> {}

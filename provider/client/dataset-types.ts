/**
 * The dataset and version APIs' raw answers, modify body and queries, snake_case as documented: "Querying the
 * Dataset List" (DatasetAndFilePreview and the tables it refers to), "Querying Details About a Dataset" (the same
 * fields, without `data_url` and `samples`), the version pages, "Modifying a Dataset" and "Obtaining Dataset
 * Statistics". As in `types.ts`, every object is open and every field optional except those an answer-shape check
 * guarantees. Map-typed fields (`property`, `tags`, `data_statistics`, `deletion_stats`, `data_analysis`) are user
 * or service maps whose keys are data. Create bodies come from the resources' input tables.
 */
import type { ImportDataSource, Json, Open } from "./types";

/** A label attribute value (LabelAttributeValue). */
export interface LabelAttributeValueResponse extends Open {
    /** Label attribute value ID. */
    readonly id?: string;
    /** Label attribute value. */
    readonly value?: string;
}

/** A label attribute (LabelAttribute). */
export interface LabelAttributeResponse extends Open {
    /** Default value of a label attribute. */
    readonly default_value?: string;
    /** Label attribute ID. You can query the tag by invoking the tag list. */
    readonly id?: string;
    /** Label attribute name. The value contains a maximum of 64 characters and cannot contain the character. <>=&"'. */
    readonly name?: string;
    /** `text` or `select`. */
    readonly type?: string;
    /** List of label attribute values. */
    readonly values?: readonly LabelAttributeValueResponse[];
}

/** A label (Label). */
export interface LabelResponse extends Open {
    /**
     * Multi-dimensional attribute of a label. For example, if the label is music, attributes such as style and artist
     * may be included.
     */
    readonly attributes?: readonly LabelAttributeResponse[];
    /** Label name. */
    readonly name?: string;
    /** LabelProperty: keys such as `@modelarts:color`, kept verbatim. */
    readonly property?: Readonly<Record<string, string>>;
    /** Label type: the dataset type codes without 400 and 900, plus 102 relationship and 103 entity. */
    readonly type?: number;
}

/** Label statistics of a released version (LabelStats). */
export interface LabelStatsResponse extends LabelResponse {
    /** Number of labels. */
    readonly count?: number;
    /** Number of samples containing the label. */
    readonly sample_count?: number;
}

/** A preview file of the dataset list with `file_preview=true` (AnnotationFile). */
export interface AnnotationFileResponse extends Open {
    /** Time when a sample is created. */
    readonly create_time?: number;
    /** Dataset ID. */
    readonly dataset_id?: string;
    /** Number of image sample channels. */
    readonly depth?: number;
    /** Spelled `file_Name` by the page. */
    readonly file_Name?: string;
    /** Sample ID. */
    readonly file_id?: string;
    /** File type. */
    readonly file_type?: string;
    /** Image sample height. */
    readonly height?: number;
    /** Image sample size. */
    readonly size?: number;
    /** Label information of a sample. */
    readonly tags?: Readonly<Record<string, string>>;
    /** A pre-signed OBS URL. */
    readonly url?: string;
    /** Image sample width. */
    readonly width?: number;
}

/** A column of a table dataset (Field). */
export interface SchemaFieldResponse extends Open {
    /** Schema description. */
    readonly description?: string;
    /** Schema name. */
    readonly name?: string;
    /** Schema ID. */
    readonly schema_id?: number;
    /** Schema value type. */
    readonly type?: string;
}

/** A dataset version (DatasetVersion): only the current version is recorded. */
export interface DatasetVersionFields extends Open {
    /** Number of added samples. */
    readonly add_sample_count?: number;
    /** Cache path for feature analysis. */
    readonly analysis_cache_path?: string;
    /** 0 initialized, 1 running, 2 completed, 3 failed. */
    readonly analysis_status?: number;
    /** ID of a feature analysis task. */
    readonly analysis_task_id?: string;
    /** Number of samples with labeled versions. */
    readonly annotated_sample_count?: number;
    /** Number of labeled subsamples. */
    readonly annotated_sub_sample_count?: number;
    /**
     * Whether to clear hard example properties during release. Options: · true: Clear hard example properties. (Default
     * value) · false: Do not clear hard example properties.
     */
    readonly clear_hard_property?: boolean;
    /** Status code of a preprocessing task such as rotation and cropping. */
    readonly code?: string;
    /** Time when a version is created. */
    readonly create_time?: number;
    /**
     * Whether to crop the image. This field is valid only for the object detection dataset whose labeling box is in the
     * rectangle shape. Options: · true: Crop the image. · false: Do not crop the image. (Default value)
     */
    readonly crop?: boolean;
    /** Path for storing cropped files. */
    readonly crop_path?: string;
    /** Temporary directory for executing the rotation and cropping task. */
    readonly crop_rotate_cache_path?: string;
    /** Feature analysis result in JSON format. */
    readonly data_analysis?: Readonly<Record<string, Json>>;
    /** Path for storing data. */
    readonly data_path?: string;
    /** Sample statistics on a dataset, including the statistics on sample metadata in JSON format. */
    readonly data_statistics?: Readonly<Record<string, Json>>;
    /**
     * Whether data is validated by the validation algorithm before release. Options: · true: The data has been
     * validated. · false: The data has not been validated.
     */
    readonly data_validate?: boolean;
    /** Number of deleted samples. */
    readonly deleted_sample_count?: number;
    /** Deletion reason statistics. */
    readonly deletion_stats?: Readonly<Record<string, number>>;
    /** Description of a version. */
    readonly description?: string;
    /**
     * Whether to export images to the version output directory during release. Options: · true: Export images to the
     * version output directory. · false: Do not export images to the version output directory. (Default value)
     */
    readonly export_images?: boolean;
    /**
     * Whether to parse the subsample number during release. The field is valid for the healthcare dataset. Options: ·
     * true: Parse the subsample number. · false: Do not parse the subsample number. (Default value)
     */
    readonly extract_serial_number?: boolean;
    /**
     * Whether to include the source data of a dataset during release. Options: · true: The source data of a dataset is
     * included. · false: The source data of a dataset is not included.
     */
    readonly include_dataset_data?: boolean;
    /**
     * Whether the current dataset version is used. Options: · true: The current dataset version is used. · false: The
     * current dataset version is not used.
     */
    readonly is_current?: boolean;
    /** Label statistics list of a released version. */
    readonly label_stats?: readonly LabelStatsResponse[];
    /** `multi` or `single`. */
    readonly label_type?: string;
    /** Input path for the manifest file cache during version release. */
    readonly manifest_cache_input_path?: string;
    /** Path for storing the manifest file with the released version. */
    readonly manifest_path?: string;
    /** Task information recorded during release (for example, error information). */
    readonly message?: string;
    /** Number of modified samples. */
    readonly modified_sample_count?: number;
    /** Number of labeled samples of parent versions. */
    readonly previous_annotated_sample_count?: number;
    /** Total samples of parent versions. */
    readonly previous_total_sample_count?: number;
    /** Parent version ID */
    readonly previous_version_id?: string;
    /** ID of a preprocessing task such as rotation and cropping. */
    readonly processor_task_id?: string;
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped, 5 timeout, 6 deletion failed, 7 stop failed. */
    readonly processor_task_status?: number;
    /**
     * Whether to clear the existing usage information of a dataset during release. Options: · true: Clear the existing
     * usage information of a dataset. (Default value) · false: Do not clear the existing usage information of a
     * dataset.
     */
    readonly remove_sample_usage?: boolean;
    /**
     * Whether to rotate the image. Options: · true: Rotate the image. · false: Do not rotate the image. (Default value)
     */
    readonly rotate?: boolean;
    /** Path for storing the rotated file. */
    readonly rotate_path?: string;
    /**
     * Sample status. The options are as follows: · __ALL__: labeled · __NONE__: not marked · __UNCHECK__: to be
     * accepted · __ACCEPTED__: The acceptance is passed. · __REJECTED__: rejected · __UNREVIEWED__: to be reviewed ·
     * __REVIEWED__: approved · __WORKFORCE_SAMPLED__: sampled · __WORKFORCE_SAMPLED_UNCHECK__: Sampling is to be
     * accepted. · __WORKFORCE_SAMPLED_CHECKED__: Sampling has been accepted. · __WORKFORCE_SAMPLED_ACCEPTED__: The
     * sampling is passed. · __WORKFORCE_SAMPLED_REJECTED__: The sampling has been rejected. · __AUTO_ANNOTATION__: to
     * be confirmed
     */
    readonly sample_state?: string;
    /**
     * Whether to start a data analysis task during release. Options: · true: Start a data analysis task during release.
     * · false: Do not start a data analysis task during release. (Default value)
     */
    readonly start_processor_task?: boolean;
    /** 0 creating, 1 running (the usable state), 2 deleting, 3 deleted, 4 error. */
    readonly status?: number;
    /**
     * Key identifier list of the dataset. The labeling type is used as the default label when the labeling task
     * releases a version. For example, ["Image","Object detection"].
     */
    readonly tags?: readonly string[];
    /** Labeling task type of the released version, which is the same as the dataset type. */
    readonly task_type?: number;
    /** Total number of version samples. */
    readonly total_sample_count?: number;
    /** Total number of subsamples generated from the parent samples. */
    readonly total_sub_sample_count?: number;
    /** A String such as `"0.8"`. */
    readonly train_evaluate_sample_ratio?: string;
    /** Time when a version is updated. */
    readonly update_time?: number;
    /** `Default`, `CarbonData` or `CSV`. */
    readonly version_format?: string;
    /** Dataset version ID. */
    readonly version_id?: string;
    /** Dataset version name. */
    readonly version_name?: string;
    /**
     * Whether the first row in the released CSV file is a column name. This field is valid for the table dataset.
     * Options: · true: The first row in the released CSV file is a column name. · false: The first row in the released
     * CSV file is not a column name.
     */
    readonly with_column_header?: boolean;
}

/** A member of a labeling team (Worker). */
export interface WorkerResponse extends Open {
    /** Creation time. */
    readonly create_time?: number;
    /**
     * Labeling team member description. The value contains 0 to 256 characters and does not support the following
     * special characters: ``^!<>=&"'``
     */
    readonly description?: string;
    /** Email address of a labeling team member. */
    readonly email?: string;
    /** 0 labeler, 1 reviewer, 2 team administrator, 3 dataset owner. */
    readonly role?: number;
    /**
     * Current login status of a labeling team member. Options: · 0: The invitation email has not been sent. · 1: The
     * invitation email has been sent but the user has not logged in. · 2: The user has logged in. · 3: The labeling
     * team member has been deleted.
     */
    readonly status?: number;
    /** Update time. */
    readonly update_time?: number;
    /** ID of a labeling team member. */
    readonly worker_id?: string;
    /** ID of a labeling team. */
    readonly workforce_id?: string;
}

/** Team labeling information (WorkforceDescriptor). */
export interface WorkforceDescriptorResponse extends Open {
    /** ID of a team labeling task. */
    readonly current_task_id?: string;
    /** Name of a team labeling task. */
    readonly current_task_name?: string;
    /** Number of rejected samples. */
    readonly reject_num?: number;
    /** Number of persons who label each sample. The minimum value is 1. */
    readonly repetition?: number;
    /**
     * Whether to synchronously update auto labeling data. Options: · true: Update auto labeling data synchronously. ·
     * false: Do not update auto labeling data synchronously.
     */
    readonly is_synchronize_auto_labeling_data?: boolean;
    /**
     * Whether to synchronize updated data, such as uploading files, synchronizing data sources, and assigning imported
     * unlabeled files to team members. Options: · true: Synchronize updated data to team members. · false: Do not
     * synchronize updated data to team members.
     */
    readonly is_synchronize_data?: boolean;
    /** List of labeling team members. */
    readonly workers?: readonly WorkerResponse[];
    /** ID of a labeling team. */
    readonly workforce_id?: string;
    /** Name of a labeling team. */
    readonly workforce_name?: string;
}

/**
 * `GET /v2/{project_id}/datasets/{dataset_id}` ("Querying Details About a Dataset") and each item of the list
 * ("Querying the Dataset List", DatasetAndFilePreview).
 */
export interface DatasetFields extends Open {
    /** Number of labeled samples in a dataset. */
    readonly annotated_sample_count?: number;
    /** Number of labeled subsamples. */
    readonly annotated_sub_sample_count?: number;
    /**
     * Whether to enable content labeling for the speech paragraph labeling dataset. This function is enabled by
     * default.
     */
    readonly content_labeling?: boolean;
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Current version ID of a dataset. */
    readonly current_version_id?: string;
    /**
     * Current version name of a dataset. Version name. The value is a string of 1 to 32 characters consisting of
     * letters, digits, underscores (_), and hyphens (-).
     */
    readonly current_version_name?: string;
    /** Data format. */
    readonly data_format?: string;
    /** Data source list. */
    readonly data_sources?: readonly ImportDataSource[];
    /** Sample statistics on a dataset, including the statistics on sample metadata in JSON format. */
    readonly data_statistics?: Readonly<Record<string, Json>>;
    /** Time when a sample and a label are updated. */
    readonly data_update_time?: number;
    /** List items only. */
    readonly data_url?: string;
    /** 0 file, 1 table. */
    readonly dataset_format?: number;
    /** Dataset ID. */
    readonly dataset_id?: string;
    /** Dataset name. */
    readonly dataset_name?: string;
    /** Key identifier list of a dataset, for example, ["Image","Object detection"]. */
    readonly dataset_tags?: readonly string[];
    /** The `dataset_type` codes of docs/api-notes.md ("Enumerations"). */
    readonly dataset_type?: number;
    /** Version number of a dataset. */
    readonly dataset_version_count?: number;
    /** Number of deleted samples. */
    readonly deleted_sample_count?: number;
    /** Deletion reason statistics. */
    readonly deletion_stats?: Readonly<Record<string, number>>;
    /** Dataset description. */
    readonly description?: string;
    /** Enterprise project ID. */
    readonly enterprise_project_id?: string;
    /**
     * Whether the dataset contains running (including initialization) tasks. Options: · true: The dataset contains
     * running tasks. · false: The dataset does not contain running tasks.
     */
    readonly exist_running_task?: boolean;
    /**
     * Whether the dataset contains team labeling tasks. Options: · true: The dataset contains team labeling tasks. ·
     * false: The dataset does not contain team labeling tasks.
     */
    readonly exist_workforce_task?: boolean;
    /**
     * List of features supported by the dataset. Currently, only the value 0 is supported, indicating that the OBS file
     * size is limited.
     */
    readonly feature_supports?: readonly string[];
    /** Whether to import data. Options: · true: Import data. · false: Do not import data. */
    readonly import_data?: boolean;
    /** ID of an import task. */
    readonly import_task_id?: string;
    /** Path for storing the labeling result of a dataset. */
    readonly inner_annotation_path?: string;
    /** Path for storing the internal data of a dataset. */
    readonly inner_data_path?: string;
    /** Path for storing internal logs of a dataset. */
    readonly inner_log_path?: string;
    /** Path for internal task of a dataset. */
    readonly inner_task_path?: string;
    /** Path for storing internal temporary files of a dataset. */
    readonly inner_temp_path?: string;
    /** Output directory of a dataset. */
    readonly inner_work_path?: string;
    /** Number of labeling tasks. */
    readonly label_task_count?: number;
    /** Dataset label list. */
    readonly labels?: readonly LabelResponse[];
    /** Number of loading samples. */
    readonly loading_sample_count?: number;
    /** Whether a dataset is hosted. Options: · true: The dataset is hosted. · false: The dataset is not hosted. */
    readonly managed?: boolean;
    /** Number of next versions of a dataset. */
    readonly next_version_num?: number;
    /** ID list of running (including initialization) tasks. */
    readonly running_tasks_id?: readonly string[];
    /** List items with `file_preview=true` only: four preview files. */
    readonly samples?: readonly AnnotationFileResponse[];
    /** Schema list. */
    readonly schema?: readonly SchemaFieldResponse[];
    /**
     * 0 creating, 1 normal, 2 deleting, 3 deleted, 4 abnormal, 5 synchronizing, 6 releasing, 7 version switching,
     * 8 importing.
     */
    readonly status?: number;
    /** Third-party path. */
    readonly third_path?: string;
    /** Total number of dataset samples. */
    readonly total_sample_count?: number;
    /**
     * Total number of subsamples generated from the parent samples. For example, the total number of key frame images
     * extracted from the video labeling dataset is that of subsamples.
     */
    readonly total_sub_sample_count?: number;
    /** Number of auto labeling samples to be confirmed. */
    readonly unconfirmed_sample_count?: number;
    /** Epoch milliseconds. */
    readonly update_time?: number;
    /** Dataset version information. Currently, only the current version information of a dataset is recorded. */
    readonly versions?: readonly DatasetVersionFields[];
    /** `/bucket/dir/`, no scheme. */
    readonly work_path?: string;
    /** Type of the dataset output path. The default value is 0, indicating an OBS bucket. */
    readonly work_path_type?: number;
    /** Team labeling information. */
    readonly workforce_descriptor?: WorkforceDescriptorResponse;
    /** Number of team labeling tasks of a dataset. */
    readonly workforce_task_count?: number;
    /**
     * Workspace ID. If no workspace is created, the default value is 0. If a workspace is created and used, use the
     * actual value.
     */
    readonly workspace_id?: string;
}

/** `GET /v2/{project_id}/datasets` ("Querying the Dataset List"). */
export interface DatasetListResponse extends Open {
    /** Dataset list queried by page. */
    readonly datasets?: DatasetFields[];
    /** "Cannot exceed 100" (sic): the number of datasets is that of the pages, not this (docs/api-notes.md). */
    readonly total_number?: number;
}

/** Query parameters of the dataset list ("Querying the Dataset List", Table 2). */
export interface DatasetListQuery {
    /**
     * Whether to detect tasks (including initialization tasks) that are running in a dataset. Options: · true: Detect
     * tasks (including initialization tasks) that are running in the dataset. · false: Do not detect tasks (including
     * initialization tasks) that are running in the dataset. (Default value)
     */
    readonly check_running_task?: boolean;
    /** Whether the dataset contains a version. */
    readonly contain_versions?: boolean;
    /**
     * Dataset type. Options: · 0: image classification · 1: object detection · 3: image segmentation · 100: text
     * classification · 101: named entity recognition · 102: text triplet · 200: sound classification · 201: speech
     * content · 202: speech paragraph labeling · 400: table dataset · 600: video labeling · 900: custom format
     */
    readonly dataset_type?: 0 | 1 | 3 | 100 | 101 | 102 | 200 | 201 | 202 | 400 | 600 | 900;
    /**
     * Whether a dataset supports preview when it is queried. Options: · true: Preview is supported and the list of four
     * dataset files is returned. · false: Preview is not supported. (Default value)
     */
    readonly file_preview?: boolean;
    /** Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is 10. */
    readonly limit?: number;
    /** Start page of the paging list. The default value is 0. */
    readonly offset?: number;
    /** Sorting sequence of the query. Options: · asc: ascending order · desc: descending order (default value) */
    readonly order?: "asc" | "desc";
    /**
     * 0 auto labeling, 1 pre-labeling, 2 export, 3 version switch, 4 manifest export, 5 manifest import,
     * 6 version publishing, 7 auto grouping.
     */
    readonly running_task_type?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
    /** Fuzzy search keyword. */
    readonly search_content?: string;
    /**
     * Sorting mode of the query. Options: · create_time: Sort by creation time. (Default value) · dataset_name: Sort by
     * dataset name.
     */
    readonly sort_by?: "create_time" | "dataset_name";
    /**
     * Whether to filter datasets that can be exported only (including datasets of image classification, object
     * detection, and custom format). If this parameter is left blank or the value is set to false, datasets are not
     * filtered. Options: · true: Filter out only datasets that can be exported. · false: Do not filter out only
     * datasets that can be exported. (Default value)
     */
    readonly support_export?: boolean;
    /** `"min,max"`, e.g. `"0.0,1.0"`. */
    readonly train_evaluate_ratio?: string;
    /** 0 Default, 1 CarbonData, 2 CSV (an Integer here, a String in answers). */
    readonly version_format?: 0 | 1 | 2;
    /**
     * Whether to return dataset labels. Options: · true: Return label information. · false: Do not return label
     * information. (Default value)
     */
    readonly with_labels?: boolean;
    /**
     * Workspace ID. If no workspace is created, the default value is 0. If a workspace is created and used, use the
     * actual value.
     */
    readonly workspace_id?: string;
    /** `v1`, `v2` or `all`; the page calls both `v1` and `v2` the default. */
    readonly dataset_version?: "v1" | "v2" | "all";
}

/** `GET /v2/{project_id}/datasets/{dataset_id}`: `dataset_id`, `dataset_name` and `status` always (checked). */
export interface DatasetResponse extends DatasetFields {
    readonly dataset_id: string;
    readonly dataset_name: string;
    /** 0 creating, 1 normal, 2 deleting, 3 deleted, 4 abnormal, 5 synchronizing, 6 releasing, 7 switching, 8 importing. */
    readonly status: number;
}

/** `GET …/datasets/{dataset_id}/versions/{version_id}`: `version_id`, `version_name` and `status` always (checked). */
export interface DatasetVersionResponse extends DatasetVersionFields {
    readonly version_id: string;
    readonly version_name: string;
    /** 0 creating, 1 published (the pages' "running", docs/api-notes.md), 2 deleting, 3 deleted, 4 error. */
    readonly status: number;
}

/** `POST /v2/{project_id}/datasets` ("Creating a Dataset"): `dataset_id` is always there (checked); only it is used. */
export interface CreateDatasetResponse extends Open {
    readonly dataset_id: string;
    readonly import_task_id?: string;
    readonly error_code?: string;
    readonly error_msg?: string;
}

/** `PUT /v2/{project_id}/datasets/{dataset_id}` ("Modifying a Dataset"). */
export interface UpdateDatasetResponse extends Open {
    readonly dataset_id?: string;
}

/** `POST …/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version"): `version_id` always (checked). */
export interface CreateDatasetVersionResponse extends Open {
    readonly version_id: string;
}

/** `GET …/datasets/{dataset_id}/versions` ("Querying the Dataset Version List"): `versions` always (checked). */
export interface DatasetVersionListResponse extends Open {
    readonly versions: readonly DatasetVersionFields[];
    readonly total_number?: number;
}

/** `GET …/datasets/{dataset_id}/data-annotations/stats` ("Obtaining Dataset Statistics"): every field may be absent. */
export interface DatasetStatsResponse extends Open {
    readonly label_stats?: readonly LabelStatsResponse[];
    /** `un_annotation`, `all`, `total`, `deleted`, `manual_annotation`, `auto_annotation`, `lefted` (sic). */
    readonly sample_stats?: Readonly<Record<string, number>>;
    readonly key_sample_stats?: Readonly<Record<string, number>>;
    readonly grouped_label_stats?: Readonly<Record<string, readonly LabelStatsResponse[]>>;
    readonly hard_detail_stats?: Readonly<Record<string, unknown>>;
    readonly metadata_stats?: Readonly<Record<string, unknown>>;
    readonly data_spliting_enable?: boolean;
    readonly data_path?: string;
}

/** `version_format` in bodies and answers; as a list filter it is sent as 0 / 1 / 2. */
export type VersionFormat = "Default" | "CarbonData" | "CSV";

/** A label in a modify's lists: its body form, as the Dataset input table's `labels` send it. */
export type LabelBody = Readonly<Record<string, unknown>>;

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

/** Query of "Querying Details About a Dataset". */
export interface DatasetDetailQuery {
    readonly check_running_task?: boolean;
    /** 0 auto labeling, 1 pre-labeling, 2 export, 3 version switch, 4 manifest export, 5 manifest import, … */
    readonly running_task_type?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** Query of "Obtaining Dataset Statistics". */
export interface DatasetStatsQuery {
    readonly email?: string;
    readonly locale?: string;
    /** `__ALL__`, `__NONE__`, … (the export task's sample states). */
    readonly sample_state?: string;
}

/** Query of "Querying the Dataset Version List". */
export interface DatasetVersionListQuery {
    /** 0 creating, 1 running (published), 2 deleting, 3 deleted, 4 error. */
    readonly status?: 0 | 1 | 2 | 3 | 4;
    /** "min,max", e.g. `0.0,1.0`. */
    readonly train_evaluate_ratio?: string;
    /** Sent as the integer the filter takes (Default 0, CarbonData 1, CSV 2; docs/api-notes.md). */
    readonly version_format?: VersionFormat;
    /** A page number, from 0 (docs/api-notes.md "Paging"). */
    readonly offset?: number;
    /** 1-1000, default 1000. */
    readonly limit?: number;
}

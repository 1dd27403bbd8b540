/**
 * Raw dataset answers and queries, snake_case as documented: "Querying the Dataset List" (DatasetAndFilePreview and
 * the tables it refers to) and "Querying Details About a Dataset" (the same fields, without `data_url` and
 * `samples`). As in `types.ts`, every field is optional and every object open. Map-typed fields (`property`,
 * `tags`, `data_statistics`, `deletion_stats`, `data_analysis`) are user or service maps whose keys are data.
 */
import type { ImportDataSource, Json, Open } from "./types";

/** A label attribute value (LabelAttributeValue). */
export interface LabelAttributeValueResponse extends Open {
    readonly id?: string;
    readonly value?: string;
}

/** A label attribute (LabelAttribute). */
export interface LabelAttributeResponse extends Open {
    readonly default_value?: string;
    readonly id?: string;
    readonly name?: string;
    /** `text` or `select`. */
    readonly type?: string;
    readonly values?: readonly LabelAttributeValueResponse[];
}

/** A label (Label). */
export interface LabelResponse extends Open {
    readonly attributes?: readonly LabelAttributeResponse[];
    readonly name?: string;
    /** LabelProperty: keys such as `@modelarts:color`, kept verbatim. */
    readonly property?: Readonly<Record<string, string>>;
    /** Label type: the dataset type codes without 400 and 900, plus 102 relationship and 103 entity. */
    readonly type?: number;
}

/** Label statistics of a released version (LabelStats). */
export interface LabelStatsResponse extends LabelResponse {
    readonly count?: number;
    readonly sample_count?: number;
}

/** A preview file of the dataset list with `file_preview=true` (AnnotationFile). */
export interface AnnotationFileResponse extends Open {
    readonly create_time?: number;
    readonly dataset_id?: string;
    readonly depth?: number;
    /** Spelled `file_Name` by the page. */
    readonly file_Name?: string;
    readonly file_id?: string;
    readonly file_type?: string;
    readonly height?: number;
    readonly size?: number;
    readonly tags?: Readonly<Record<string, string>>;
    /** A pre-signed OBS URL. */
    readonly url?: string;
    readonly width?: number;
}

/** A column of a table dataset (Field). */
export interface SchemaFieldResponse extends Open {
    readonly description?: string;
    readonly name?: string;
    readonly schema_id?: number;
    readonly type?: string;
}

/** A dataset version (DatasetVersion): only the current version is recorded. */
export interface DatasetVersionResponse extends Open {
    readonly add_sample_count?: number;
    readonly analysis_cache_path?: string;
    /** 0 initialized, 1 running, 2 completed, 3 failed. */
    readonly analysis_status?: number;
    readonly analysis_task_id?: string;
    readonly annotated_sample_count?: number;
    readonly annotated_sub_sample_count?: number;
    readonly clear_hard_property?: boolean;
    readonly code?: string;
    readonly create_time?: number;
    readonly crop?: boolean;
    readonly crop_path?: string;
    readonly crop_rotate_cache_path?: string;
    readonly data_analysis?: Readonly<Record<string, Json>>;
    readonly data_path?: string;
    readonly data_statistics?: Readonly<Record<string, Json>>;
    readonly data_validate?: boolean;
    readonly deleted_sample_count?: number;
    readonly deletion_stats?: Readonly<Record<string, number>>;
    readonly description?: string;
    readonly export_images?: boolean;
    readonly extract_serial_number?: boolean;
    readonly include_dataset_data?: boolean;
    readonly is_current?: boolean;
    readonly label_stats?: readonly LabelStatsResponse[];
    /** `multi` or `single`. */
    readonly label_type?: string;
    readonly manifest_cache_input_path?: string;
    readonly manifest_path?: string;
    readonly message?: string;
    readonly modified_sample_count?: number;
    readonly previous_annotated_sample_count?: number;
    readonly previous_total_sample_count?: number;
    readonly previous_version_id?: string;
    readonly processor_task_id?: string;
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped, 5 timeout, 6 deletion failed, 7 stop failed. */
    readonly processor_task_status?: number;
    readonly remove_sample_usage?: boolean;
    readonly rotate?: boolean;
    readonly rotate_path?: string;
    readonly sample_state?: string;
    readonly start_processor_task?: boolean;
    /** 0 creating, 1 running (the usable state), 2 deleting, 3 deleted, 4 error. */
    readonly status?: number;
    readonly tags?: readonly string[];
    readonly task_type?: number;
    readonly total_sample_count?: number;
    readonly total_sub_sample_count?: number;
    /** A String such as `"0.8"`. */
    readonly train_evaluate_sample_ratio?: string;
    readonly update_time?: number;
    /** `Default`, `CarbonData` or `CSV`. */
    readonly version_format?: string;
    readonly version_id?: string;
    readonly version_name?: string;
    readonly with_column_header?: boolean;
}

/** A member of a labeling team (Worker). */
export interface WorkerResponse extends Open {
    readonly create_time?: number;
    readonly description?: string;
    readonly email?: string;
    /** 0 labeler, 1 reviewer, 2 team administrator, 3 dataset owner. */
    readonly role?: number;
    readonly status?: number;
    readonly update_time?: number;
    readonly worker_id?: string;
    readonly workforce_id?: string;
}

/** Team labeling information (WorkforceDescriptor). */
export interface WorkforceDescriptorResponse extends Open {
    readonly current_task_id?: string;
    readonly current_task_name?: string;
    readonly reject_num?: number;
    readonly repetition?: number;
    readonly is_synchronize_auto_labeling_data?: boolean;
    readonly is_synchronize_data?: boolean;
    readonly workers?: readonly WorkerResponse[];
    readonly workforce_id?: string;
    readonly workforce_name?: string;
}

/**
 * `GET /v2/{project_id}/datasets/{dataset_id}` ("Querying Details About a Dataset") and each item of the list
 * ("Querying the Dataset List", DatasetAndFilePreview).
 */
export interface DatasetResponse extends Open {
    readonly annotated_sample_count?: number;
    readonly annotated_sub_sample_count?: number;
    readonly content_labeling?: boolean;
    /** Epoch milliseconds. */
    readonly create_time?: number;
    readonly current_version_id?: string;
    readonly current_version_name?: string;
    readonly data_format?: string;
    readonly data_sources?: readonly ImportDataSource[];
    readonly data_statistics?: Readonly<Record<string, Json>>;
    readonly data_update_time?: number;
    /** List items only. */
    readonly data_url?: string;
    /** 0 file, 1 table. */
    readonly dataset_format?: number;
    readonly dataset_id?: string;
    readonly dataset_name?: string;
    readonly dataset_tags?: readonly string[];
    /** The `dataset_type` codes of docs/api-notes.md ("Enumerations"). */
    readonly dataset_type?: number;
    readonly dataset_version_count?: number;
    readonly deleted_sample_count?: number;
    readonly deletion_stats?: Readonly<Record<string, number>>;
    readonly description?: string;
    readonly enterprise_project_id?: string;
    readonly exist_running_task?: boolean;
    readonly exist_workforce_task?: boolean;
    readonly feature_supports?: readonly string[];
    readonly import_data?: boolean;
    readonly import_task_id?: string;
    readonly inner_annotation_path?: string;
    readonly inner_data_path?: string;
    readonly inner_log_path?: string;
    readonly inner_task_path?: string;
    readonly inner_temp_path?: string;
    readonly inner_work_path?: string;
    readonly label_task_count?: number;
    readonly labels?: readonly LabelResponse[];
    readonly loading_sample_count?: number;
    readonly managed?: boolean;
    readonly next_version_num?: number;
    readonly running_tasks_id?: readonly string[];
    /** List items with `file_preview=true` only: four preview files. */
    readonly samples?: readonly AnnotationFileResponse[];
    readonly schema?: readonly SchemaFieldResponse[];
    /**
     * 0 creating, 1 normal, 2 deleting, 3 deleted, 4 abnormal, 5 synchronizing, 6 releasing, 7 version switching,
     * 8 importing.
     */
    readonly status?: number;
    readonly third_path?: string;
    readonly total_sample_count?: number;
    readonly total_sub_sample_count?: number;
    readonly unconfirmed_sample_count?: number;
    /** Epoch milliseconds. */
    readonly update_time?: number;
    readonly versions?: readonly DatasetVersionResponse[];
    /** `/bucket/dir/`, no scheme. */
    readonly work_path?: string;
    readonly work_path_type?: number;
    readonly workforce_descriptor?: WorkforceDescriptorResponse;
    readonly workforce_task_count?: number;
    readonly workspace_id?: string;
}

/** `GET /v2/{project_id}/datasets` ("Querying the Dataset List"). */
export interface DatasetListResponse extends Open {
    readonly datasets?: DatasetResponse[];
    /** "Cannot exceed 100" (sic): the number of datasets is that of the pages, not this (docs/api-notes.md). */
    readonly total_number?: number;
}

/** Query parameters of the dataset list ("Querying the Dataset List", Table 2). */
export interface DatasetListQuery {
    readonly check_running_task?: boolean;
    readonly contain_versions?: boolean;
    readonly dataset_type?: 0 | 1 | 3 | 100 | 101 | 102 | 200 | 201 | 202 | 400 | 600 | 900;
    readonly file_preview?: boolean;
    readonly limit?: number;
    readonly offset?: number;
    readonly order?: "asc" | "desc";
    /**
     * 0 auto labeling, 1 pre-labeling, 2 export, 3 version switch, 4 manifest export, 5 manifest import,
     * 6 version publishing, 7 auto grouping.
     */
    readonly running_task_type?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
    /** Fuzzy search keyword. */
    readonly search_content?: string;
    readonly sort_by?: "create_time" | "dataset_name";
    readonly support_export?: boolean;
    /** `"min,max"`, e.g. `"0.0,1.0"`. */
    readonly train_evaluate_ratio?: string;
    /** 0 Default, 1 CarbonData, 2 CSV (an Integer here, a String in answers). */
    readonly version_format?: 0 | 1 | 2;
    readonly with_labels?: boolean;
    readonly workspace_id?: string;
    /** `v1`, `v2` or `all`; the page calls both `v1` and `v2` the default. */
    readonly dataset_version?: "v1" | "v2" | "all";
}

/**
 * Raw ModelArts answers, snake_case as documented. Every object is open and every field optional, except those an
 * answer-shape check (`answer-shape.ts`) guarantees: the service adds undocumented fields (`clear_difficult` in the
 * export examples) and omits documented ones, and the contradictions docs/api-notes.md lists are typed as unions,
 * so reading a documented example never fails.
 */

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields the service may add without notice. */
interface Open {
    readonly [extra: string]: unknown;
}

/** `POST …/import-tasks`, `…/export-tasks`, `…/processor-tasks`: only `task_id` is used (docs/api-notes.md). */
export interface CreateTaskResponse extends Open {
    readonly task_id: string;
}

/** DataSource as answered ("Querying Details About a Dataset Import Task", "Querying Details About a Dataset"). */
export interface ImportDataSource extends Open {
    readonly data_path?: string;
    readonly data_type?: number;
    readonly schema_maps?: ReadonlyArray<{ readonly dest_name?: string; readonly src_name?: string }>;
    /** Holds `user_password` for GaussDB(DWS): never copy it into outputs or logs. */
    readonly source_info?: Readonly<Record<string, unknown>>;
    readonly with_column_header?: boolean;
}

/**
 * `GET …/datasets/{dataset_id}/import-tasks/{task_id}` ("Querying Details About a Dataset Import Task")
 * and each item of the list ("Querying the Dataset Import Task List", ImportTaskStatusResp).
 */
export interface ImportTaskResponse extends Open {
    readonly task_id?: string;
    readonly dataset_id?: string;
    /** QUEUING, STARTING, RUNNING, COMPLETED, FAILED, NOT_EXIST. */
    readonly status?: string;
    /** `obs://` echo of the path sent (docs/api-notes.md). */
    readonly import_path?: string;
    /** 0/1 in answers, `"0"`/`"1"` in the request table, `"dir"`/`"manifest"` in the examples (docs/api-notes.md). */
    readonly import_type?: number | string;
    readonly data_source?: ImportDataSource;
    readonly total_sample_count?: number;
    readonly imported_sample_count?: number;
    readonly annotated_sample_count?: number;
    readonly unconfirmed_sample_count?: number;
    readonly total_sub_sample_count?: number;
    readonly imported_sub_sample_count?: number;
    readonly total_file_count?: number;
    readonly finished_file_count?: number;
    readonly total_file_size?: number;
    readonly finished_file_size?: number;
    readonly file_statistics?: {
        readonly file_num_finished?: number;
        readonly file_num_total?: number;
        readonly file_size_finished?: number;
        readonly file_size_total?: number;
    };
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Epoch milliseconds. */
    readonly update_ms?: number;
    /** Seconds. */
    readonly elapsed_time?: number;
    readonly error_code?: string;
    readonly error_msg?: string;
    readonly processor_task_id?: string;
    readonly processor_task_status?: number;
}

/** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
export interface ImportTaskListResponse extends Open {
    readonly import_tasks?: ImportTaskResponse[];
    readonly total_count?: number;
}

/** Export parameters as answered ("Querying the Dataset Export Task List", Table 5); user maps pass through untyped. */
export interface ExportParamsResponse extends Open {
    readonly export_dest?: string;
    readonly sample_state?: string;
    readonly export_new_dataset_name?: string;
    readonly export_new_dataset_work_path?: string;
    readonly export_dataset_version_format?: string;
    readonly export_dataset_version_name?: string;
    readonly clear_hard_property?: boolean;
    readonly ratio_sample_usage?: boolean;
    /** Documented as the string `"1.00"`, answered as the number `1.0` (docs/api-notes.md). */
    readonly train_sample_ratio?: string | number;
    readonly samples?: string[];
    readonly search_conditions?: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/**
 * `GET …/datasets/{dataset_id}/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task")
 * and each item of the list ("Querying the Dataset Export Task List", ExportTaskStatusResp).
 */
export interface ExportTaskResponse extends Open {
    readonly task_id?: string;
    /** INIT, RUNNING, SUCCESSED (sic), FAILED; one SDK also knows STOPPING, STOPPED (docs/api-notes.md). */
    readonly status?: string;
    /** Output path without a scheme, e.g. `/bucket/dir/`. */
    readonly path?: string;
    readonly export_type?: number;
    readonly export_format?: number;
    readonly export_params?: ExportParamsResponse;
    readonly version_format?: string;
    readonly version_id?: string;
    /** Percent. */
    readonly progress?: number;
    readonly total_sample_count?: number;
    readonly finished_sample_count?: number;
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Epoch milliseconds. */
    readonly update_time?: number;
    readonly error_code?: string;
    readonly error_msg?: string;
}

/** `GET …/datasets/{dataset_id}/export-tasks` ("Querying the Dataset Export Task List"). */
export interface ExportTaskListResponse extends Open {
    readonly export_tasks?: ExportTaskResponse[];
    readonly total_count?: number;
}

/** Processing task input or work path ("Querying Details About a Processing Task", Tables 3 and 6). */
export interface ProcessorDataSourceResponse extends Open {
    readonly type?: string;
    readonly source?: string;
    readonly path?: string;
    readonly name?: string;
    readonly output_path?: string;
    readonly version_id?: string;
    readonly version_name?: string;
}

/**
 * `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task") and
 * each item of the list ("Querying the List of a Processing Task", DescribeProcessorTaskResp).
 */
export interface ProcessorTaskResponse extends Open {
    readonly task_id?: string;
    readonly name?: string;
    readonly description?: string;
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped. */
    readonly status?: number;
    readonly template?: {
        readonly id?: string;
        readonly name?: string;
        /** `params` are user maps: keys pass through verbatim. */
        readonly operator_params?: ReadonlyArray<Readonly<Record<string, unknown>>>;
    };
    readonly data_source?: ProcessorDataSourceResponse;
    readonly inputs?: ProcessorDataSourceResponse[];
    readonly work_path?: ProcessorDataSourceResponse;
    readonly workspace_id?: string;
    readonly duration_seconds?: number;
    readonly version_count?: number;
    readonly version_id?: string;
    readonly version_name?: string;
    readonly is_current?: boolean;
    /** Typed Object, shown as `"xxx"` in the example: any JSON (docs/api-notes.md). */
    readonly result?: Json;
    readonly error_msg?: string;
    /** Epoch milliseconds. */
    readonly create_time?: number;
}

/** `GET /v2/{project_id}/processor-tasks` ("Querying the List of a Processing Task"). */
export interface ProcessorTaskListResponse extends Open {
    readonly count?: number;
    readonly tasks?: ProcessorTaskResponse[];
}

/** Query parameters of the processing task list ("Querying the List of a Processing Task", Table 2). */
export interface ProcessorTaskListQuery {
    readonly limit?: number;
    readonly offset?: number;
    readonly order?: "asc" | "desc";
    readonly query_current?: boolean;
    readonly return_result?: boolean;
    readonly sort_by?: "create_time" | "name" | "duration_seconds";
    readonly source?: string;
    readonly source_type?: string;
    readonly status?: number;
    /** Fuzzy search keyword. */
    readonly task_name?: string;
    readonly task_type?: string;
    readonly workspace_id?: string;
}

/** Paging of the dataset task lists: `limit` 1–100 (default 10), `offset` from 0. */
export interface PageQuery {
    readonly limit?: number;
    readonly offset?: number;
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

/** A Label as answered; `property` keys (`@modelarts:color`, the user's own) pass through verbatim. */
export interface LabelResponse extends Open {
    readonly attributes?: ReadonlyArray<Readonly<Record<string, unknown>>>;
    readonly name?: string;
    readonly property?: Readonly<Record<string, string>>;
    /** The `Label.type` codes. */
    readonly type?: number;
}

/** LabelStats ("Obtaining Dataset Statistics", the version pages). */
export interface LabelStatsResponse extends LabelResponse {
    readonly count?: number;
    readonly sample_count?: number;
}

/**
 * A dataset version as the list and the detail answer it ("Querying the Dataset Version List", "Querying Details
 * About a Dataset Version", DatasetVersion): every field may be absent.
 */
export interface DatasetVersionFields extends Open {
    readonly version_id?: string;
    readonly version_name?: string;
    /** 0 creating, 1 published (the pages' "running", docs/api-notes.md), 2 deleting, 3 deleted, 4 error. */
    readonly status?: number;
    /** `Default`, `CarbonData`, `CSV`. */
    readonly version_format?: string;
    readonly previous_version_id?: string;
    readonly description?: string;
    readonly is_current?: boolean;
    readonly total_sample_count?: number;
    readonly annotated_sample_count?: number;
    readonly total_sub_sample_count?: number;
    readonly annotated_sub_sample_count?: number;
    readonly add_sample_count?: number;
    readonly deleted_sample_count?: number;
    readonly modified_sample_count?: number;
    readonly previous_total_sample_count?: number;
    readonly previous_annotated_sample_count?: number;
    /** `<work_path><name>-<id>/annotation/<version>/<version>.manifest`. */
    readonly manifest_path?: string;
    readonly data_path?: string;
    /** "1.00" by default, answered as "0.8", "0.99": compare as a number (docs/api-notes.md). */
    readonly train_evaluate_sample_ratio?: string;
    readonly clear_hard_property?: boolean;
    readonly remove_sample_usage?: boolean;
    readonly export_images?: boolean;
    readonly with_column_header?: boolean;
    readonly label_stats?: readonly LabelStatsResponse[];
    /** `single` or `multi`. */
    readonly label_type?: string;
    /** The dataset type. */
    readonly task_type?: number;
    readonly analysis_status?: number;
    readonly extract_serial_number?: boolean;
    /** The release's error, when `status` is 4. */
    readonly message?: string;
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Epoch milliseconds. */
    readonly update_time?: number;
}

/** `GET …/datasets/{dataset_id}/versions/{version_id}`: `version_id`, `version_name` and `status` always (checked). */
export interface DatasetVersionResponse extends DatasetVersionFields {
    readonly version_id: string;
    readonly version_name: string;
    readonly status: number;
}

/** `GET …/datasets/{dataset_id}/versions` ("Querying the Dataset Version List"): `versions` always (checked). */
export interface DatasetVersionListResponse extends Open {
    readonly versions: readonly DatasetVersionFields[];
    readonly total_number?: number;
}

/**
 * A dataset as the detail answers it ("Querying Details About a Dataset"), and each item of "Querying the Dataset
 * List": every field may be absent.
 */
export interface DatasetFields extends Open {
    readonly dataset_id?: string;
    readonly dataset_name?: string;
    /** The `dataset_type` codes. */
    readonly dataset_type?: number;
    /** 0 creating, 1 normal, 2 deleting, 3 deleted, 4 abnormal, 5 synchronizing, 6 releasing, 7 switching, 8 importing. */
    readonly status?: number;
    readonly description?: string;
    readonly data_format?: string;
    /** 0 file, 1 table. */
    readonly dataset_format?: number;
    /** `source_info.user_password` is redacted by the client, whatever the service echoes. */
    readonly data_sources?: readonly ImportDataSource[];
    /** `/bucket/dir/`. */
    readonly work_path?: string;
    readonly work_path_type?: number;
    readonly inner_work_path?: string;
    readonly inner_annotation_path?: string;
    readonly inner_data_path?: string;
    readonly inner_log_path?: string;
    readonly inner_temp_path?: string;
    readonly inner_task_path?: string;
    readonly labels?: readonly LabelResponse[];
    readonly schema?: ReadonlyArray<Readonly<Record<string, unknown>>>;
    readonly import_data?: boolean;
    readonly managed?: boolean;
    readonly workspace_id?: string;
    readonly enterprise_project_id?: string;
    readonly total_sample_count?: number;
    readonly annotated_sample_count?: number;
    readonly unconfirmed_sample_count?: number;
    readonly deleted_sample_count?: number;
    readonly total_sub_sample_count?: number;
    readonly annotated_sub_sample_count?: number;
    readonly current_version_id?: string;
    readonly current_version_name?: string;
    readonly dataset_version_count?: number;
    readonly next_version_num?: number;
    /** Only the current version is recorded. */
    readonly versions?: readonly DatasetVersionFields[];
    readonly exist_running_task?: boolean;
    readonly running_tasks_id?: readonly string[];
    readonly import_task_id?: string;
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Epoch milliseconds. */
    readonly update_time?: number;
    /** Epoch milliseconds. */
    readonly data_update_time?: number;
}

/** `GET /v2/{project_id}/datasets/{dataset_id}`: `dataset_id`, `dataset_name` and `status` always (checked). */
export interface DatasetResponse extends DatasetFields {
    readonly dataset_id: string;
    readonly dataset_name: string;
    readonly status: number;
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

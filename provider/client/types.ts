/**
 * Raw ModelArts answers, snake_case as documented. Every field is optional and every object open: the service
 * adds undocumented fields (`clear_difficult` in the export examples) and omits documented ones, and the
 * contradictions docs/api-notes.md lists are typed as unions, so reading a documented example never fails.
 */

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields the service may add without notice. */
export interface Open {
    readonly [extra: string]: unknown;
}

/** `POST …/import-tasks`, `…/export-tasks`, `…/processor-tasks`: only `task_id` is used (docs/api-notes.md). */
export interface CreateTaskResponse extends Open {
    readonly task_id: string;
}

/** Where a table dataset's data comes from (SourceInfo, in the import-task and dataset pages alike). */
export interface SourceInfoResponse extends Open {
    readonly cluster_id?: string;
    readonly cluster_mode?: string;
    readonly cluster_name?: string;
    readonly database_name?: string;
    readonly input?: string;
    readonly ip?: string;
    readonly port?: string;
    readonly queue_name?: string;
    readonly subnet_id?: string;
    readonly table_name?: string;
    readonly user_name?: string;
    /** GaussDB(DWS) password, echoed by the response tables: never copy it into outputs, results or logs. */
    readonly user_password?: string;
    readonly vpc_id?: string;
}

/** A data source (DataSource: "Querying Details About a Dataset Import Task", "Querying the Dataset List"). */
export interface ImportDataSource extends Open {
    readonly data_path?: string;
    /** 0 OBS, 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
    readonly data_type?: number;
    readonly schema_maps?: ReadonlyArray<{ readonly dest_name?: string; readonly src_name?: string }>;
    readonly source_info?: SourceInfoResponse;
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
    readonly search_conditions?: readonly SearchConditionResponse[];
}

/** An export's search condition ("Querying the Dataset Export Task List", Tables 6–9). */
export interface SearchConditionResponse extends Open {
    readonly coefficient?: string;
    readonly frame_in_video?: number;
    /** `0` not a hard sample, `1` a hard sample. */
    readonly hard?: string;
    readonly import_origin?: string;
    readonly kvp?: string;
    readonly label_list?: {
        readonly labels?: ReadonlyArray<{
            readonly name?: string;
            readonly op?: string;
            /** A user map (attribute name → values): keys pass through verbatim. */
            readonly property?: Readonly<Record<string, readonly string[] | null>>;
            readonly type?: number;
        }>;
        readonly op?: string;
    };
    readonly labeler?: string;
    readonly metadata?: {
        readonly op?: string;
        /** A user map (attribute name → values): keys pass through verbatim. */
        readonly props?: Readonly<Record<string, readonly string[]>>;
    };
    readonly parent_sample_id?: string;
    readonly sample_dir?: string;
    readonly sample_name?: string;
    readonly sample_time?: string;
    readonly score?: string;
    readonly slice_thickness?: string;
    readonly study_date?: string;
    readonly time_in_video?: string;
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
        readonly operator_params?: ReadonlyArray<{
            readonly advanced_params_switch?: boolean;
            readonly id?: string;
            readonly name?: string;
            /** A user map (operator parameter name → value): keys pass through verbatim. */
            readonly params?: Readonly<Record<string, Json>>;
        }>;
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
    readonly source_type?: "OBS" | "TASK" | "DATASET" | "CUSTOM";
    readonly status?: 0 | 1 | 2 | 3 | 4;
    /** Fuzzy search keyword. */
    readonly task_name?: string;
    readonly task_type?: string;
    /** Documented as an Array; sent comma-separated, as the page's example request does. */
    readonly version_id?: readonly string[];
    readonly workspace_id?: string;
}

/** Paging of the list APIs: `limit` 1–100 (default 10), `offset` the page number from 0 (docs/api-notes.md). */
export interface PageQuery {
    readonly limit?: number;
    readonly offset?: number;
}

/** Query parameters of the export task list ("Querying the Dataset Export Task List", Table 2). */
export interface ExportTaskListQuery extends PageQuery {
    /** 0 labeled, 1 unlabeled, 2 all, 3 conditional search; all types when absent. */
    readonly export_type?: 0 | 1 | 2 | 3;
}

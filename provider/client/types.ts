/**
 * Raw ModelArts answers, snake_case as documented. Every object is open and every field optional, except those an
 * answer-shape check (`answer-shape.ts`) guarantees: the service adds undocumented fields (`clear_difficult` in the
 * export examples) and omits documented ones, and the contradictions docs/api-notes.md lists are typed as unions,
 * so reading a documented example never fails. The dataset answers are in `dataset-types.ts`.
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
    /** MRS cluster ID. You can log in to the MRS console to view the information. */
    readonly cluster_id?: string;
    /** Running mode of an MRS cluster. Options: · 0: normal cluster · 1: security cluster */
    readonly cluster_mode?: string;
    /** MRS cluster name You can log in to the MRS console to view the information. */
    readonly cluster_name?: string;
    /** Name of the database to which the table dataset is imported. */
    readonly database_name?: string;
    /** HDFS path of the table data set. For example, /datasets/demo. */
    readonly input?: string;
    /** IP address of your GaussDB(DWS) cluster. */
    readonly ip?: string;
    /** Port number of your GaussDB(DWS) cluster. */
    readonly port?: string;
    /** DLI queue name of a table dataset. */
    readonly queue_name?: string;
    /** Subnet ID of an MRS cluster. */
    readonly subnet_id?: string;
    /** Name of the table to which a table dataset is imported. */
    readonly table_name?: string;
    /** Username, which is mandatory for GaussDB(DWS) data. */
    readonly user_name?: string;
    /** GaussDB(DWS) password, echoed by the response tables: never copy it into outputs, results or logs. */
    readonly user_password?: string;
    /** ID of the VPC where an MRS cluster resides. */
    readonly vpc_id?: string;
}

/** A data source (DataSource: "Querying Details About a Dataset Import Task", "Querying the Dataset List"). */
export interface ImportDataSource extends Open {
    /** Data source path. */
    readonly data_path?: string;
    /** 0 OBS, 1 GaussDB(DWS), 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
    readonly data_type?: number;
    /** Schema mapping information corresponding to the table data. */
    readonly schema_maps?: ReadonlyArray<{
        /** Name of the destination column. */
        readonly dest_name?: string;
        /** Name of the source column. */
        readonly src_name?: string;
    }>;
    /** Information required for importing a table data source. */
    readonly source_info?: SourceInfoResponse;
    /**
     * Whether the first row in the file is a column name. This field is valid for the table dataset. Options: · true:
     * The first row in the file is the column name. · false: The first row in the file is not the column name.
     */
    readonly with_column_header?: boolean;
}

/**
 * `GET …/datasets/{dataset_id}/import-tasks/{task_id}` ("Querying Details About a Dataset Import Task")
 * and each item of the list ("Querying the Dataset Import Task List", ImportTaskStatusResp).
 */
export interface ImportTaskResponse extends Open {
    /** Task ID. */
    readonly task_id?: string;
    /** Dataset ID. */
    readonly dataset_id?: string;
    /** QUEUING, STARTING, RUNNING, COMPLETED, FAILED, NOT_EXIST. */
    readonly status?: string;
    /** `obs://` echo of the path sent (docs/api-notes.md). */
    readonly import_path?: string;
    /** 0/1 in answers, `"0"`/`"1"` in the request table, `"dir"`/`"manifest"` in the examples (docs/api-notes.md). */
    readonly import_type?: number | string;
    /** Data source. */
    readonly data_source?: ImportDataSource;
    /** Total number of samples. */
    readonly total_sample_count?: number;
    /** Number of imported samples. */
    readonly imported_sample_count?: number;
    /** Number of labeled samples. */
    readonly annotated_sample_count?: number;
    /** Number of samples to be confirmed. */
    readonly unconfirmed_sample_count?: number;
    /** Total number of subsamples generated from the parent samples. */
    readonly total_sub_sample_count?: number;
    /** Number of imported subsamples. */
    readonly imported_sub_sample_count?: number;
    /** Total number of files. */
    readonly total_file_count?: number;
    /** Number of files that have been transferred. */
    readonly finished_file_count?: number;
    /** Total file size, in bytes. */
    readonly total_file_size?: number;
    /** Size of the file that has been transferred, in bytes. */
    readonly finished_file_size?: number;
    /** File replication progress */
    readonly file_statistics?: {
        /** Number of files that have been transferred. */
        readonly file_num_finished?: number;
        /** Total number of files. */
        readonly file_num_total?: number;
        /** Size of the file that has been transferred, in bytes. */
        readonly file_size_finished?: number;
        /** Total file size, in bytes. */
        readonly file_size_total?: number;
    };
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Epoch milliseconds. */
    readonly update_ms?: number;
    /** Seconds. */
    readonly elapsed_time?: number;
    /** Error code. */
    readonly error_code?: string;
    /** Error message. */
    readonly error_msg?: string;
    /** ID of a preprocessing task. */
    readonly processor_task_id?: string;
    /** Status of a preprocessing task. */
    readonly processor_task_status?: number;
}

/** `GET …/datasets/{dataset_id}/import-tasks` ("Querying the Dataset Import Task List"). */
export interface ImportTaskListResponse extends Open {
    /** List of import tasks. */
    readonly import_tasks?: ImportTaskResponse[];
    /** Number of import tasks. */
    readonly total_count?: number;
}

/** Export parameters as answered ("Querying the Dataset Export Task List", Table 5); user maps pass through untyped. */
export interface ExportParamsResponse extends Open {
    /**
     * Dataset export type. The options are as follows: · DIR: Data is exported to OBS (default value). · NEW_DATASET:
     * Export data to a new dataset.
     */
    readonly export_dest?: string;
    /**
     * Sample status. The options are as follows: · __ALL__: labeled · __NONE__: not marked · __UNCHECK__: to be
     * accepted · __ACCEPTED__: The acceptance is passed. · __REJECTED__: rejected · __UNREVIEWED__: to be reviewed ·
     * __REVIEWED__: approved · __WORKFORCE_SAMPLED__: sampled · __WORKFORCE_SAMPLED_UNCHECK__: Sampling is to be
     * accepted. · __WORKFORCE_SAMPLED_CHECKED__: Sampling has been accepted. · __WORKFORCE_SAMPLED_ACCEPTED__: The
     * sampling is passed. · __WORKFORCE_SAMPLED_REJECTED__: The sampling has been rejected. · __AUTO_ANNOTATION__: to
     * be confirmed
     */
    readonly sample_state?: string;
    /** Name of the new dataset to which data is exported. */
    readonly export_new_dataset_name?: string;
    /** Working directory of the new dataset to which data is exported. */
    readonly export_new_dataset_work_path?: string;
    /** Format of the dataset version to which data is exported. */
    readonly export_dataset_version_format?: string;
    /** Name of the dataset version to which data is exported. */
    readonly export_dataset_version_name?: string;
    /**
     * Whether to clear hard example attributes. Options: · true: Clear hard example attributes. (Default value) ·
     * false: Do not clear hard example attributes.
     */
    readonly clear_hard_property?: boolean;
    /**
     * Whether to randomly allocate the training set and validation set based on the specified ratio. Options: · true:
     * Allocate the training set and validation set. · false: Do not allocate the training set and validation set.
     * (Default value)
     */
    readonly ratio_sample_usage?: boolean;
    /** Documented as the string `"1.00"`, answered as the number `1.0` (docs/api-notes.md). */
    readonly train_sample_ratio?: string | number;
    /** ID list of exported samples. */
    readonly samples?: string[];
    /** Exported search conditions. The relationship between multiple search conditions is OR. */
    readonly search_conditions?: readonly SearchConditionResponse[];
}

/** An export's search condition ("Querying the Dataset Export Task List", Tables 6–9). */
export interface SearchConditionResponse extends Open {
    /** Filter by coefficient of difficulty. */
    readonly coefficient?: string;
    /** A frame in the video. */
    readonly frame_in_video?: number;
    /** `0` not a hard sample, `1` a hard sample. */
    readonly hard?: string;
    /** Filter by data source. */
    readonly import_origin?: string;
    /** CT dosage, filtered by dosage. */
    readonly kvp?: string;
    /** Label search criteria. */
    readonly label_list?: {
        /** List of label search criteria. */
        readonly labels?: ReadonlyArray<{
            /** Label name. */
            readonly name?: string;
            /**
             * If you want to search for multiple labels, op must be specified. If you search for only one label, op can
             * be left blank. Options: · OR: OR operation · AND: AND operation
             */
            readonly op?: string;
            /** A user map (attribute name → values): keys pass through verbatim. */
            readonly property?: Readonly<Record<string, readonly string[] | null>>;
            /**
             * Label type. Options: · 0: image classification · 1: object detection · 3: image segmentation · 100: text
             * classification · 101: named entity recognition · 102: text triplet relationship · 103: text triplet
             * entity · 200: sound classification · 201: speech content · 202: speech paragraph labeling · 600: video
             * labeling
             */
            readonly type?: number;
        }>;
        /**
         * If you want to search for multiple labels, op must be specified. If you search for only one label, op can be
         * left blank. Options: · OR: OR operation · AND: AND operation
         */
        readonly op?: string;
    };
    /** Labeler. */
    readonly labeler?: string;
    /** Search by sample attribute. */
    readonly metadata?: {
        /**
         * If you want to search for multiple labels, op must be specified. If you search for only one label, op can be
         * left blank. Options: · OR: OR operation · AND: AND operation
         */
        readonly op?: string;
        /** A user map (attribute name → values): keys pass through verbatim. */
        readonly props?: Readonly<Record<string, readonly string[]>>;
    };
    /** Parent sample ID. */
    readonly parent_sample_id?: string;
    /**
     * Directory where data samples are stored (the directory must end with a slash (/)). Only samples in the specified
     * directory are searched for. Recursive search of directories is not supported.
     */
    readonly sample_dir?: string;
    /** Search by sample name, including the file name extension. */
    readonly sample_name?: string;
    /**
     * When a sample is added to the dataset, an index is created based on the last modification time (accurate to day)
     * of the sample on OBS. You can search for the sample based on the time. Options: · month: Search for samples added
     * from 30 days ago to the current day. · day: Search for samples added from yesterday (one day ago) to the current
     * day. · yyyyMMdd-yyyyMMdd: Search for samples added in a specified period (at most 30 days), in the format of
     * Start date-End date. For example, 20190901-2019091501 indicates that samples generated from September 1 to
     * September 15, 2019 are searched.
     */
    readonly sample_time?: string;
    /** Search by confidence. */
    readonly score?: string;
    /** DICOM layer thickness. Samples are filtered by layer thickness. */
    readonly slice_thickness?: string;
    /** DICOM scanning time. */
    readonly study_date?: string;
    /** A time point in the video. */
    readonly time_in_video?: string;
}

/**
 * `GET …/datasets/{dataset_id}/export-tasks/{task_id}` ("Querying the Status of a Dataset Export Task")
 * and each item of the list ("Querying the Dataset Export Task List", ExportTaskStatusResp).
 */
export interface ExportTaskResponse extends Open {
    /** Task ID. */
    readonly task_id?: string;
    /** INIT, RUNNING, SUCCESSED (sic), FAILED; one SDK also knows STOPPING, STOPPED (docs/api-notes.md). */
    readonly status?: string;
    /** Output path without a scheme, e.g. `/bucket/dir/`. */
    readonly path?: string;
    /** Export type. Options: · 0: labeled · 1: unlabeled · 2: all · 3: conditional search */
    readonly export_type?: number;
    /**
     * Format of the exported directory. Options: · 1: tree structure. Example: rabbits/1.jpg,bees/2.jpg. · 2: tile
     * structure. Example: 1.jpg, 1.txt; 2.jpg,2.txt.
     */
    readonly export_format?: number;
    /** Parameters of a dataset export task. */
    readonly export_params?: ExportParamsResponse;
    /**
     * Format of a dataset version. Options: · Default: default format · CarbonData: CarbonData (supported only by table
     * datasets) · CSV: CSV
     */
    readonly version_format?: string;
    /** Dataset version ID. */
    readonly version_id?: string;
    /** Percent. */
    readonly progress?: number;
    /** Total number of samples. */
    readonly total_sample_count?: number;
    /** Number of completed samples. */
    readonly finished_sample_count?: number;
    /** Epoch milliseconds. */
    readonly create_time?: number;
    /** Epoch milliseconds. */
    readonly update_time?: number;
    /** Error code. */
    readonly error_code?: string;
    /** Error message. */
    readonly error_msg?: string;
}

/** `GET …/datasets/{dataset_id}/export-tasks` ("Querying the Dataset Export Task List"). */
export interface ExportTaskListResponse extends Open {
    /** Export task list */
    readonly export_tasks?: ExportTaskResponse[];
    /** Total number of export tasks */
    readonly total_count?: number;
}

/** Processing task input or work path ("Querying Details About a Processing Task", Tables 3 and 6). */
export interface ProcessorDataSourceResponse extends Open {
    /**
     * Data source type. Options: · OBS: Data obtained from OBS · TASK: Data processing task · DATASET: Dataset ·
     * CUSTOM: Data called by resource tenants
     */
    readonly type?: string;
    /**
     * Data source path. Options: · If type is set to OBS, source is an OBS path. · If type is set to TASK, source is a
     * task ID. · If type is set to DATASET, source is a dataset ID. · If type is set to CUSTOM and the API is called by
     * resource tenants, set source to the project_id of the actual user. Otherwise, this field is left blank.
     */
    readonly source?: string;
    /**
     * Working path. Options: · If type is set to OBS, source is an OBS path. · If type is set to DATASET, source is a
     * dataset ID.
     */
    readonly path?: string;
    /** Dataset name. */
    readonly name?: string;
    /** Output path, for example, /datasets/demo. */
    readonly output_path?: string;
    /** Version of a dataset. */
    readonly version_id?: string;
    /** Dataset version name. */
    readonly version_name?: string;
}

/**
 * `GET /v2/{project_id}/processor-tasks/{task_id}` ("Querying Details About a Processing Task") and
 * each item of the list ("Querying the List of a Processing Task", DescribeProcessorTaskResp).
 */
export interface ProcessorTaskResponse extends Open {
    /** ID of a data processing task. */
    readonly task_id?: string;
    /** Name of a data processing task. */
    readonly name?: string;
    /** Description of a data processing task. */
    readonly description?: string;
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped. */
    readonly status?: number;
    /** Data processing template, such as the algorithm ID and parameters. */
    readonly template?: {
        /**
         * Task type, which is the ID of a data processing template. Options: · sys_data_analyse: feature analysis ·
         * sys_data_cleaning: data cleansing · sys_data_augmentation: data augmentation · sys_data_validation: data
         * validation · sys_data_selection: data filtering
         */
        readonly id?: string;
        /** Name of a data processing task. */
        readonly name?: string;
        /** Operator parameter list. */
        readonly operator_params?: ReadonlyArray<{
            /** Advanced parameter switch. */
            readonly advanced_params_switch?: boolean;
            /**
             * Task type, which is the ID of a data processing template. Options: · sys_data_analyse: feature analysis ·
             * sys_data_cleaning: data cleansing · sys_data_augmentation: data augmentation · sys_data_validation: data
             * validation · sys_data_selection: data filtering
             */
            readonly id?: string;
            /** Name of a data processing task. */
            readonly name?: string;
            /** A user map (operator parameter name → value): keys pass through verbatim. */
            readonly params?: Readonly<Record<string, Json>>;
        }>;
    };
    /** Input of a data processing task. Either this parameter or inputs is delivered. */
    readonly data_source?: ProcessorDataSourceResponse;
    /** Input channel list of a data processing task. Either this parameter or data_source is delivered. */
    readonly inputs?: ProcessorDataSourceResponse[];
    /** Working directory of a data processing task. */
    readonly work_path?: ProcessorDataSourceResponse;
    /**
     * Workspace ID of a data processing task. If no workspace is created, the default value is 0. If a workspace is
     * created and used, use the actual value.
     */
    readonly workspace_id?: string;
    /** Running time of data processing, in seconds. */
    readonly duration_seconds?: number;
    /** Version number of a data processing task. */
    readonly version_count?: number;
    /** Dataset version ID corresponding to a data processing task. */
    readonly version_id?: string;
    /** Dataset version name corresponding to a data processing task. */
    readonly version_name?: string;
    /** Whether the current task is the latest of the same type of this version. */
    readonly is_current?: boolean;
    /** Typed Object, shown as `"xxx"` in the example: any JSON (docs/api-notes.md). */
    readonly result?: Json;
    /** Error message. This field is displayed when the value of status is 3. */
    readonly error_msg?: string;
    /** Epoch milliseconds. */
    readonly create_time?: number;
}

/** `GET /v2/{project_id}/processor-tasks` ("Querying the List of a Processing Task"). */
export interface ProcessorTaskListResponse extends Open {
    /** Total number of data processing tasks. */
    readonly count?: number;
    /** Data processing task list queried by page. */
    readonly tasks?: ProcessorTaskResponse[];
}

/** Query parameters of the processing task list ("Querying the List of a Processing Task", Table 2). */
export interface ProcessorTaskListQuery {
    /** Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is 10. */
    readonly limit?: number;
    /** Start page of the paging list. The default value is 0. */
    readonly offset?: number;
    /** Sorting sequence of the query. Options: · asc: ascending order · desc: descending order (default value) */
    readonly order?: "asc" | "desc";
    /**
     * Whether to query only the latest tasks of dataset version. Options: · true: Query only the latest tasks of the
     * dataset version. · false: Query all tasks of the dataset version. (Default value)
     */
    readonly query_current?: boolean;
    /**
     * Whether to return the task result. Options: · true: Return the task result. (Default value) · false: Do not
     * return the task result.
     */
    readonly return_result?: boolean;
    /**
     * Sorting mode of the query. Options: · create_time: Sort by creation time. (Default value) · name: Sort by task
     * name. · duration_seconds: Sort by running time.
     */
    readonly sort_by?: "create_time" | "name" | "duration_seconds";
    /**
     * Data source path of the query. Options: · If type is set to OBS, source is an OBS path. · If type is set to TASK,
     * source is a task ID. · If type is set to DATASET, source is a dataset ID. · If type is set to CUSTOM and the API
     * is called by resource tenants, set source to the project_id of the actual user. Otherwise, this field is left
     * blank.
     */
    readonly source?: string;
    /**
     * Data source type of the query. If this parameter is not specified, all data sources are queried by default.
     * Options: · OBS: Data obtained from OBS · TASK: Data processing task · DATASET: Dataset · CUSTOM: Data called by
     * resource tenants
     */
    readonly source_type?: "OBS" | "TASK" | "DATASET" | "CUSTOM";
    /**
     * Task status of the query. If this parameter is not specified, tasks in all states are queried by default.
     * Options: · 0: initialized · 1: running · 2: completed · 3: failed · 4: stopped
     */
    readonly status?: 0 | 1 | 2 | 3 | 4;
    /** Fuzzy search keyword. */
    readonly task_name?: string;
    /**
     * Task type, which is the ID of a data processing template. Options: · sys_data_analyse: feature analysis ·
     * sys_data_cleaning: data cleansing · sys_data_augmentation: data augmentation · sys_data_validation: data
     * validation · sys_data_selection: data filtering
     */
    readonly task_type?: string;
    /** Documented as an Array; sent comma-separated, as the page's example request does. */
    readonly version_id?: readonly string[];
    /**
     * Workspace ID. If no workspace is created, the default value is 0. If a workspace is created and used, use the
     * actual value.
     */
    readonly workspace_id?: string;
}

/** Paging of the list APIs: `limit` 1–100 (default 10), `offset` the page number from 0 (docs/api-notes.md). */
export interface PageQuery {
    /** Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is 10. */
    readonly limit?: number;
    /** Start page of the paging list. The default value is 0. */
    readonly offset?: number;
}

/** Query parameters of the export task list ("Querying the Dataset Export Task List", Table 2). */
export interface ExportTaskListQuery extends PageQuery {
    /** 0 labeled, 1 unlabeled, 2 all, 3 conditional search; all types when absent. */
    readonly export_type?: 0 | 1 | 2 | 3;
}

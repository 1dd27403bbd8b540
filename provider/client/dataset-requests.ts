/**
 * Request bodies and query parameters of the dataset and dataset-version APIs, snake_case as the pages' tables
 * define them ("Creating a Dataset", "Modifying a Dataset", "Creating a Dataset Labeling Version", "Querying Details
 * About a Dataset", "Obtaining Dataset Statistics", "Querying the Dataset Version List"). Fields the pages mark
 * mandatory are required here; the rules docs/api-notes.md "Datasets and dataset versions" records for their
 * contradictions (one data source, `work_path_type` always 0, the stricter description rule) are the caller's.
 * Label types and properties, attribute values and sample states are the input schemas' own: their keys are the API's.
 */
import type { SampleState } from "../schemas/export-task";
import type { LabelType } from "../schemas/fields";
import type { LabelAttributeValue, LabelProperty } from "../schemas/import-task";

/** `dataset_type`: 0 image classification … 400 table, 600 video, 900 custom format. */
export type DatasetType = 0 | 1 | 3 | 100 | 101 | 102 | 200 | 201 | 202 | 400 | 600 | 900;

/** `version_format` in bodies and answers; as a list filter it is sent as 0 / 1 / 2. */
export type VersionFormat = "Default" | "CarbonData" | "CSV";

/** LabelAttribute: `name` at most 64 characters, none of `<>=&"'`. */
export interface LabelAttribute {
    readonly default_value?: string;
    readonly id?: string;
    readonly name?: string;
    readonly type?: "text" | "select";
    readonly values?: readonly LabelAttributeValue[];
}

/** Label. */
export interface Label {
    readonly attributes?: readonly LabelAttribute[];
    readonly name?: string;
    readonly property?: LabelProperty;
    readonly type?: LabelType;
}

/** SchemaMap of a table data source. */
export interface SchemaMap {
    readonly dest_name?: string;
    readonly src_name?: string;
}

/** SourceInfo of a table data source (DWS, DLI, RDS, MRS). */
export interface SourceInfo {
    readonly cluster_id?: string;
    /** "0" normal, "1" security cluster. */
    readonly cluster_mode?: string;
    readonly cluster_name?: string;
    readonly database_name?: string;
    readonly input?: string;
    readonly ip?: string;
    readonly port?: string;
    readonly queue_name?: string;
    readonly subnet_id?: string;
    readonly table_name?: string;
    /** Mandatory for GaussDB(DWS). */
    readonly user_name?: string;
    /** Mandatory for GaussDB(DWS). A secret: the client redacts it from every error and answer. */
    readonly user_password?: string;
    readonly vpc_id?: string;
}

/** DataSource: `data_type` 0 OBS (default), 1 DWS, 2 DLI, 3 RDS, 4 MRS, 5 AI Gallery, 6 inference service. */
export interface DataSource {
    /** `/bucket/dir/` in the examples. */
    readonly data_path?: string;
    readonly data_type?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    readonly schema_maps?: readonly SchemaMap[];
    readonly source_info?: SourceInfo;
    readonly with_column_header?: boolean;
}

/** LabelFormat of a text dataset: separators are one character each. */
export interface LabelFormat {
    readonly label_type?: "0" | "1";
    readonly text_label_separator?: string;
    readonly text_sample_separator?: string;
}

/** Field of a table dataset's `schema`. */
export interface SchemaField {
    readonly description?: string;
    readonly name?: string;
    readonly schema_id?: number;
    readonly type?: string;
}

/** Worker of a labeling team. */
export interface Worker {
    readonly create_time?: number;
    readonly description?: string;
    readonly email?: string;
    /** 0 labeler, 1 reviewer, 2 team administrator, 3 dataset owner. */
    readonly role?: 0 | 1 | 2 | 3;
    readonly status?: 0 | 1 | 2 | 3;
    readonly update_time?: number;
    readonly worker_id?: string;
    readonly workforce_id?: string;
}

/** WorkforceInformation (team labeling). */
export interface WorkforceInformation {
    /** 0 none, 1 data, 2 labels, 3 data and labels. */
    readonly data_sync_type?: 0 | 1 | 2 | 3;
    readonly repetition?: number;
    readonly synchronize_auto_labeling_data?: boolean;
    readonly synchronize_data?: boolean;
    readonly task_id?: string;
    /** 1-64 letters, digits, `_`, `-`. */
    readonly task_name: string;
    readonly workforces_config?: {
        readonly agency?: string;
        readonly workforces?: ReadonlyArray<{
            readonly workers?: readonly Worker[];
            readonly workforce_id?: string;
            readonly workforce_name?: string;
        }>;
    };
}

/** `POST /v2/{project_id}/datasets` ("Creating a Dataset"). */
export interface CreateDatasetRequest {
    readonly data_format?: "Default" | "CarbonData";
    /** One element: "only one data source can be imported at a time". */
    readonly data_sources: readonly DataSource[];
    /** 1-100 letters, digits, `_`, `-`. */
    readonly dataset_name: string;
    readonly dataset_type?: DatasetType;
    /** 0-256 characters, none of ``^!<>=&"'``. */
    readonly description?: string;
    readonly import_annotations?: boolean;
    readonly import_data?: boolean;
    readonly label_format?: LabelFormat;
    readonly labels?: readonly Label[];
    readonly managed?: boolean;
    readonly schema?: readonly SchemaField[];
    /** `/bucket/dir/`: a directory, 3-700 characters, neither the input path nor under it. */
    readonly work_path: string;
    readonly work_path_type: 0;
    readonly workforce_information?: WorkforceInformation;
    readonly workspace_id?: string;
}

/** `PUT /v2/{project_id}/datasets/{dataset_id}` ("Modifying a Dataset"): only what changes. */
export interface UpdateDatasetRequest {
    readonly add_labels?: readonly Label[];
    readonly current_version_id?: string;
    readonly dataset_name?: string;
    readonly delete_labels?: readonly Label[];
    readonly description?: string;
    /** A label is renamed by `property["@modelarts:rename_to"]`. */
    readonly update_labels?: readonly Label[];
}

/** `POST …/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version"): every field optional. */
export interface CreateDatasetVersionRequest {
    readonly clear_hard_property?: boolean;
    /** 0-256 characters, none of `!<>=&"'`. */
    readonly description?: string;
    readonly export_images?: boolean;
    readonly remove_sample_usage?: boolean;
    /** A String ("1.00" by default), answered in other forms ("0.8"): compare it as a number. */
    readonly train_evaluate_sample_ratio?: string;
    readonly version_format?: VersionFormat;
    /** 1-32 letters, digits, `_`, `-`; the service names versions V001, V002, … otherwise. */
    readonly version_name?: string;
    readonly with_column_header?: boolean;
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
    readonly sample_state?: SampleState;
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

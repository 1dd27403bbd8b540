/**
 * The modify body and the query parameters of the dataset and dataset-version APIs, snake_case as the pages' tables
 * define them ("Modifying a Dataset", "Querying Details About a Dataset", "Obtaining Dataset Statistics", "Querying
 * the Dataset Version List"). Create bodies are derived from the resources' input tables (`schemas/input-table.ts`),
 * as the tasks' are.
 */

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

/**
 * The dataset version answers and list query: "Creating a Dataset Labeling Version", "Querying Details About a
 * Dataset Version" and "Querying the Dataset Version List" (DatasetVersion).
 */
import type { Named, ObjectSchema, TypeOf } from "../../schemas/json-schema";
import { answerKind } from "../answer-check";
import { labelStats } from "./labels";
import { CREATED_ID } from "./creates";
import { answerObject, arrayOf, BOOLEAN, COUNTS, JSON_MAP, NUMBER, STRING, STRINGS } from "./answer-fields";

const datasetVersionSchema = answerObject({
    /** Number of added samples. */
    add_sample_count: NUMBER,
    /** Cache path for feature analysis. */
    analysis_cache_path: STRING,
    /** 0 initialized, 1 running, 2 completed, 3 failed. */
    analysis_status: NUMBER,
    /** ID of a feature analysis task. */
    analysis_task_id: STRING,
    /** Number of samples with labeled versions. */
    annotated_sample_count: NUMBER,
    /** Number of labeled subsamples. */
    annotated_sub_sample_count: NUMBER,
    /**
     * Whether to clear hard example properties during release. Options: · true: Clear hard example properties.
     * (Default value) · false: Do not clear hard example properties.
     */
    clear_hard_property: BOOLEAN,
    /** Status code of a preprocessing task such as rotation and cropping. */
    code: STRING,
    /** Time when a version is created. */
    create_time: NUMBER,
    /**
     * Whether to crop the image. This field is valid only for the object detection dataset whose labeling box is in
     * the rectangle shape. Options: · true: Crop the image. · false: Do not crop the image. (Default value)
     */
    crop: BOOLEAN,
    /** Path for storing cropped files. */
    crop_path: STRING,
    /** Temporary directory for executing the rotation and cropping task. */
    crop_rotate_cache_path: STRING,
    /** Feature analysis result in JSON format. */
    data_analysis: JSON_MAP,
    /** Path for storing data. */
    data_path: STRING,
    /** Sample statistics on a dataset, including the statistics on sample metadata in JSON format. */
    data_statistics: JSON_MAP,
    /**
     * Whether data is validated by the validation algorithm before release. Options: · true: The data has been
     * validated. · false: The data has not been validated.
     */
    data_validate: BOOLEAN,
    /** Number of deleted samples. */
    deleted_sample_count: NUMBER,
    /** Deletion reason statistics. */
    deletion_stats: COUNTS,
    /** Description of a version. */
    description: STRING,
    /**
     * Whether to export images to the version output directory during release. Options: · true: Export images to
     * the version output directory. · false: Do not export images to the version output directory. (Default value)
     */
    export_images: BOOLEAN,
    /**
     * Whether to parse the subsample number during release. The field is valid for the healthcare dataset. Options:
     * · true: Parse the subsample number. · false: Do not parse the subsample number. (Default value)
     */
    extract_serial_number: BOOLEAN,
    /**
     * Whether to include the source data of a dataset during release. Options: · true: The source data of a dataset
     * is included. · false: The source data of a dataset is not included.
     */
    include_dataset_data: BOOLEAN,
    /**
     * Whether the current dataset version is used. Options: · true: The current dataset version is used. · false:
     * The current dataset version is not used.
     */
    is_current: BOOLEAN,
    /** Label statistics list of a released version. */
    label_stats: arrayOf(labelStats),
    /** `multi` or `single`. */
    label_type: STRING,
    /** Input path for the manifest file cache during version release. */
    manifest_cache_input_path: STRING,
    /** Path for storing the manifest file with the released version. */
    manifest_path: STRING,
    /** Task information recorded during release (for example, error information). */
    message: STRING,
    /** Number of modified samples. */
    modified_sample_count: NUMBER,
    /** Number of labeled samples of parent versions. */
    previous_annotated_sample_count: NUMBER,
    /** Total samples of parent versions. */
    previous_total_sample_count: NUMBER,
    /** Parent version ID */
    previous_version_id: STRING,
    /** ID of a preprocessing task such as rotation and cropping. */
    processor_task_id: STRING,
    /** 0 initialized, 1 running, 2 completed, 3 failed, 4 stopped, 5 timeout, 6 deletion failed, 7 stop failed. */
    processor_task_status: NUMBER,
    /**
     * Whether to clear the existing usage information of a dataset during release. Options: · true: Clear the
     * existing usage information of a dataset. (Default value) · false: Do not clear the existing usage information
     * of a dataset.
     */
    remove_sample_usage: BOOLEAN,
    /**
     * Whether to rotate the image. Options: · true: Rotate the image. · false: Do not rotate the image. (Default
     * value)
     */
    rotate: BOOLEAN,
    /** Path for storing the rotated file. */
    rotate_path: STRING,
    /**
     * Sample status. The options are as follows: · __ALL__: labeled · __NONE__: not marked · __UNCHECK__: to be
     * accepted · __ACCEPTED__: The acceptance is passed. · __REJECTED__: rejected · __UNREVIEWED__: to be reviewed
     * · __REVIEWED__: approved · __WORKFORCE_SAMPLED__: sampled · __WORKFORCE_SAMPLED_UNCHECK__: Sampling is to be
     * accepted. · __WORKFORCE_SAMPLED_CHECKED__: Sampling has been accepted. · __WORKFORCE_SAMPLED_ACCEPTED__: The
     * sampling is passed. · __WORKFORCE_SAMPLED_REJECTED__: The sampling has been rejected. · __AUTO_ANNOTATION__:
     * to be confirmed
     */
    sample_state: STRING,
    /**
     * Whether to start a data analysis task during release. Options: · true: Start a data analysis task during
     * release. · false: Do not start a data analysis task during release. (Default value)
     */
    start_processor_task: BOOLEAN,
    /** 0 creating, 1 running (the usable state), 2 deleting, 3 deleted, 4 error. */
    status: NUMBER,
    /**
     * Key identifier list of the dataset. The labeling type is used as the default label when the labeling task
     * releases a version. For example, ["Image","Object detection"].
     */
    tags: STRINGS,
    /** Labeling task type of the released version, which is the same as the dataset type. */
    task_type: NUMBER,
    /** Total number of version samples. */
    total_sample_count: NUMBER,
    /** Total number of subsamples generated from the parent samples. */
    total_sub_sample_count: NUMBER,
    /** A String such as `"0.8"`. */
    train_evaluate_sample_ratio: STRING,
    /** Time when a version is updated. */
    update_time: NUMBER,
    /** `Default`, `CarbonData` or `CSV`. */
    version_format: STRING,
    /** Dataset version ID. */
    version_id: STRING,
    /** Dataset version name. */
    version_name: STRING,
    /**
     * Whether the first row in the released CSV file is a column name. This field is valid for the table dataset.
     * Options: · true: The first row in the released CSV file is a column name. · false: The first row in the
     * released CSV file is not a column name.
     */
    with_column_header: BOOLEAN,
});

/** A dataset version (DatasetVersion): only the current version is recorded. */
export interface DatasetVersionFields extends TypeOf<typeof datasetVersionSchema> {}

/** {@link DatasetVersionFields} as a field of the dataset and version list answers. */
export const datasetVersion = datasetVersionSchema as Named<typeof datasetVersionSchema, DatasetVersionFields>;

/** The detail answer: a version resource reports its id and name, and a wait decides on its status. */
export const datasetVersionAnswer = answerKind(datasetVersionSchema, {
    required: ["version_id", "version_name", "status"],
});

/**
 * `GET …/datasets/{dataset_id}/versions/{version_id}` ("Querying Details About a Dataset Version"): `version_id`,
 * `version_name` and `status` always (checked; `status` 1 is "published", the pages' "running", docs/api-notes.md).
 */
export interface DatasetVersionResponse extends TypeOf<typeof datasetVersionAnswer.schema> {}

const datasetVersionListSchema = answerObject(
    {
        /** The dataset's versions, one page of them. */
        versions: arrayOf(datasetVersion),
        /** Number of versions. */
        total_number: NUMBER,
    },
    ["versions"],
);

/** `GET …/datasets/{dataset_id}/versions` ("Querying the Dataset Version List"): `versions` always (checked). */
export interface DatasetVersionListResponse extends TypeOf<typeof datasetVersionListSchema> {}

/** The list a version create's look pages through. */
export const datasetVersionListAnswer = answerKind(datasetVersionListSchema, { readIfPresent: ["total_number"] });

const createDatasetVersionSchema = answerObject(
    {
        /** Dataset version ID. */
        version_id: CREATED_ID,
    },
    ["version_id"],
);

/** `POST …/datasets/{dataset_id}/versions` ("Creating a Dataset Labeling Version"): `version_id` always (checked). */
export interface CreateDatasetVersionResponse extends TypeOf<typeof createDatasetVersionSchema> {}

/** A version create's answer: the new version's id. */
export const createDatasetVersionAnswer = answerKind(createDatasetVersionSchema);

const versionFormatParam = { type: "string", enum: ["Default", "CarbonData", "CSV"] } as const;

/** `version_format` in bodies and answers; as a list filter it is sent as 0 / 1 / 2. */
export type VersionFormat = TypeOf<typeof versionFormatParam>;

/** Query of "Querying the Dataset Version List". */
export const datasetVersionListQuerySchema = {
    type: "object",
    properties: {
        /** 0 creating, 1 running (published), 2 deleting, 3 deleted, 4 error. */
        status: { type: "integer", enum: [0, 1, 2, 3, 4] },
        /** "min,max", e.g. `0.0,1.0`. */
        train_evaluate_ratio: { type: "string", maxLength: 64 },
        /** Sent as the integer the filter takes (Default 0, CarbonData 1, CSV 2; docs/api-notes.md). */
        version_format: versionFormatParam,
        /** A page number, from 0 (docs/api-notes.md "Paging"). */
        offset: { type: "integer", minimum: 0, maximum: 1_000_000 },
        /** 1-1000, default 1000. */
        limit: { type: "integer", minimum: 1, maximum: 1000 },
    },
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Query of "Querying the Dataset Version List". */
export interface DatasetVersionListQuery extends TypeOf<typeof datasetVersionListQuerySchema> {}

/**
 * Dataset outputs ("Querying Details About a Dataset", response table): see `outputs.ts`. Each entry's TSDoc is the
 * output's documentation everywhere it appears.
 */
import type { DatasetResponse } from "../client/types";
import { outputTable, RESOURCE_ID, statusWord } from "../schemas/output-table";
import { datasetStatuses } from "./statuses";

export const datasetOutputs = outputTable<DatasetResponse>()({
    /** The dataset id, also the resource id. */
    datasetId: RESOURCE_ID,
    /** The status, an integer; `statusName` says it in a word (the statuses: docs/dataset.md). */
    status: { api: "status" },
    /** `status` as a word: `CREATING`, `NORMAL`, `SYNCHRONIZING`, … (`UNKNOWN` for an undocumented one). */
    statusName: statusWord(datasetStatuses),
    /** 0 file, 1 table. */
    datasetFormat: { api: "dataset_format" },
    /** Number of samples. */
    totalSampleCount: { api: "total_sample_count" },
    /** Number of labeled samples. */
    annotatedSampleCount: { api: "annotated_sample_count" },
    /** Number of auto-labeled samples to be confirmed. */
    unconfirmedSampleCount: { api: "unconfirmed_sample_count" },
    /** Id of the current version (none before a version is published). */
    currentVersionId: { api: "current_version_id" },
    /** Name of the current version. */
    currentVersionName: { api: "current_version_name" },
    /** Number of versions. */
    datasetVersionCount: { api: "dataset_version_count" },
    /** The dataset's own directory under `workPath` (`<workPath><name>-<id>/`). */
    innerWorkPath: { api: "inner_work_path" },
    /** Where labels and published versions' manifests are stored. */
    innerAnnotationPath: { api: "inner_annotation_path" },
    /** When the dataset was created (epoch milliseconds). */
    createTime: { api: "create_time" },
    /** When the dataset was last updated (epoch milliseconds). */
    updateTime: { api: "update_time" },
    /** The not-found code (`ModelArts.4352`) when the dataset vanished while `pulumi up` waited on it. */
    errorCode: { recordedBy: "lifecycle" },
});

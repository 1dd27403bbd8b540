/**
 * DatasetVersion outputs ("Querying Details About a Dataset Version", response table): see `outputs.ts`. Each
 * entry's TSDoc is the output's documentation everywhere it appears.
 */
import type { DatasetVersionResponse } from "../client/types";
import { outputTable, RESOURCE_ID, statusWord } from "../schemas/output-table";
import { datasetVersionStatuses } from "./statuses";

export const datasetVersionOutputs = outputTable<DatasetVersionResponse>()({
    /** The version id, also the resource id: what `ExportTask` and `ProcessorTask` take as `versionId`. */
    versionId: RESOURCE_ID,
    /** The version's name (also an input: left out, the name the service gave, e.g. `V001`). */
    versionName: { api: "version_name" },
    /** The version's format (also an input: left out, the service's choice). */
    versionFormat: { api: "version_format" },
    /** The status, an integer; `statusName` says it in a word (the statuses: docs/dataset-version.md). */
    status: { api: "status" },
    /** `status` as a word: `CREATING`, `PUBLISHED`, `ERROR`, … (`UNKNOWN` for an undocumented one). */
    statusName: statusWord(datasetVersionStatuses),
    /** Whether this is the dataset's current version. */
    isCurrent: { api: "is_current" },
    /** Number of samples in the version. */
    totalSampleCount: { api: "total_sample_count" },
    /** Number of labeled samples in the version. */
    annotatedSampleCount: { api: "annotated_sample_count" },
    /** `single` or `multi`: whether samples carry one label or several. */
    labelType: { api: "label_type" },
    /** The version's manifest in OBS (`…/annotation/<version>/<version>.manifest`). */
    manifestPath: { api: "manifest_path" },
    /** The version's data directory in OBS. */
    dataPath: { api: "data_path" },
    /** Why publishing failed, when `status` is 4 (the service's message). */
    errorMsg: { api: "message" },
    /** The not-found code (`ModelArts.4353`) when the version vanished while `pulumi up` waited on it. */
    errorCode: { recordedBy: "lifecycle" },
    /** When the version was created (epoch milliseconds). */
    createTime: { api: "create_time" },
});

/**
 * DatasetSync inputs: "Synchronizing a Dataset" (`POST /v2/{project_id}/datasets/{dataset_id}/sync-data`) takes the
 * dataset in its path and no body, so the inputs are the dataset and the provider-side options. A synchronization
 * cannot be adopted: the service names no run but the newest (docs/api-notes.md, "Dataset synchronization").
 */
import { timeoutField, trackSourceField, triggersField } from "../schemas/common";
import { idSchema } from "../schemas/fields";
import { inputTable } from "../schemas/input-table";
import type { InputsOf } from "../schemas/input-table";

/** Each DatasetSync input, declared once. */
export const datasetSyncInputs = inputTable({
    /**
     * Dataset to synchronize from its input path (path parameter `dataset_id`). Text datasets do not support
     * synchronization.
     */
    datasetId: { schema: idSchema, required: true, sent: "path" },
    /**
     * How long `pulumi up` waits for the synchronization, as a duration such as `"45s"`, `"30m"` or `"1h30m"`: a
     * synchronization already running when the create begins, then this resource's own. Default one hour; from 1 s
     * to 168 h. When it runs out the run stays in state and the next `up` resumes waiting.
     */
    timeout: timeoutField,
    /**
     * Any JSON value (as `triggers` in pulumi-command): when it changes, the dataset is synchronized again. Use it
     * to synchronize when new files land in the input path (e.g. a batch date).
     */
    triggers: triggersField,
    /**
     * Follow what the dataset's input path holds in OBS (its OBS data source, read from the dataset's details), as
     * `trackSource` on `ImportTask` does: a preview lists it, and when it changed since the last synchronization shows
     * a replace on `sourceFingerprint` and what changed; `up` then synchronizes again. `true`, or options
     * (docs/import-task.md, "Tracking the source").
     */
    trackSource: trackSourceField,
});

/**
 * Inputs of a DatasetSync.
 * @interface
 */
export type DatasetSyncInputs = InputsOf<typeof datasetSyncInputs>;

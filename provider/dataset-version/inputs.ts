/**
 * DatasetVersion inputs: the request body of `POST /v2/{project_id}/datasets/{dataset_id}/versions` (API reference
 * "Creating a Dataset Labeling Version", Table 2), in camelCase. There is no modify API for a version: any change
 * publishes a new one.
 */
import { adoptIdField, timeoutField, triggersField } from "../schemas/common";
import { idSchema, textSchema, versionFormats } from "../schemas/fields";
import { inputTable } from "../schemas/input-table";
import type { InputsOf } from "../schemas/input-table";

/** Each DatasetVersion input, declared once. */
export const datasetVersionInputs = inputTable({
    /** Dataset to publish a version of (path parameter `dataset_id`). */
    datasetId: { schema: idSchema, required: true, sent: "path" },
    /**
     * Version name: 1 to 32 letters, digits, `_` and `-`, unique in the dataset. Left out, the service names it
     * (`V001`, `V002`, …) and the output shows the name.
     */
    versionName: {
        schema: { type: "string", minLength: 1, maxLength: 32, format: "simple-name" },
        serverDefault: true,
    },
    /** Format: `Default`, `CarbonData` (table datasets only) or `CSV`. Left out: the service's choice. */
    versionFormat: { schema: { type: "string", enum: versionFormats }, serverDefault: true },
    /** Description: 0 to 256 characters, none of `!<>=&"'`. */
    description: { schema: textSchema(256, "version-description") },
    /** Whether to clear hard-example properties (default `true`). */
    clearHardProperty: { schema: { type: "boolean" } },
    /** Whether to export the images to the version's output directory (default `false`). */
    exportImages: { schema: { type: "boolean" } },
    /** Whether to clear the samples' existing usage information (default `true`). */
    removeSampleUsage: { schema: { type: "boolean" } },
    /**
     * Share of the training set, from 0 to 1 (default `"1.00"`: all training). Sent as a string (the API's type)
     * even when given as a number.
     */
    trainEvaluateSampleRatio: {
        schema: { type: ["string", "number"], maxLength: 8, format: "ratio", minimum: 0, maximum: 1 },
    },
    /** Whether to write the column names in the CSV file's first line (table datasets; default `true`). */
    withColumnHeader: { schema: { type: "boolean" } },
    /**
     * How long `pulumi up` waits for the version to be published, as a duration such as `"10m"`. Default one
     * hour; from 1 s to 168 h.
     */
    timeout: timeoutField,
    /**
     * Id of an existing version of the dataset to bring under management instead of publishing one.
     */
    adoptVersionId: adoptIdField,
    /**
     * Any JSON value (as `triggers` in pulumi-command): when it changes, a new version is published. Use it to
     * publish again when the dataset's samples changed (e.g. the `taskId` of the import or synchronization that
     * changed them).
     */
    triggers: triggersField,
});

/**
 * Inputs of a DatasetVersion.
 * @interface
 */
export type DatasetVersionInputs = InputsOf<typeof datasetVersionInputs>;

/**
 * DatasetSync: `POST /v2/{project_id}/datasets/{dataset_id}/sync-data` ("Synchronizing a Dataset"), then
 * `GET …/sync-data/status` ("Querying the Status of a Dataset Synchronization Task") until `COMPLETED`. The POST
 * answers no id and the status answer describes the dataset's newest run, whoever started it, so the create finds
 * its own run (`own-run.ts`): a run going when it begins is waited out first (as a busy conflict), then it POSTs and
 * polls until the answer describes another run than before. There is no delete or cancel: deleting the resource
 * forgets the run (docs/api-notes.md, "Dataset synchronization").
 */
import type { ModelArtsClient } from "../client/api";
import { DATASET_NOT_FOUND_CODES, isRetryable, ModelArtsError } from "../client/errors";
import type { DatasetSyncResponse } from "../client/types";
import { defineDriver, type SubmitContext, TASK } from "../impl/kind-driver";
import { UNKNOWN_INPUT } from "../schemas/common";
import { apiReason, matchingIds } from "../impl/matching";
import { statusLine } from "../impl/progress";
import { messageOf } from "../impl/errors";
import { datasetSyncInputs, type DatasetSyncInputs } from "./inputs";
import { datasetSyncOutputs } from "./outputs";
import { datasetSyncStatuses } from "./statuses";
import { identifiedIdOf, isGoing, isNewRun, mayBeRun, runIdOf } from "./own-run";

/** ModelArts.4355: "A data synchronization task is being executed for the dataset" (API reference, "Error Codes"). */
const SYNC_RUNNING_CODE = "ModelArts.4355";

/** The text dataset types ("Creating a Dataset", `dataset_type`): "Synchronizing a Dataset" does not support them. */
const TEXT_DATASET_TYPES = new Set([100, 101, 102]);

/** How often the create reads the status after its POST while its run is not visible yet; at most this often. */
const CLAIM_FIRST_POLL_MS = 250;
const CLAIM_MAX_POLL_MS = 5_000;

/** A synchronization of the dataset is going, which this create did not start: it waits it out, then POSTs. */
export class SyncInProgress extends Error {
    override readonly name = "SyncInProgress";
    constructor(datasetId: string, running: DatasetSyncResponse) {
        const id = running.task_id === undefined ? "" : ` ${running.task_id}`;
        super(
            `dataset ${datasetId} is being synchronized by another run${id} (status ${running.status}), ` +
                "which this resource did not start: waiting for it to end before starting its own",
        );
    }
}

export const datasetSyncDriver = defineDriver<DatasetSyncResponse, DatasetSyncInputs>(
    { inputs: datasetSyncInputs, outputs: datasetSyncOutputs, statuses: datasetSyncStatuses },
    {
        kind: "DatasetSync",
        managed: { ...TASK, noun: "synchronization" },
        // A deleted dataset answers 400 ModelArts.4352 or 4338 (API reference, "Error Codes").
        notFoundCodes: DATASET_NOT_FOUND_CODES,

        // The source is the dataset's input path, its OBS data source ("Querying Details About a Dataset",
        // `data_sources[].data_path`, written `/bucket/dir/`): read from the service, since the program may not hold it.
        async sourceOf(inputs, client) {
            if (inputs.datasetId === UNKNOWN_INPUT) return "unknown";
            const dataset = await client().getDataset(inputs.datasetId);
            const path = (dataset.data_sources ?? []).find((s) => s.data_type === 0 && s.data_path)?.data_path;
            return path === undefined ? undefined : { path: `obs://${path.replace(/^\/+/, "")}`, manifest: false };
        },

        async submit(client, inputs, context) {
            const before = await client.getDatasetSyncStatus(inputs.datasetId);
            if (isGoing(before)) throw new SyncInProgress(inputs.datasetId, before);
            try {
                await client.syncDataset(inputs.datasetId);
            } catch (error) {
                throw await refusalOf(client, inputs.datasetId, error);
            }
            return claimOwnRun(client, inputs.datasetId, before, context);
        },

        // The newest run, when it may be this resource's; one that a later synchronization replaced in the status
        // answer can no longer be read: `NOT_EXIST` for the resource (`statuses.ts`).
        async fetch(client, inputs, id, options) {
            const answer = await client.getDatasetSyncStatus(inputs.datasetId, options);
            return mayBeRun(id, answer) ? answer : { dataset_id: inputs.datasetId, status: "NOT_EXIST" };
        },

        failureOf: (raw) => apiReason(raw.error_code, raw.error_msg, "the synchronization failed"),

        // The status answer reports no share of the work done: the waiter follows its plain schedule.
        progressOf: () => undefined,

        statusLineOf: (raw) => statusLine(raw.status),
        summaryOf: (raw) =>
            statusLine(
                raw.status,
                raw.add_sample_count === undefined ? undefined : `${raw.add_sample_count} samples added`,
                raw.deleted_sample_count === undefined ? undefined : `${raw.deleted_sample_count} deleted`,
                raw.total_sample_count === undefined ? undefined : `${raw.total_sample_count} in all`,
            ),

        /**
         * After a POST whose answer was lost: the newest run, if its creation time shows that POST made it. A run
         * going when the create began is never adopted (it is waited out instead), and a run the answer does not
         * identify cannot be told from an earlier one.
         */
        async findMatching(client, inputs, filter) {
            if (filter.createdSinceMs === undefined) return [];
            const answer = await client.getDatasetSyncStatus(inputs.datasetId);
            if (answer.status === "NOT_EXIST") return [];
            return matchingIds(client, [answer], () => true, filter, {
                idOf: identifiedIdOf,
                leftOver: new Set(),
            });
        },

        // A run going when the POST arrived (ModelArts.4355), or one the create saw before posting.
        conflictOf: (error) =>
            error instanceof SyncInProgress ||
            (ModelArtsError.isInstance(error) && error.errorCode === SYNC_RUNNING_CODE)
                ? "busy"
                : undefined,
    },
);

/**
 * After the POST: the run the status answer describes once it is not the one seen before (`own-run.ts`), read on a
 * growing interval until the create's deadline. A failure here must not look like a POST that created nothing
 * (which the create would repeat): it is an error of its own, which the create does not retry.
 */
async function claimOwnRun(
    client: ModelArtsClient,
    datasetId: string,
    before: DatasetSyncResponse,
    { clock, deadlineMs, random }: SubmitContext,
): Promise<string> {
    let delayMs = CLAIM_FIRST_POLL_MS;
    let lastError: unknown;
    for (;;) {
        try {
            const after = await client.getDatasetSyncStatus(datasetId);
            if (isNewRun(before, after)) return runIdOf(after, random);
            lastError = undefined;
        } catch (error) {
            if (!isRetryable(error)) throw claimFailed(datasetId, before, error);
            lastError = error;
        }
        if (clock.now() + delayMs > deadlineMs) throw claimFailed(datasetId, before, lastError);
        await clock.sleep(delayMs);
        delayMs = Math.min(delayMs * 2, CLAIM_MAX_POLL_MS);
    }
}

function claimFailed(datasetId: string, before: DatasetSyncResponse, error: unknown): Error {
    const why = error === undefined ? "" : ` (last error: ${messageOf(error)})`;
    return new Error(
        `ModelArts accepted the synchronization of dataset ${datasetId}, but its status answer still described the ` +
            `earlier run (status ${before.status}) when the \`timeout\` ran out: the run cannot be told apart, so ` +
            `nothing is recorded; the next \`pulumi up\` synchronizes again${why}`,
        { cause: error },
    );
}

/**
 * The error of a refused POST. "Synchronizing a Dataset" does not support text datasets, with no documented code
 * for it: a refusal of a dataset that turns out to be a text dataset says so, naming the service's answer.
 */
async function refusalOf(client: ModelArtsClient, datasetId: string, error: unknown): Promise<unknown> {
    const refused = ModelArtsError.isInstance(error) && !error.outcomeUnknown && !isRetryable(error);
    if (!refused || error.errorCode === SYNC_RUNNING_CODE) return error;
    const type = await client.getDataset(datasetId).then(
        (dataset) => dataset.dataset_type,
        () => undefined,
    );
    if (type === undefined || !TEXT_DATASET_TYPES.has(type)) return error;
    return new Error(
        `dataset ${datasetId} is a text dataset (dataset_type ${type}), and ModelArts does not synchronize text ` +
            `datasets ("Synchronizing a Dataset"): ${messageOf(error)}`,
        { cause: error },
    );
}

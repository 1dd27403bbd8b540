/**
 * Dataset synchronization statuses ("Querying the Status of a Dataset Synchronization Task", `status`). `NOT_EXIST`
 * is what the status answer says before any synchronization, and what the provider reads when the answer no
 * longer describes this resource's run (a later synchronization replaced it there, docs/api-notes.md "Dataset
 * synchronization"): gone, so the next `pulumi up` synchronizes anew. No status is a left-over to adopt: a run
 * found running when a create begins is waited out, never taken as the resource's own.
 */
import { statusTable } from "../schemas/status-table";

export const datasetSyncStatuses = statusTable({
    QUEUING: { word: "QUEUING", phase: "running" },
    STARTING: { word: "STARTING", phase: "running" },
    RUNNING: { word: "RUNNING", phase: "running" },
    COMPLETED: { word: "COMPLETED", phase: "succeeded" },
    FAILED: { word: "FAILED", phase: "failed" },
    NOT_EXIST: {
        word: "NOT_EXIST",
        phase: "gone",
        says: "is not the synchronization the dataset's status answer describes",
    },
});

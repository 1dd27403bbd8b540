/**
 * Dataset statuses ("Querying Details About a Dataset", `status`). A create waits for 1 (normal); 4 (abnormal)
 * never becomes usable. A dataset being deleted (2) or deleted (3) is gone for the resource: its data and labels go
 * with it, so the next `pulumi up` creates a new dataset (and a refresh drops it from the stack). Creating (0) and
 * importing its data source (8) are what an interrupted create leaves; synchronizing, releasing and switching
 * versions are states of a dataset in use, which may be another stack's.
 */
import { DELETION_STATUSES, statusTable } from "../schemas/status-table";

export const datasetStatuses = statusTable({
    0: { word: "CREATING", phase: "running", leftOver: true },
    1: { word: "NORMAL", phase: "succeeded" },
    ...DELETION_STATUSES,
    4: { word: "ABNORMAL", phase: "failed" },
    5: { word: "SYNCHRONIZING", phase: "running" },
    6: { word: "RELEASING", phase: "running" },
    7: { word: "VERSION_SWITCHING", phase: "running" },
    8: { word: "IMPORTING", phase: "running", leftOver: true },
});

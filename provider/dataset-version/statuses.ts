/**
 * Dataset version statuses ("Querying Details About a Dataset Version", `status`): 1, which the page calls
 * "running", is the published, usable state (docs/api-notes.md); 4 is a failed publish. A version being deleted (2)
 * or deleted (3) is gone for the resource: the next `pulumi up` publishes a new one. A version still being created
 * (0) is what an interrupted create leaves.
 */
import { DELETION_STATUSES, statusTable } from "../schemas/status-table";

export const datasetVersionStatuses = statusTable({
    0: { word: "CREATING", phase: "running", leftOver: true },
    1: { word: "PUBLISHED", phase: "succeeded" },
    ...DELETION_STATUSES,
    4: { word: "ERROR", phase: "failed" },
});

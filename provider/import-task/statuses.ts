/**
 * Import task statuses ("Querying Details About a Dataset Import Task", `status`). An unknown task is answered 200
 * with `NOT_EXIST` (docs/api-notes.md, "Not found"): gone, so the next `pulumi up` runs a new import.
 */
import { statusTable } from "../schemas/status-table";

export const importTaskStatuses = statusTable({
    QUEUING: { word: "QUEUING", phase: "running", leftOver: true },
    STARTING: { word: "STARTING", phase: "running", leftOver: true },
    RUNNING: { word: "RUNNING", phase: "running", leftOver: true },
    COMPLETED: { word: "COMPLETED", phase: "succeeded" },
    FAILED: { word: "FAILED", phase: "failed" },
    NOT_EXIST: { word: "NOT_EXIST", phase: "gone" },
});

/**
 * Export task statuses ("Querying the Status of a Dataset Export Task", `status`): `SUCCESSED` (sic) is success;
 * `FAILED` and `STOPPED` never succeed. `STOPPING` is still under way, and may be what an interrupted create left.
 */
import { statusTable } from "../schemas/status-table";

export const exportTaskStatuses = statusTable({
    INIT: { word: "INIT", phase: "running", leftOver: true },
    RUNNING: { word: "RUNNING", phase: "running", leftOver: true },
    SUCCESSED: { word: "SUCCESSED", phase: "succeeded" },
    FAILED: { word: "FAILED", phase: "failed" },
    STOPPING: { word: "STOPPING", phase: "running", leftOver: true },
    STOPPED: { word: "STOPPED", phase: "failed" },
});

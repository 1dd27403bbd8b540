/**
 * Processing task statuses ("Querying Details About a Processing Task", `status`: no source defines more than these
 * five): 2 is success, 3 (failed) and 4 (stopped) never succeed; an initialized or running task is what an
 * interrupted create leaves.
 */
import { statusTable } from "../schemas/status-table";

export const processorTaskStatuses = statusTable({
    0: { word: "INITIALIZED", phase: "running", leftOver: true },
    1: { word: "RUNNING", phase: "running", leftOver: true },
    2: { word: "COMPLETED", phase: "succeeded" },
    3: { word: "FAILED", phase: "failed" },
    4: { word: "STOPPED", phase: "failed" },
});

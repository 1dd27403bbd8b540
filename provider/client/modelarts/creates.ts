/**
 * What a create answers: the new object's id. The task creates ("Creating an Import Task", "… a Dataset Export Task",
 * "… a Processing Task") share one answer; the dataset and version creates have theirs next to their other answers.
 */
import type { TypeOf } from "../../schemas/json-schema";
import { answerKind } from "../answer-check";
import { answerObject } from "./answer-fields";

/** A create's id: a create answered without one has still created something (its outcome is unknown). */
export const CREATED_ID = { type: "string", minLength: 1 } as const;

const createTaskSchema = answerObject(
    {
        /** Task ID. */
        task_id: CREATED_ID,
    },
    ["task_id"],
);

/** `POST …/import-tasks`, `…/export-tasks`, `…/processor-tasks`: only `task_id` is used (docs/api-notes.md). */
export interface CreateTaskResponse extends TypeOf<typeof createTaskSchema> {}

/** A task create's answer: the new task's id. */
export const createTaskAnswer = answerKind(createTaskSchema);

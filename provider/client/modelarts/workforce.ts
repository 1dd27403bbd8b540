/** A dataset's team labeling, as the dataset answers describe it (WorkforceDescriptor, Worker: "Querying the Dataset List"). */
import type { Named, TypeOf } from "../../schemas/json-schema";
import { answerObject, arrayOf, BOOLEAN, NUMBER, STRING } from "./answer-fields";

const workerSchema = answerObject({
    /** Creation time. */
    create_time: NUMBER,
    /**
     * Labeling team member description. The value contains 0 to 256 characters and does not support the following
     * special characters: ``^!<>=&"'``
     */
    description: STRING,
    /** Email address of a labeling team member. */
    email: STRING,
    /** 0 labeler, 1 reviewer, 2 team administrator, 3 dataset owner. */
    role: NUMBER,
    /**
     * Current login status of a labeling team member. Options: · 0: The invitation email has not been sent. · 1:
     * The invitation email has been sent but the user has not logged in. · 2: The user has logged in. · 3: The
     * labeling team member has been deleted.
     */
    status: NUMBER,
    /** Update time. */
    update_time: NUMBER,
    /** ID of a labeling team member. */
    worker_id: STRING,
    /** ID of a labeling team. */
    workforce_id: STRING,
});

/** A member of a labeling team (Worker). */
export interface WorkerResponse extends TypeOf<typeof workerSchema> {}

const workforceDescriptorSchema = answerObject({
    /** ID of a team labeling task. */
    current_task_id: STRING,
    /** Name of a team labeling task. */
    current_task_name: STRING,
    /** Number of rejected samples. */
    reject_num: NUMBER,
    /** Number of persons who label each sample. The minimum value is 1. */
    repetition: NUMBER,
    /**
     * Whether to synchronously update auto labeling data. Options: · true: Update auto labeling data synchronously.
     * · false: Do not update auto labeling data synchronously.
     */
    is_synchronize_auto_labeling_data: BOOLEAN,
    /**
     * Whether to synchronize updated data, such as uploading files, synchronizing data sources, and assigning
     * imported unlabeled files to team members. Options: · true: Synchronize updated data to team members. ·
     * false: Do not synchronize updated data to team members.
     */
    is_synchronize_data: BOOLEAN,
    /** List of labeling team members. */
    workers: arrayOf(workerSchema as Named<typeof workerSchema, WorkerResponse>),
    /** ID of a labeling team. */
    workforce_id: STRING,
    /** Name of a labeling team. */
    workforce_name: STRING,
});

/** Team labeling information (WorkforceDescriptor). */
export interface WorkforceDescriptorResponse extends TypeOf<typeof workforceDescriptorSchema> {}

/** {@link WorkforceDescriptorResponse} as a field of the dataset answers. */
export const workforceDescriptor = workforceDescriptorSchema as Named<
    typeof workforceDescriptorSchema,
    WorkforceDescriptorResponse
>;

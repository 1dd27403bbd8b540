/** The answer and query of "Obtaining Dataset Statistics". */
import type { ObjectSchema, TypeOf } from "../../schemas/json-schema";
import type { AnswerKindOf } from "../answer-check";
import { labelStats } from "./labels";

const datasetStatsSchema = {
    type: "object",
    properties: {
        /** Label statistics. */
        label_stats: { type: "array", items: labelStats },
        /** `un_annotation`, `all`, `total`, `deleted`, `manual_annotation`, `auto_annotation`, `lefted` (sic). */
        sample_stats: { type: "object", additionalProperties: { type: "number" } },
        /** Key sample statistics: `total`, `non_key_sample`, `key_sample`. */
        key_sample_stats: { type: "object", additionalProperties: { type: "number" } },
        /** Label statistics by group. */
        grouped_label_stats: { type: "object", additionalProperties: { type: "array", items: labelStats } },
        /** Hard example statistics. */
        hard_detail_stats: { type: "object", additionalProperties: true },
        /** Sample metadata statistics. */
        metadata_stats: { type: "object", additionalProperties: true },
        /** Whether data splitting is enabled (spelled `spliting` by the page). */
        data_spliting_enable: { type: "boolean" },
        /** Path for storing data. */
        data_path: { type: "string" },
    },
} as const;

/** `GET …/datasets/{dataset_id}/data-annotations/stats` ("Obtaining Dataset Statistics"): every field may be absent. */
export interface DatasetStatsResponse extends TypeOf<typeof datasetStatsSchema> {}

/** The statistics answer: its two lists are read, when present. */
export const datasetStatsAnswer = {
    schema: datasetStatsSchema,
    readIfPresent: ["label_stats", "sample_stats"],
} as const satisfies AnswerKindOf<typeof datasetStatsSchema>;

/** Query parameters of "Obtaining Dataset Statistics". */
export const datasetStatsQuerySchema = {
    type: "object",
    properties: {
        /** Email address of a labeling team member. */
        email: { type: "string", maxLength: 256 },
        /** Language of the answer's texts. */
        locale: { type: "string", maxLength: 64 },
        /** `__ALL__`, `__NONE__`, … (the export task's sample states). */
        sample_state: { type: "string", maxLength: 64 },
    },
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Query of "Obtaining Dataset Statistics". */
export interface DatasetStatsQuery extends TypeOf<typeof datasetStatsQuerySchema> {}

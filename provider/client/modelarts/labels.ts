/**
 * Labels as the dataset and version answers describe them (Label, LabelAttribute, LabelAttributeValue, LabelStats:
 * "Querying the Dataset List", "Querying Details About a Dataset Version"), and the label lists a dataset's modify
 * sends.
 */
import type { Named, TypeOf } from "../../schemas/json-schema";
import { answerObject, arrayOf, NUMBER, STRING } from "./answer-fields";

const labelAttributeValueSchema = answerObject({
    /** Label attribute value ID. */
    id: STRING,
    /** Label attribute value. */
    value: STRING,
});

/** A label attribute value (LabelAttributeValue). */
export interface LabelAttributeValueResponse extends TypeOf<typeof labelAttributeValueSchema> {}

const labelAttributeSchema = answerObject({
    /** Default value of a label attribute. */
    default_value: STRING,
    /** Label attribute ID. You can query the tag by invoking the tag list. */
    id: STRING,
    /** Label attribute name. The value contains a maximum of 64 characters and cannot contain the character. <>=&"'. */
    name: STRING,
    /** `text` or `select`. */
    type: STRING,
    /** List of label attribute values. */
    values: arrayOf(labelAttributeValueSchema as Named<typeof labelAttributeValueSchema, LabelAttributeValueResponse>),
});

/** A label attribute (LabelAttribute). */
export interface LabelAttributeResponse extends TypeOf<typeof labelAttributeSchema> {}

const labelProperties = {
    /**
     * Multi-dimensional attribute of a label. For example, if the label is music, attributes such as style and artist
     * may be included.
     */
    attributes: arrayOf(labelAttributeSchema as Named<typeof labelAttributeSchema, LabelAttributeResponse>),
    /** Label name. */
    name: STRING,
    /** LabelProperty: keys such as `@modelarts:color`, kept verbatim. */
    property: { type: "object", additionalProperties: STRING },
    /** Label type: the dataset type codes without 400 and 900, plus 102 relationship and 103 entity. */
    type: NUMBER,
} as const;

const labelSchema = { type: "object", properties: labelProperties } as const;

/** A label (Label). */
export interface LabelResponse extends TypeOf<typeof labelSchema> {}

/** {@link LabelResponse} as a field of the dataset answers. */
export const label = labelSchema as Named<typeof labelSchema, LabelResponse>;

const labelStatsSchema = answerObject({
    ...labelProperties,
    /** Number of labels. */
    count: NUMBER,
    /** Number of samples containing the label. */
    sample_count: NUMBER,
});

/** Label statistics of a released version (LabelStats): a label, and how often it is used. */
export interface LabelStatsResponse extends TypeOf<typeof labelStatsSchema> {}

/** {@link LabelStatsResponse} as a field of the version answers. */
export const labelStats = labelStatsSchema as Named<typeof labelStatsSchema, LabelStatsResponse>;

/** A label in a modify's lists: its body form, as the Dataset input table's `labels` send it. */
export type LabelBody = Readonly<Record<string, unknown>>;

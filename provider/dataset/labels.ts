/**
 * A dataset's labels, which change in place ("Modifying a Dataset": `add_labels`, `delete_labels`, `update_labels`,
 * matched by name), and how a refresh reads them back from "Querying Details About a Dataset".
 *
 * The service answers labels with properties of its own (a default `@modelarts:color`): reading those back would
 * show a change the program never asked for. So a label's observed value keeps only what the program declared of
 * it (its type, attributes and the property keys it set), with the service's values; labels the console added are
 * observed whole, labels it removed are missing. The next diff then shows exactly the drift, and the update that
 * undoes it.
 */
import { isDeepStrictEqual } from "util";
import type { LabelBody, LabelResponse, UpdateDatasetRequest } from "../client/types";
import { datasetInputs, type DatasetInputs } from "./inputs";

type Label = NonNullable<DatasetInputs["labels"]>[number];

/**
 * The modify body: only what changed ("Modifying a Dataset"'s example sends only the changed fields). Labels change
 * by delta: added, deleted and updated labels, matched by name.
 */
export function modifyBody(olds: DatasetInputs, news: DatasetInputs): UpdateDatasetRequest {
    const [oldLabels, newLabels] = [labelBodies(olds.labels), labelBodies(news.labels)];
    const named = (labels: readonly LabelBody[], name: unknown) => labels.find((l) => l.name === name);
    const added = newLabels.filter((l) => named(oldLabels, l.name) === undefined);
    const deleted = oldLabels.filter((l) => named(newLabels, l.name) === undefined);
    const updated = newLabels.filter((l) => {
        const old = named(oldLabels, l.name);
        return old !== undefined && !isDeepStrictEqual(old, l);
    });
    return {
        ...(olds.datasetName !== news.datasetName ? { dataset_name: news.datasetName } : {}),
        ...(olds.description !== news.description ? { description: news.description ?? "" } : {}),
        ...(added.length > 0 ? { add_labels: added } : {}),
        ...(deleted.length > 0 ? { delete_labels: deleted } : {}),
        ...(updated.length > 0 ? { update_labels: updated } : {}),
    };
}

/** Labels in their body form (snake_case, `property` verbatim). */
function labelBodies(labels: DatasetInputs["labels"]): LabelBody[] {
    const body = datasetInputs.requestBody({ labels });
    return Array.isArray(body.labels) ? (body.labels as LabelBody[]) : [];
}

/**
 * The labels the service holds, as far as the program declared them (see the module comment): the recorded labels
 * themselves while the service shows them unchanged.
 */
export function observedLabels(answered: readonly LabelResponse[], recorded: readonly Label[] | undefined): Label[] {
    const declared = new Map((recorded ?? []).map((label) => [label.name, label]));
    return answered
        .filter((label) => typeof label.name === "string")
        .map((label) => {
            const asInput = inputFormOf(label);
            const mine = declared.get(asInput.name);
            return mine === undefined ? asInput : projected(asInput, mine);
        });
}

/** `observed` with only the fields and property keys `declared` sets. */
function projected(observed: Label, declared: Label): Label {
    const property =
        declared.property === undefined
            ? undefined
            : Object.fromEntries(Object.keys(declared.property).map((key) => [key, observed.property?.[key]]));
    return {
        name: observed.name,
        ...(declared.type === undefined ? {} : { type: observed.type }),
        ...(declared.attributes === undefined ? {} : { attributes: observed.attributes ?? [] }),
        ...(property === undefined ? {} : { property: withoutUndefined(property) }),
    } as Label;
}

/** A label of an answer in the input's camelCase form. */
function inputFormOf(label: LabelResponse): Label {
    const attributes = label.attributes?.map(({ default_value, ...rest }) => ({
        ...rest,
        ...(default_value === undefined ? {} : { defaultValue: default_value }),
    }));
    return {
        name: label.name,
        ...(label.type === undefined ? {} : { type: label.type }),
        ...(attributes === undefined ? {} : { attributes }),
        ...(label.property === undefined ? {} : { property: label.property }),
    } as Label;
}

function withoutUndefined(map: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(map).filter(([, value]) => value !== undefined));
}

/**
 * What each processor template does to its input samples when its run completes:
 * - `sys_data_validation`: every sample must be a readable, non-empty file whose header matches its extension
 *   (PNG, JPEG, BMP); the others are reported and dropped; no valid sample at all → the run fails (status 3).
 * - `sys_data_selection`: exact duplicates (same SHA-256 of the content) are dropped, the first by path is kept.
 * - `sys_data_analyse`: simple statistics in `result` (counts, labels, file types and sizes, image sizes).
 * - `sys_data_cleaning`, `sys_data_augmentation`: succeed without changing anything (counts in `result`).
 * Dropped samples leave the input dataset (the emulator has no dataset versions to write them to).
 */
import { createHash } from "crypto";
import { messageOf } from "../errors";
import { FileInspection, inspectSample } from "./image-check";
import { JsonObject, ProcessorOutput, SampleOutcome, SampleRecord } from "./state";
import { ObsStorage, parseObsPath } from "./storage";

/** The five templates ("Creating a Processing Task", `template.id`) with their names from the algorithm-type list. */
export const TEMPLATES: Readonly<Record<string, string>> = {
    sys_data_analyse: "data analyse",
    sys_data_cleaning: "data cleaning",
    sys_data_augmentation: "data augmentation",
    sys_data_validation: "data validation",
    sys_data_selection: "data selection",
};

/** What a run produced, which samples it dropped, and why it failed if it did. */
export interface TemplateOutcome {
    readonly output: ProcessorOutput;
    readonly droppedIds: readonly string[];
    readonly failure?: string;
}

interface LoadedSample {
    readonly sample: SampleRecord;
    readonly bytes?: Buffer;
    readonly inspection: FileInspection;
}

/** Runs template `templateId` over `samples`. */
export function runTemplate(
    templateId: string,
    samples: readonly SampleRecord[],
    storage: ObsStorage,
): TemplateOutcome {
    const loaded = samples.map((sample): LoadedSample => {
        const location = parseObsPath(sample.source);
        const bytes = location && storage.read(location);
        return { sample, bytes, inspection: inspectSample(sample.source, bytes) };
    });
    if (templateId === "sys_data_validation") return validate(loaded);
    if (templateId === "sys_data_selection") return selectUnique(loaded);
    const result = templateId === "sys_data_analyse" ? analyse(loaded) : { origin_sample_count: loaded.length };
    return { output: { result, samples: keepAll(loaded, "unchanged") }, droppedIds: [] };
}

function validate(loaded: readonly LoadedSample[]): TemplateOutcome {
    const invalid = loaded.filter((l) => l.inspection.problem !== undefined);
    const valid = loaded.length - invalid.length;
    return {
        output: {
            result: {
                checked_sample_count: loaded.length,
                valid_sample_count: valid,
                invalid_sample_count: invalid.length,
                invalid_samples: invalid.map((l) => ({
                    sample_id: l.sample.id,
                    source: l.sample.source,
                    reason: l.inspection.problem ?? "",
                })),
            },
            samples: loaded.map((l) => outcome(l.sample, l.inspection.problem)),
        },
        droppedIds: invalid.map((l) => l.sample.id),
        failure: valid > 0 ? undefined : `${messageOf("ModelArts.4392")}: no valid sample among ${loaded.length}`,
    };
}

function selectUnique(loaded: readonly LoadedSample[]): TemplateOutcome {
    const firstByHash = new Map<string, SampleRecord>();
    const duplicates: Array<{ sample: SampleRecord; original: SampleRecord }> = [];
    for (const { sample, bytes } of loaded) {
        if (bytes === undefined) continue;
        const hash = createHash("sha256").update(bytes).digest("hex");
        const original = firstByHash.get(hash);
        if (original === undefined) firstByHash.set(hash, sample);
        else duplicates.push({ sample, original });
    }
    const reasons = new Map(duplicates.map((d) => [d.sample.id, `duplicate of ${d.original.source}`]));
    return {
        output: {
            result: {
                origin_sample_count: loaded.length,
                selected_sample_count: loaded.length - duplicates.length,
                duplicate_sample_count: duplicates.length,
                duplicates: duplicates.map((d) => ({ source: d.sample.source, duplicate_of: d.original.source })),
            },
            samples: loaded.map((l) => outcome(l.sample, reasons.get(l.sample.id))),
        },
        droppedIds: duplicates.map((d) => d.sample.id),
    };
}

function analyse(loaded: readonly LoadedSample[]): JsonObject {
    const sizes = loaded.flatMap((l) => (l.bytes ? [l.bytes.length] : []));
    const count = (keys: string[]) =>
        keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});
    return {
        sample_count: loaded.length,
        annotated_sample_count: loaded.filter((l) => l.sample.labels.length > 0).length,
        unreadable_sample_count: loaded.length - sizes.length,
        label_stats: count(loaded.flatMap((l) => l.sample.labels)),
        file_type_stats: count(loaded.map((l) => /\.([^./]+)$/.exec(l.sample.source.toLowerCase())?.[1] ?? "")),
        total_file_size: sum(sizes),
        mean_file_size: mean(sizes),
        image_width: spread(loaded.flatMap((l) => (l.inspection.width === undefined ? [] : [l.inspection.width]))),
        image_height: spread(loaded.flatMap((l) => (l.inspection.height === undefined ? [] : [l.inspection.height]))),
    };
}

function keepAll(loaded: readonly LoadedSample[], description: string): SampleOutcome[] {
    return loaded.map((l) => ({ sampleId: l.sample.id, source: l.sample.source, resultProperty: 0, description }));
}

function outcome(sample: SampleRecord, dropReason: string | undefined): SampleOutcome {
    return dropReason === undefined
        ? { sampleId: sample.id, source: sample.source, resultProperty: 0, description: "kept" }
        : { sampleId: sample.id, source: sample.source, resultProperty: 2, description: dropReason };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]) =>
    values.length === 0 ? 0 : Math.round((sum(values) / values.length) * 100) / 100;

function spread(values: readonly number[]): JsonObject {
    return values.length === 0 ? {} : { min: Math.min(...values), max: Math.max(...values), mean: mean(values) };
}

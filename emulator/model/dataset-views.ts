/**
 * How datasets and their versions read: the detail ("Querying Details About a Dataset", also the shape of each item
 * of "Querying the Dataset List"), the statistics ("Obtaining Dataset Statistics") and a version ("Querying Details
 * About a Dataset Version", also each item of "Querying the Dataset Version List"). Only fields the emulator knows
 * are answered; the pages' examples show the same subset.
 *
 * Dataset status: 0 while its creation is queued, 8 while it imports its data source (0 when it has none to
 * import), 1 normal, 4 abnormal when the creation failed, 6 while one of its versions is being published, 2 while
 * it is being deleted. Version
 * status: 0 creating, 1 published (the pages' "running", docs/api-notes.md), 4 error.
 */
import { labelStats } from "./dataset-labels";
import { DatasetRecord, DatasetVersionRecord, EmulatorState, JsonObject, SampleRecord } from "./state";
import { isActive, viewRun } from "./timeline";

/** The integer status of a dataset at `now`. */
export function datasetStatus(state: EmulatorState, dataset: DatasetRecord, now: number): number {
    if (dataset.deletingUntil !== undefined) return 2;
    const phase = dataset.run === undefined ? "succeeded" : viewRun(dataset.run, now).phase;
    if (phase === "failed") return 4;
    if (phase === "queued") return 0;
    if (phase === "running") return (dataset.scan?.length ?? 0) > 0 ? 8 : 0;
    if (versionsOf(state, dataset).some((v) => isActive(v.run, now))) return 6;
    return state.datasetSyncs.some((s) => s.datasetId === dataset.id && isActive(s.run, now)) ? 5 : 1;
}

/** The dataset's versions, newest first. */
export function versionsOf(state: EmulatorState, dataset: DatasetRecord): DatasetVersionRecord[] {
    return state.datasetVersions.filter((v) => v.datasetId === dataset.id).reverse();
}

type InnerPath = "inner_work_path" | "inner_annotation_path" | "inner_data_path" | "inner_log_path";

/** `<inner_work_path>` and its subfolders ("Querying Details About a Dataset" example); none without a work path. */
function innerPaths(
    dataset: DatasetRecord,
): Partial<Record<InnerPath | "inner_temp_path" | "inner_task_path", string>> {
    const inner = dataset.echo?.inner_work_path;
    if (typeof inner !== "string") return {};
    return {
        inner_work_path: inner,
        inner_annotation_path: `${inner}annotation/`,
        inner_data_path: `${inner}data/`,
        inner_log_path: `${inner}logs/`,
        inner_temp_path: `${inner}temp/`,
        inner_task_path: `${inner}task/`,
    };
}

/** Where a version's manifest and data go: `<inner_annotation_path><name>/` (the version examples). */
export function versionPaths(dataset: DatasetRecord, name: string): { manifest_path?: string; data_path?: string } {
    const annotation = innerPaths(dataset).inner_annotation_path;
    if (typeof annotation !== "string") return {};
    return { manifest_path: `${annotation}${name}/${name}.manifest`, data_path: `${annotation}${name}/data/` };
}

const annotatedCount = (samples: readonly SampleRecord[]) => samples.filter((s) => s.labels.length > 0).length;

/** The detail of a dataset; `check_running_task` adds `exist_running_task` and `running_tasks_id`. */
export function datasetView(state: EmulatorState, dataset: DatasetRecord, now: number, running?: string[]): JsonObject {
    const versions = versionsOf(state, dataset);
    const current = versions.find((v) => v.id === dataset.currentVersionId);
    return {
        dataset_id: dataset.id,
        dataset_name: dataset.name,
        dataset_type: dataset.type,
        dataset_format: dataset.type === 400 ? 1 : 0,
        data_format: "Default",
        ...dataset.echo,
        ...innerPaths(dataset),
        description: dataset.description,
        status: datasetStatus(state, dataset, now),
        data_sources: dataset.dataSources,
        ...(dataset.workPath === undefined ? {} : { work_path: dataset.workPath, work_path_type: 0 }),
        create_time: dataset.createTime,
        update_time: dataset.updateTime,
        total_sample_count: dataset.samples.length,
        annotated_sample_count: annotatedCount(dataset.samples),
        unconfirmed_sample_count: 0,
        total_sub_sample_count: 0,
        annotated_sub_sample_count: 0,
        labels: dataset.labels ?? [],
        dataset_version_count: versions.length,
        next_version_num: (dataset.versionCount ?? 0) + 1,
        ...(current === undefined
            ? {}
            : {
                  current_version_id: current.id,
                  current_version_name: current.name,
                  versions: [versionView(state, dataset, current, now)],
              }),
        enterprise_project_id: "0",
        // The emulator runs no labeling task, team or content labeling of its own.
        label_task_count: 0,
        workforce_task_count: 0,
        content_labeling: true,
        feature_supports: ["0"],
        ...(running === undefined ? {} : { exist_running_task: running.length > 0, running_tasks_id: running }),
    };
}

/** The statistics of the samples in `sampleState` (`__ALL__` labelled, `__NONE__` unlabelled, otherwise all). */
export function statsView(dataset: DatasetRecord, sampleState: string | null): JsonObject {
    const all = dataset.samples;
    const samples = all.filter((s) =>
        sampleState === "__ALL__" ? s.labels.length > 0 : sampleState === "__NONE__" ? s.labels.length === 0 : true,
    );
    const annotated = annotatedCount(samples);
    const hard = samples.filter((s) => s.hard).length;
    const dataPath = innerPaths(dataset).inner_data_path;
    return {
        label_stats: labelStats(samples, dataset),
        sample_stats: {
            un_annotation: samples.length - annotated,
            all: samples.length,
            total: samples.length,
            deleted: 0,
            manual_annotation: annotated,
            auto_annotation: 0,
            lefted: samples.length,
        },
        key_sample_stats: { total: samples.length, non_key_sample: samples.length - hard, key_sample: hard },
        metadata_stats: {},
        // Splitting into training and validation sets needs labelled samples to split.
        data_spliting_enable: annotatedCount(all) > 1,
        ...(dataPath === undefined ? {} : { data_path: dataPath }),
    };
}

/** A version; counts and label statistics once published. */
export function versionView(
    state: EmulatorState,
    dataset: DatasetRecord,
    version: DatasetVersionRecord,
    now: number,
): JsonObject {
    const view = viewRun(version.run, now);
    const status = view.phase === "succeeded" ? 1 : view.phase === "failed" ? 4 : 0;
    const previous = state.datasetVersions.find((v) => v.id === version.previousVersionId)?.samples ?? [];
    const before = new Map(previous.map((s) => [s.id, s]));
    const samples = version.samples;
    const ids = new Set(samples.map((s) => s.id));
    return {
        version_id: version.id,
        version_name: version.name,
        ...version.echo,
        ...(version.previousVersionId === undefined ? {} : { previous_version_id: version.previousVersionId }),
        status,
        create_time: version.run.createdAt,
        update_time: view.since,
        total_sample_count: samples.length,
        annotated_sample_count: annotatedCount(samples),
        total_sub_sample_count: 0,
        annotated_sub_sample_count: 0,
        add_sample_count: samples.filter((s) => !before.has(s.id)).length,
        deleted_sample_count: previous.filter((s) => !ids.has(s.id)).length,
        modified_sample_count: samples.filter((s) => {
            const old = before.get(s.id);
            return old !== undefined && old.labels.join("\n") !== s.labels.join("\n");
        }).length,
        previous_total_sample_count: previous.length,
        previous_annotated_sample_count: annotatedCount(previous),
        ...versionPaths(dataset, version.name),
        is_current: dataset.currentVersionId === version.id,
        label_stats: labelStats(samples, dataset),
        label_type: samples.some((s) => s.labels.length > 1) ? "multi" : "single",
        task_type: dataset.type,
        extract_serial_number: false,
        // 0 initialized: the emulator runs no feature analysis on a release.
        analysis_status: 0,
        ...(status === 4 && version.run.failure ? { message: version.run.failure.message } : {}),
    };
}

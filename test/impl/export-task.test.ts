import assert from "node:assert/strict";
import type { ModelArtsClient } from "../../provider/client/api";
import type { ExportTaskResponse } from "../../provider/client/types";
import { exportTaskDriver } from "../../provider/export-task/driver";

/** A client whose export list answers `tasks`, on a service clock equal to ours. */
function listing(tasks: ExportTaskResponse[]): ModelArtsClient {
    return {
        listExportTasks: () => Promise.resolve({ export_tasks: tasks, total_count: tasks.length }),
        serverTime: (localMs: number) => ({ atMs: localMs, uncertaintyMs: 2_000, known: true }),
    } as unknown as ModelArtsClient;
}

describe("impl/export-task findMatching", () => {
    const now = 1_700_000_000_000;
    const inputs = {
        datasetId: "d1",
        path: "/bucket/export/",
        exportType: 3,
        exportFormat: 1,
        exportParams: { exportDest: "DIR", sampleState: "__ALL__", trainSampleRatio: "0.80", samples: ["s1"] },
    };
    /** A running export of the same dataset, as the list shows one the resource's create would have made. */
    const listed = (
        changes: Partial<ExportTaskResponse> = {},
        params: Record<string, unknown> = {},
    ): ExportTaskResponse => ({
        task_id: "t1",
        status: "RUNNING",
        create_time: now - 60_000,
        path: "/bucket/export/",
        export_type: 3,
        export_format: 1,
        version_format: "Default",
        export_params: {
            export_dest: "DIR",
            sample_state: "__ALL__",
            train_sample_ratio: 0.8,
            samples: ["s1"],
            search_conditions: [{ x: 1 }],
            ...params,
        },
        ...changes,
    });
    const find = (task: ExportTaskResponse) =>
        exportTaskDriver.findMatching(listing([task]), inputs, { liveSinceMs: now });

    it("finds an export made with these settings, the ratio answered as a number and defaults filled in", async () => {
        assert.deepEqual(await find(listed()), ["t1"]);
        assert.deepEqual(await find(listed({ path: "obs://bucket/export" })), ["t1"]);
    });

    it("passes over an export of the same path made with other settings: a replacement must not adopt it", async () => {
        assert.deepEqual(await find(listed({ export_format: 2 })), []);
        assert.deepEqual(await find(listed({ export_type: 2 })), []);
        assert.deepEqual(await find(listed({}, { sample_state: "__NONE__" })), []);
        assert.deepEqual(await find(listed({}, { train_sample_ratio: 0.5 })), []);
        assert.deepEqual(await find(listed({}, { samples: ["s1", "s2"] })), []);
    });

    it("passes over an export that ended before the create began", async () => {
        assert.deepEqual(await find(listed({ status: "SUCCESSED", update_time: now - 10_000 })), []);
        assert.deepEqual(await find(listed({ status: "SUCCESSED", update_time: now + 5_000 })), ["t1"]);
    });
});

describe("impl/export-task findMatching over a long list", () => {
    const inputs = { datasetId: "d1", path: "/bucket/export/" };
    /** A dataset with `count` exports, listed `limit` a page (`offset` a page number). */
    function longListing(count: number): ModelArtsClient & { readonly pages: number[] } {
        const pages: number[] = [];
        const task = (i: number): ExportTaskResponse => ({
            task_id: `t${i}`,
            status: "RUNNING",
            path: i === count - 1 ? "/bucket/export/" : `/bucket/other-${i}/`,
        });
        return {
            pages,
            listExportTasks: (_dataset: string, query: { offset: number; limit: number }) => {
                pages.push(query.offset);
                const from = query.offset * query.limit;
                const tasks = Array.from({ length: Math.max(0, Math.min(query.limit, count - from)) }, (_, i) =>
                    task(from + i),
                );
                return Promise.resolve({ export_tasks: tasks, total_count: count });
            },
            serverTime: (localMs: number) => ({ atMs: localMs, uncertaintyMs: 2_000, known: true }),
        } as unknown as ModelArtsClient & { readonly pages: number[] };
    }

    it("finds its task past the first thousand", async () => {
        const client = longListing(1_500);
        assert.deepEqual(await exportTaskDriver.findMatching(client, inputs, { liveSinceMs: 0 }), ["t1499"]);
        assert.equal(client.pages.length, 15);
    });

    it("fails at the pager's bound, naming the list, rather than answer that nothing matches", async () => {
        await assert.rejects(
            exportTaskDriver.findMatching(longListing(20_000), inputs, { liveSinceMs: 0 }),
            /the export tasks of dataset d1 go on beyond 100 pages/,
        );
    });
});

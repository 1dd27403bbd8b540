import assert from "node:assert/strict";
import { measureTraffic } from "../../../bench/soak/traffic";
import type { EmulatorRequest } from "../../../emulator/server";
import { poll, request } from "./records";

const LIST = "/v2/{project_id}/datasets/{dataset_id}/export-tasks";
const CREATE = "/v2/{project_id}/processor-tasks";
const listOf = (dataset: string, status: number, atMs: number, fault?: EmulatorRequest["fault"]) =>
    request("GET", LIST, `/v2/p/datasets/${dataset}/export-tasks`, status, atMs, fault ? { fault } : {});
const create = (name: string, status: number, atMs: number, fault?: EmulatorRequest["fault"]) =>
    request("POST", CREATE, "/v2/p/processor-tasks", status, atMs, { body: { name }, ...(fault ? { fault } : {}) });

describe("bench/soak/traffic", () => {
    it("counts injected faults by kind, 5xx by status, and requests by purpose", () => {
        const traffic = measureTraffic([
            poll("a", 0, 429, "throttled"),
            poll("a", 1, 500, "server-error"),
            poll("a", 2, 502, "server-error"),
            poll("a", 3, 503, "server-error"),
            create("n", 504, 4, "server-error"),
            create("m", 200, 5, "dropped"),
            listOf("d", 200, 6),
            request("GET", "/v2/{project_id}/datasets/{dataset_id}", "/v2/p/datasets/d", 200, 7),
            poll("b", 8, 307, "redirected"),
            poll("b", 9, 200, "stalled"),
            poll("b", 10, 200, "truncated"),
            listOf("d", 200, 11, "garbled"),
            poll("b", 12, 200, "echoed"),
            { ...poll("b", 13), date: "missing" },
        ]);

        assert.deepEqual(traffic.faults, {
            throttled429: 1,
            error500: 1,
            error502: 1,
            error503: 1,
            error504: 1,
            dropped: 1,
            rateLimited: 0,
            redirected: 1,
            stalled: 1,
            truncated: 1,
            garbled: 1,
            echoed: 1,
            dateFaulted: 1,
            total: 11,
        });
        assert.deepEqual(traffic.byPurpose, { polls: 9, lists: 2, creates: 2, other: 1 });
        assert.equal(traffic.createPosts, 2);
    });

    it("counts a faulted request as retried when the same request (method, path, body) follows it", () => {
        const { retries } = measureTraffic([
            poll("a", 0, 503, "server-error"),
            poll("b", 1),
            poll("a", 2), // the same poll again: a retry
            listOf("d", 429, 3, "throttled"),
            listOf("e", 200, 4), // another dataset's list: not a retry of d's
            create("n", 429, 5, "throttled"),
            create("other-name", 200, 6), // another body: not a retry
            create("n", 200, 7), // the same create again: a retry
            create("m", 504, 8, "server-error"), // committed; found by listing, never sent again
            poll("b", 9, 200, "dropped"), // the last poll before the host was killed
        ]);

        assert.deepEqual(retries, { polls: 1, lists: 0, creates: 1, other: 0, total: 2, notResent: 3 });
    });
});

/** A lookup's arguments, checked before any request: what is refused, and how it is named. */
import assert from "node:assert/strict";
import { processorTaskListQuerySchema } from "../../provider/client/modelarts/processor-tasks";
import { pageQuerySchema } from "../../provider/client/modelarts/queries";
import { checkedQuery, lookupArgs, NO_QUERY } from "../../provider/lookups/args";
import { closestName } from "../../provider/lookups/did-you-mean";
import { LookupError } from "../../provider/lookups/errors";

const LIST = lookupArgs("getProcessorTasks", processorTaskListQuerySchema);
const PAGED = lookupArgs("getImportTasks", pageQuerySchema, ["datasetId"]);
const ONE = lookupArgs("getExportTask", NO_QUERY, ["datasetId", "taskId"]);

/** The message of the LookupError `args` get. */
function refusal(spec: Parameters<typeof checkedQuery>[0], args: unknown): string {
    try {
        checkedQuery(spec, args);
    } catch (error) {
        assert.ok(error instanceof LookupError);
        return error.message;
    }
    assert.fail("the arguments were accepted");
}

describe("lookups/args", () => {
    it("returns the query in the API's names, without the path ids and the undefined arguments", () => {
        const query = checkedQuery(LIST, { taskName: "a", queryCurrent: true, versionId: ["V1"], sortBy: undefined });
        assert.deepEqual(query, { task_name: "a", query_current: true, version_id: ["V1"] });
        assert.deepEqual(checkedQuery(PAGED, { datasetId: "d", limit: 5, offset: 0 }), { limit: 5, offset: 0 });
        assert.deepEqual(checkedQuery(ONE, { datasetId: "d", taskId: "t" }), {});
    });

    it("names each wrong argument with what it may be, in the order of the page's table", () => {
        const message = refusal(LIST, { workspaceId: "", limit: 101, order: "up", returnResult: "yes", offset: 1.5 });
        assert.equal(
            message,
            "getProcessorTasks: " +
                [
                    '"limit" must be an integer from 1 to 100',
                    '"offset" must be an integer from 0 to 1000000',
                    '"order" must be one of "asc", "desc"',
                    '"returnResult" must be true or false',
                    '"workspaceId" must be a non-empty string of at most 64 characters',
                ].join("; "),
        );
    });

    it("names a list's bound and its items' rule, and never repeats a value", () => {
        const message = refusal(LIST, { versionId: ["V1", "x".repeat(65)], taskName: "Passw0rd!".repeat(200) });
        assert.match(message, /"taskName" must be a non-empty string of at most 1024 characters/);
        assert.match(
            message,
            /"versionId" must be an array of at most 100 items, each a non-empty string of at most 64/,
        );
        assert.doesNotMatch(message, /Passw0rd|xxxx/);
    });

    it("names the path ids that are missing or empty", () => {
        assert.equal(
            refusal(ONE, { datasetId: "" }),
            'getExportTask: "datasetId" must be a non-empty string of at most 64 characters; ' +
                '"taskId" is required: a non-empty string of at most 64 characters',
        );
    });

    it("names an unknown argument with the arguments there are, and the one it most likely meant", () => {
        assert.equal(
            refusal(PAGED, { datasetId: "d", dataset_id: "d", page: 2 }),
            'getImportTasks: unknown argument "dataset_id" (the arguments are datasetId, limit, offset): did you ' +
                'mean "datasetId"?; unknown argument "page" (the arguments are datasetId, limit, offset)',
        );
    });

    it("refuses arguments that are not an object", () => {
        for (const args of [null, "d", ["d"], 3]) {
            assert.equal(refusal(ONE, args), "getExportTask: its arguments must be an object", String(args));
        }
    });

    it("suggests the same name in another spelling, or one a few edits away", () => {
        const known = ["datasetId", "taskId", "limit", "offset", "sortBy", "workspaceId"];
        assert.equal(closestName("datasetID", known), "datasetId");
        assert.equal(closestName("task_id", known), "taskId");
        assert.equal(closestName("workspceId", known), "workspaceId");
        assert.equal(closestName("limt", known), "limit");
        assert.equal(closestName("page", known), undefined);
        assert.equal(closestName("id", known), undefined);
    });
});

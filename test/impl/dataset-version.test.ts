import assert from "node:assert/strict";
import type { ModelArtsClient } from "../../provider/client/api";
import { datasetVersionDriver } from "../../provider/dataset-version/driver";

/** A client whose version list answers one version still publishing. */
const publishing = {
    listDatasetVersions: () =>
        Promise.resolve({ versions: [{ version_id: "other", version_name: "V007", status: 0, create_time: 1 }] }),
    serverTime: (localMs: number) => ({ atMs: localMs, uncertaintyMs: 0, known: true }),
} as unknown as ModelArtsClient;

describe("impl/dataset-version findMatching", () => {
    it("never takes a version publishing when an unnamed create began for its own", async () => {
        const found = await datasetVersionDriver.findMatching(publishing, { datasetId: "d1" }, { liveSinceMs: 10 });
        assert.deepEqual(found, []);
    });

    it("takes an unnamed version made since a POST whose answer was lost", async () => {
        const filter = { liveSinceMs: 0, createdSinceMs: 0 };
        assert.deepEqual(await datasetVersionDriver.findMatching(publishing, { datasetId: "d1" }, filter), ["other"]);
    });

    it("takes a version of its own name still publishing, and never one of another name", async () => {
        const named = (versionName: string) =>
            datasetVersionDriver.findMatching(publishing, { datasetId: "d1", versionName }, { liveSinceMs: 10 });
        assert.deepEqual(await named("V007"), ["other"]);
        assert.deepEqual(await named("V008"), []);
    });
});

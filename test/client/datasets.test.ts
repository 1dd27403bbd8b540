import assert from "node:assert/strict";
import { ModelArtsClient } from "../../provider/client/api";
import {
    DATASET_NOT_FOUND_CODES,
    DATASET_VERSION_NOT_FOUND_CODES,
    isNotFoundError,
    ModelArtsError,
} from "../../provider/client/errors";
import { RetryBudget } from "../../provider/client/retry-budget";
import { SendRateLimiter } from "../../provider/client/send-rate";
import { documentedDatasetAnswers } from "../documented/fixtures/datasets";
import { FakeClock } from "../../testkit/fake-clock";
import { expectModelArtsError } from "./expect-error";
import { akskSettings, FakeFetch, Reply } from "./fake-fetch";

function clientWith(replies: Reply[]) {
    const server = new FakeFetch(replies);
    const clock = new FakeClock();
    // One attempt each: what a single answer makes of a call (retries are the transport's, tested in http.test.ts).
    const sendRate = new SendRateLimiter({ clock });
    const options = { fetch: server.fetch, clock, retryBudget: new RetryBudget(), sendRate, maxAttempts: 1 };
    return { server, client: new ModelArtsClient(akskSettings, options) };
}

const PASSWORD = "Dws-Passw0rd!/x";

/** A table dataset read from GaussDB(DWS): its data source carries a password. */
const DWS_DATASET = {
    dataset_name: "orders",
    dataset_type: 400,
    data_sources: [{ data_type: 1, source_info: { user_name: "dbadmin", user_password: PASSWORD } }],
    work_path: "/b/out/",
    work_path_type: 0,
};

describe("client/api: datasets and dataset versions", () => {
    it("reads every documented example answer through the method that reads it", async () => {
        const a = documentedDatasetAnswers;
        const { client } = clientWith(
            [
                a.createDataset,
                a.getDataset,
                a.updateDataset,
                a.createDatasetVersion,
                a.getDatasetVersion,
                a.listDatasetVersions,
            ].map((body) => ({ status: 200, body })),
        );
        assert.equal((await client.createDataset(DWS_DATASET)).dataset_id, "WxCREuCkBSAlQr9xrde");
        const dataset = await client.getDataset("gfghHSokody6AJigS5A");
        assert.deepEqual([dataset.status, dataset.current_version_name, dataset.labels?.length], [1, "V003", 2]);
        assert.equal(
            (await client.updateDataset("gfghHSokody6AJigS5A", { description: "x" })).dataset_id,
            "gfghHSokody6AJigS5A",
        );
        assert.equal((await client.createDatasetVersion("d", {})).version_id, "sntOdOuB0D9C6fC4TXs");
        const version = await client.getDatasetVersion("d", "eSOKEQaXhKzxN00WKoV");
        assert.deepEqual(
            [version.version_name, version.status, version.train_evaluate_sample_ratio],
            ["V002", 1, "0.9999"],
        );
        const list = await client.listDatasetVersions("d");
        assert.deepEqual([list.total_number, list.versions.map((v) => v.version_name)], [3, ["V003", "V002", "V001"]]);
    });

    it("resolves both deletes on a 204 without a body and on the documented `{ }`", async () => {
        const { client, server } = clientWith([
            { status: 204 },
            { status: 204, body: "{ }" },
            { status: 204 },
            { status: 204, body: "{ }" },
        ]);
        await client.deleteDataset("d");
        await client.deleteDataset("d");
        await client.deleteDatasetVersion("d", "v");
        await client.deleteDatasetVersion("d", "v");
        assert.equal(server.calls.length, 4);
    });

    it("takes a create answered without its id for an unknown outcome, and never sends a create twice", async () => {
        const { client, server } = clientWith([
            { status: 201, body: { import_task_id: "t" } },
            { status: 201, body: { version_id: "" } },
            { status: 503, body: { error_code: "ModelArts.4302", error_msg: "unavailable" } },
        ]);
        const dataset = await expectModelArtsError(client.createDataset(DWS_DATASET));
        assert.deepEqual([dataset.outcomeUnknown, dataset.malformedAnswer], [true, true]);
        assert.match(dataset.message, /"dataset_id" is missing/);
        const version = await expectModelArtsError(client.createDatasetVersion("d", {}));
        assert.match(version.message, /"version_id" is an empty string, not a non-empty string/);
        const refused = await expectModelArtsError(client.createDatasetVersion("d", {}));
        assert.deepEqual([refused.status, refused.outcomeUnknown, server.calls.length], [503, true, 3]);
    });

    it("needs a dataset's id, name and numeric status, and a version's, to use an answer", async () => {
        const { client } = clientWith([
            { status: 200, body: { dataset_id: "d", dataset_name: "n", status: "1" } },
            { status: 200, body: { version_id: "v", status: 1 } },
            { status: 200, body: { total_number: 0 } },
        ]);
        for (const [call, field] of [
            [() => client.getDataset("d"), "status"],
            [() => client.getDatasetVersion("d", "v"), "version_name"],
            [() => client.listDatasetVersions("d"), "versions"],
        ] as const) {
            const error = await expectModelArtsError(call());
            assert.equal(error.malformedAnswer, true);
            assert.match(error.message, new RegExp(`"${field}" is`));
        }
    });

    it("redacts a data source password from a create's errors and from every place of an answer that echoes it", async () => {
        const { client } = clientWith([
            { status: 400, body: { error_code: "ModelArts.0101", error_msg: `cannot log in as dbadmin/${PASSWORD}` } },
            {
                status: 200,
                body: {
                    dataset_id: "d",
                    dataset_name: "orders",
                    status: 1,
                    description: `copied from ${JSON.stringify(PASSWORD).slice(1, -1).replace("/", "\\/")}`,
                    data_sources: DWS_DATASET.data_sources,
                },
            },
        ]);
        const error = await client.createDataset(DWS_DATASET).catch((e: unknown) => e);
        assert.ok(ModelArtsError.isInstance(error));
        assert.equal(error.errorMsg, "cannot log in as dbadmin/***");
        const dataset = await client.getDataset("d");
        assert.equal(dataset.data_sources?.[0]?.source_info?.user_password, "***");
        assert.equal(dataset.description, "copied from ***");
        assert.ok(!JSON.stringify(dataset).includes("Passw0rd"));
    });

    it("classifies the documented not-found codes: 4352 and 4338 a dataset, 4353 also a version", () => {
        const http = (status: number, code?: string) =>
            new ModelArtsError({ method: "GET", path: "/p", status, ...(code ? { errorCode: code } : {}) });
        for (const code of ["ModelArts.4352", "ModelArts.4338"]) {
            assert.equal(isNotFoundError(http(400, code), DATASET_NOT_FOUND_CODES), true);
            assert.equal(isNotFoundError(http(404, code), DATASET_VERSION_NOT_FOUND_CODES), true);
        }
        assert.equal(isNotFoundError(http(400, "ModelArts.4353"), DATASET_VERSION_NOT_FOUND_CODES), true);
        assert.equal(isNotFoundError(http(400, "ModelArts.4353"), DATASET_NOT_FOUND_CODES), false);
        assert.equal(isNotFoundError(http(404), DATASET_VERSION_NOT_FOUND_CODES), false);
        assert.equal(isNotFoundError(http(503, "ModelArts.4352"), DATASET_NOT_FOUND_CODES), false);
    });
});

import assert from "node:assert/strict";
import { DEFAULT_PROJECT_ID, DEMO_CREDENTIALS, DEMO_TOKEN } from "../../emulator/server";
import { DATASET_ID, EmulatorFixture, assertError } from "./fixture";

const DATASET = `/datasets/${DATASET_ID}`;

describe("emulator authentication and gateway errors", () => {
    let fixture: EmulatorFixture;
    const temporary = {
        kind: "aksk" as const,
        accessKey: "TEMPAK",
        secretKey: "temp-sk",
        securityToken: "session-token",
    };
    before(async () => {
        fixture = await EmulatorFixture.start({
            credentials: [DEMO_CREDENTIALS, temporary],
            tokens: [DEMO_TOKEN],
        });
    });
    after(() => fixture.close());

    it("answers a correctly signed request, with an X-Request-Id", async () => {
        const answer = await fixture.call("GET", DATASET);
        assert.equal(answer.status, 200);
        assert.match(answer.headers.get("x-request-id") ?? "", /^[0-9a-f]{32}$/);
    });

    it("refuses an unknown AK, a wrong secret and a tampered body with 401 APIGW.0301", async () => {
        const keys = [
            { accessKey: "NOPE", secretKey: "x" },
            { accessKey: DEMO_CREDENTIALS.accessKey, secretKey: "wrong" },
        ];
        for (const key of keys) {
            const answer = await fixture.call("GET", DATASET, { auth: { kind: "aksk", ...key } });
            assertError(answer, 401, "APIGW.0301");
            assert.match(answer.body.error_msg, /^Incorrect IAM authentication information: /);
        }
        const tampered = await fixture.call("POST", `${DATASET}/import-tasks`, {
            body: { import_path: "obs://my-bucket/raw/cats-dogs/" },
            sentBody: JSON.stringify({ import_path: "obs://my-bucket/raw/other/" }),
        });
        assert.equal(tampered.status, 401);
        assert.equal(fixture.emulator.createdTasks().import, 0);
    });

    it("refuses a signature dated more than 15 minutes from the server's clock, and accepts 14 minutes", async () => {
        const late = await fixture.call("GET", DATASET, { signedAt: fixture.clock.now() - 16 * 60_000 });
        assertError(late, 401, "APIGW.0301");
        const early = await fixture.call("GET", DATASET, { signedAt: fixture.clock.now() + 14 * 60_000 });
        assert.equal(early.status, 200);
    });

    it("requires the signed X-Security-Token of temporary credentials", async () => {
        const without = await fixture.call("GET", DATASET, { auth: { ...temporary, securityToken: undefined } });
        assertError(without, 401, "APIGW.0301");
        const wrong = await fixture.call("GET", DATASET, { auth: { ...temporary, securityToken: "other" } });
        assert.equal(wrong.status, 401);
        assert.equal((await fixture.call("GET", DATASET, { auth: temporary })).status, 200);
    });

    it("checks IAM tokens: missing 0201, unknown 0203, valid, then expired after 24 h 0202", async () => {
        const none = await fixture.call("GET", DATASET, { auth: { kind: "none" } });
        assertError(none, 401, "ModelArts.0201");
        const empty = await fixture.call("GET", DATASET, { auth: { kind: "token", token: "" } });
        assertError(empty, 401, "ModelArts.0201");
        const unknown = await fixture.call("GET", DATASET, { auth: { kind: "token", token: "forged" } });
        assert.deepEqual(unknown.body, { error_code: "ModelArts.0203", error_msg: "Invalid token." });
        assertError(unknown, 401, "ModelArts.0203");
        assert.equal((await fixture.call("GET", DATASET, { auth: { kind: "token", token: DEMO_TOKEN } })).status, 200);
        const expiry = await EmulatorFixture.start();
        try {
            await expiry.advance(24 * 3600_000 + 1);
            const expired = await expiry.call("GET", DATASET, { auth: { kind: "token", token: DEMO_TOKEN } });
            assertError(expired, 401, "ModelArts.0202");
        } finally {
            await expiry.close();
        }
    });

    it("answers 403 ModelArts.0210 when the project id of the URL or X-Project-Id is not the emulator's", async () => {
        const url = await fixture.call("GET", DATASET, { prefix: "/v2/another-project" });
        assertError(url, 403, "ModelArts.0210");
        const header = await fixture.call("GET", DATASET, { headers: { "X-Project-Id": "another-project" } });
        assertError(header, 403, "ModelArts.0210");
    });

    it("answers 404 ModelArts.4204 for an unknown API and 405 ModelArts.2803 for a wrong method", async () => {
        const unknown = await fixture.call("GET", "/trainings");
        assertError(unknown, 404, "ModelArts.4204");
        const method = await fixture.call("DELETE", `${DATASET}/import-tasks`);
        assertError(method, 405, "ModelArts.2803");
    });

    it("refuses a body over 12 MB with 413 ModelArts.4104, and a body that is not JSON with 400", async () => {
        const rawBody = `"${"x".repeat(12 * 1024 * 1024)}"`;
        assertError(await fixture.call("POST", `${DATASET}/import-tasks`, { rawBody }), 413, "ModelArts.4104");
        const garbled = await fixture.call("POST", `${DATASET}/import-tasks`, { rawBody: "{not json" });
        assertError(garbled, 400, "ModelArts.0101");
    });

    it("records each request with its route, status, time and JSON body", async () => {
        const before = fixture.emulator.requests.length;
        await fixture.call("GET", DATASET);
        await fixture.advance(1500);
        const body = { import_path: "obs://my-bucket/raw/", import_type: "dir", included_labels: [{ name: "cat" }] };
        await fixture.call("POST", `${DATASET}/import-tasks`, { body });
        const at = fixture.clock.now();
        assert.deepEqual(fixture.emulator.requests.slice(before), [
            {
                method: "GET",
                path: `/v2/${DEFAULT_PROJECT_ID}${DATASET}`,
                status: 200,
                atMs: at - 1500,
                route: "GET /v2/{project_id}/datasets/{dataset_id}",
            },
            {
                method: "POST",
                path: `/v2/${DEFAULT_PROJECT_ID}${DATASET}/import-tasks`,
                status: 200,
                atMs: at,
                body,
                route: "POST /v2/{project_id}/datasets/{dataset_id}/import-tasks",
            },
        ]);
    });
});

/**
 * The provider's OBS client: its settings (endpoint from the region or the override, AK/SK only), and its calls
 * against the emulated OBS, path style and virtual-hosted, with OBS errors carrying their code and no secret.
 */
import assert from "node:assert/strict";
import { request as httpRequest } from "http";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { FetchLike } from "../../../provider/client/fetch";
import { ObsClient } from "../../../provider/client/obs/obs-client";
import { ObsError } from "../../../provider/client/obs/obs-error";
import { resolveObsSettings } from "../../../provider/client/obs/obs-settings";
import { DEMO_CREDENTIALS, RunningEmulator, startEmulator } from "../../../emulator/server";
import { FakeClock } from "../../../testkit/fake-clock";
import { officialObsClient } from "../../../testkit/official-obs-client";

const config = (values: Record<string, string>) => ({ get: (key: string) => values[key] });
const KEYS = { "modelarts:accessKey": "AK", "modelarts:secretKey": "SK" };

describe("OBS client settings", () => {
    it("derives the endpoint from the region, Huawei Cloud or Open Telekom Cloud", () => {
        const huawei = resolveObsSettings(config({ ...KEYS, "modelarts:region": "cn-north-4" }), {});
        assert.equal(huawei.endpoint, "https://obs.cn-north-4.myhuaweicloud.com");
        const otc = resolveObsSettings(config(KEYS), { HW_REGION_NAME: "eu-nl" });
        assert.equal(otc.endpoint, "https://obs.eu-nl.otc.t-systems.com");
    });

    it("takes modelarts:obsEndpoint, then MODELARTS_OBS_ENDPOINT, over the region; plain http for loopback only", () => {
        const stack = { ...KEYS, "modelarts:region": "eu-de", "modelarts:obsEndpoint": "http://127.0.0.1:9000/" };
        assert.equal(resolveObsSettings(config(stack), {}).endpoint, "http://127.0.0.1:9000");
        const env = { MODELARTS_OBS_ENDPOINT: "https://obs.example.com" };
        assert.equal(
            resolveObsSettings(config({ ...KEYS, "modelarts:region": "eu-de" }), env).endpoint,
            env.MODELARTS_OBS_ENDPOINT,
        );
        assert.throws(
            () => resolveObsSettings(config({ ...KEYS, "modelarts:obsEndpoint": "http://obs.example.com" }), {}),
            /modelarts:obsEndpoint uses http:\/\/ for obs\.example\.com/,
        );
        assert.throws(() => resolveObsSettings(config(KEYS), {}), /modelarts:obsEndpoint/);
    });

    it("refuses a configuration with only an IAM token, naming AK/SK", () => {
        const tokenOnly = config({ "modelarts:authToken": "secret-token-value", "modelarts:region": "eu-de" });
        assert.throws(
            () => resolveObsSettings(tokenOnly, {}),
            (error: Error) =>
                /AK\/SK/.test(error.message) &&
                /modelarts:accessKey/.test(error.message) &&
                !error.message.includes("secret-token-value"),
        );
    });
});

describe("OBS client against the emulated OBS", () => {
    let emulator: RunningEmulator;
    let dataDir: string;
    const bucket = "obs-client-test";
    const keys = ["p/a&b<c>.txt", "p/plus+and space.txt", "p/ü.txt", "p/z/"];

    before(async () => {
        dataDir = mkdtempSync(join(tmpdir(), "obs-client-"));
        emulator = await startEmulator({ dataDir });
        const official = await officialObsClient(emulator.url, DEMO_CREDENTIALS);
        await official.createBucket({ Bucket: bucket });
        for (const key of keys)
            await official.putObject({ Bucket: bucket, Key: key, Body: key.endsWith("/") ? "" : key });
        official.close();
    });
    after(async () => {
        await emulator.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    const client = (secretKey: string = DEMO_CREDENTIALS.secretKey, extra: { securityToken?: string } = {}) =>
        new ObsClient({
            endpoint: emulator.url,
            credentials: { kind: "aksk", accessKey: DEMO_CREDENTIALS.accessKey, secretKey, ...extra },
        });

    it("lists page by page, keys holding &, <, + and spaces decoded (XML entities, then URL encoding)", async () => {
        const first = await client().listPage({ bucket, prefix: "p/", maxKeys: 2 });
        assert.deepEqual(
            first.objects.map((o) => o.key),
            ["p/a&b<c>.txt", "p/plus+and space.txt"],
        );
        assert.equal(first.isTruncated, true);
        const second = await client().listPage({ bucket, prefix: "p/", maxKeys: 2, marker: first.nextMarker });
        assert.deepEqual(
            second.objects.map((o) => o.key),
            ["p/z/", "p/ü.txt"],
        );
        assert.equal(second.isTruncated, false);
        assert.match(first.objects[0]?.etag ?? "", /^"[0-9a-f]{32}"$/);
    });

    it("addresses the bucket virtual-hosted on a cloud endpoint (signed for /bucket/)", async () => {
        const port = new URL(emulator.url).port;
        const hosts: string[] = [];
        const viaEmulator: FetchLike = (url, init) =>
            new Promise((resolve, reject) => {
                const target = new URL(url);
                hosts.push(target.host);
                const host = target.hostname.replace(/\.obs\.eu-de\.otc\.t-systems\.com$/, ".localhost");
                const req = httpRequest(
                    {
                        host: "127.0.0.1",
                        port,
                        method: init.method,
                        path: target.pathname + target.search,
                        headers: { ...init.headers, Host: host },
                    },
                    (res) => {
                        const chunks: Buffer[] = [];
                        res.on("data", (c: Buffer) => {
                            chunks.push(c);
                        });
                        res.on("end", () => {
                            resolve({
                                status: res.statusCode ?? 0,
                                headers: {
                                    get: (name) => (res.headers[name.toLowerCase()] as string | undefined) ?? null,
                                },
                                text: () => Promise.resolve(Buffer.concat(chunks).toString("utf8")),
                            });
                        });
                    },
                );
                req.on("error", reject);
                req.end();
            });
        const settings = {
            endpoint: "https://obs.eu-de.otc.t-systems.com",
            credentials: { kind: "aksk" as const, ...DEMO_CREDENTIALS },
        };
        const page = await new ObsClient(settings, { fetch: viaEmulator }).listPage({ bucket, prefix: "p/" });
        assert.equal(page.objects.length, 4);
        assert.deepEqual(hosts, [`${bucket}.obs.eu-de.otc.t-systems.com`]);
    });

    it("fails with the OBS code: NoSuchBucket, AccessDenied, SignatureDoesNotMatch; never a secret in the message", async () => {
        const codeOf = async (reading: Promise<unknown>) => {
            const error = await reading.then(
                () => undefined,
                (e: unknown) => e,
            );
            assert.ok(ObsError.isInstance(error), String(error));
            return [error.status, error.code, error.message];
        };
        assert.deepEqual((await codeOf(client().listPage({ bucket: "missing-bucket", prefix: "" }))).slice(0, 2), [
            404,
            "NoSuchBucket",
        ]);
        const allow = emulator.denyObsListing(bucket);
        assert.deepEqual((await codeOf(client().listPage({ bucket, prefix: "" }))).slice(0, 2), [403, "AccessDenied"]);
        allow();
        const [status, code, message] = await codeOf(
            client("wrong-secret", { securityToken: "tok-en" }).listPage({ bucket, prefix: "" }),
        );
        assert.deepEqual([status, code], [403, "SignatureDoesNotMatch"]);
        assert.ok(!String(message).includes("wrong-secret") && !String(message).includes("tok-en"));
    });

    it("is refused with RequestTimeTooSkewed when signed more than 15 minutes off the server's clock", async () => {
        const farAhead = new FakeClock(Date.now() + 16 * 60_000);
        const settings = { endpoint: emulator.url, credentials: { kind: "aksk" as const, ...DEMO_CREDENTIALS } };
        const error = await new ObsClient(settings, { clock: farAhead }).listPage({ bucket, prefix: "" }).then(
            () => undefined,
            (e: unknown) => e,
        );
        assert.ok(ObsError.isInstance(error) && error.code === "RequestTimeTooSkewed", String(error));
        const close = new FakeClock(Date.now() + 14 * 60_000);
        const page = await new ObsClient(settings, { clock: close }).listPage({ bucket, prefix: "p/" });
        assert.equal(page.objects.length, 4);
    });

    it("retries a 503 SlowDown after a backoff on the injected clock, and reads an unparsable 2xx as malformed", async () => {
        const clock = new FakeClock();
        const answers = [
            { status: 503, body: "<Error><Code>SlowDown</Code><Message>Too frequent requests.</Message></Error>" },
            { status: 200, body: "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>" },
            { status: 200, body: "<html>proxy page</html>" },
        ];
        const fetch: FetchLike = () => {
            const next = answers.shift() ?? { status: 500, body: "" };
            return Promise.resolve({
                status: next.status,
                headers: { get: () => null },
                text: () => Promise.resolve(next.body),
            });
        };
        const settings = {
            endpoint: "https://obs.eu-de.otc.t-systems.com",
            credentials: { kind: "aksk" as const, ...DEMO_CREDENTIALS },
        };
        const obs = new ObsClient(settings, { fetch, clock, random: () => 0.5, maxAttempts: 1 + 1 });
        const page = await obs.listPage({ bucket, prefix: "" });
        assert.deepEqual(page, { objects: [], isTruncated: false });
        assert.equal(clock.sleeps.length, 1);
        const error = await obs.listPage({ bucket, prefix: "" }).then(
            () => undefined,
            (e: unknown) => e,
        );
        assert.ok(ObsError.isInstance(error) && error.malformedAnswer, String(error));
    });
});

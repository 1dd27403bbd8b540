/**
 * The emulated OBS served to the official client (`esdk-obs-nodejs`) unchanged: path style and the AWS V2 signature
 * (what it sends to 127.0.0.1), its own XML parser reading our answers.
 */
import assert from "node:assert/strict";
import { createHash } from "crypto";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEMO_CREDENTIALS, RunningEmulator, startEmulator } from "../../emulator/server";
import { OfficialObsClient, officialObsClient } from "../../testkit/official-obs-client";

describe("emulated OBS with the official client", () => {
    let emulator: RunningEmulator;
    let dataDir: string;
    let client: OfficialObsClient;
    const bucket = "data-bucket";
    // Out of byte order on purpose; `a-b` sorts before `a/…` by bytes ('-' < '/'), after it by folders.
    const keys = ["raw/b.jpg", "raw/a.jpg", "raw/x &y+z.jpg", "raw/sub/c.jpg", "raw-notes.txt", "raw/é.jpg", "other"];

    before(async () => {
        dataDir = mkdtempSync(join(tmpdir(), "obs-official-"));
        emulator = await startEmulator({ dataDir });
        client = await officialObsClient(emulator.url, DEMO_CREDENTIALS);
        assert.equal((await client.createBucket({ Bucket: bucket })).CommonMsg.Status, 200);
        for (const key of keys) {
            const put = await client.putObject({ Bucket: bucket, Key: key, Body: `content of ${key}` });
            assert.equal(put.CommonMsg.Status, 200, key);
        }
    });
    after(async () => {
        client.close();
        await emulator.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it("lists a prefix in UTF-8 byte order over several pages, following the marker", async () => {
        const listed: string[] = [];
        let marker: string | undefined;
        let pages = 0;
        for (;;) {
            const answer = await client.listObjects({
                Bucket: bucket,
                Prefix: "raw",
                MaxKeys: 2,
                ...(marker === undefined ? {} : { Marker: marker }),
            });
            assert.equal(answer.CommonMsg.Status, 200);
            const result = answer.InterfaceResult;
            assert.ok(result);
            pages++;
            listed.push(...result.Contents.map((o) => o.Key));
            if (result.IsTruncated !== "true") break;
            marker = result.NextMarker;
        }
        const expected = keys
            .filter((k) => k.startsWith("raw"))
            .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        assert.deepEqual(listed, expected);
        assert.equal(listed[0], "raw-notes.txt");
        assert.equal(pages, 3);
    });

    it("describes each object with its quoted MD5, size and ISO time with milliseconds", async () => {
        const answer = await client.listObjects({ Bucket: bucket, Prefix: "raw/a.jpg" });
        const object = answer.InterfaceResult?.Contents[0];
        assert.ok(object);
        const md5 = createHash("md5").update("content of raw/a.jpg").digest("hex");
        assert.equal(object.ETag, `"${md5}"`);
        assert.equal(object.Size, String("content of raw/a.jpg".length));
        assert.match(object.LastModified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it("gets an object back, and deletes it", async () => {
        const key = "raw/x &y+z.jpg";
        const got = await client.getObject({ Bucket: bucket, Key: key });
        assert.equal(got.CommonMsg.Status, 200);
        assert.equal(String(got.InterfaceResult?.Content), `content of ${key}`);
        assert.equal((await client.deleteObject({ Bucket: bucket, Key: key })).CommonMsg.Status, 204);
        assert.equal((await client.getObject({ Bucket: bucket, Key: key })).CommonMsg.Code, "NoSuchKey");
        const listed = await client.listObjects({ Bucket: bucket, Prefix: "raw/x" });
        assert.deepEqual(listed.InterfaceResult?.Contents, []);
    });

    it("answers NoSuchBucket, a refused listing and a wrong secret as OBS does", async () => {
        const missing = await client.listObjects({ Bucket: "no-such-bucket" });
        assert.deepEqual([missing.CommonMsg.Status, missing.CommonMsg.Code], [404, "NoSuchBucket"]);
        const allow = emulator.denyObsListing(bucket);
        const denied = await client.listObjects({ Bucket: bucket });
        assert.deepEqual([denied.CommonMsg.Status, denied.CommonMsg.Code], [403, "AccessDenied"]);
        allow();
        assert.equal((await client.listObjects({ Bucket: bucket })).CommonMsg.Status, 200);
        const wrong = await officialObsClient(emulator.url, { ...DEMO_CREDENTIALS, secretKey: "not-the-secret" });
        const refused = await wrong.listObjects({ Bucket: bucket });
        assert.deepEqual([refused.CommonMsg.Status, refused.CommonMsg.Code], [403, "SignatureDoesNotMatch"]);
        wrong.close();
    });
});

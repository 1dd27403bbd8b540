/**
 * Reading `ListBucketResult` pages: the sample response of "Listing Objects in a Bucket" verbatim, URL-encoded keys
 * with XML entities, and answers that are not a listing (never read as an empty page).
 */
import assert from "node:assert/strict";
import { listQuery, parseListPage } from "../../../provider/client/obs/list-objects";
import { ObsError } from "../../../provider/client/obs/obs-error";

const malformed = (reason: string) =>
    new ObsError({ method: "GET", resource: "/b/", status: 200, message: reason, malformedAnswer: true });

describe("OBS listing pages", () => {
    it("reads the page's sample response (Listing Some Objects)", () => {
        const sample = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ListBucketResult xmlns="http://obs.example.com/doc/2015-06-30/">
  <Name>examplebucket</Name>
  <Prefix>obj</Prefix>
  <Marker>obj001</Marker>
  <MaxKeys>1000</MaxKeys>
  <IsTruncated>false</IsTruncated>
  <Contents>
    <Key>obj002</Key>
    <LastModified>2015-07-01T02:11:19.775Z</LastModified>
    <ETag>"a72e382246ac83e86bd203389849e71d"</ETag>
    <Size>9</Size>
    <Owner>
      <ID>b4bf1b36d9ca43d984fbcb9491b6fce9</ID>
      <DisplayName>ObjectOwnerName</DisplayName>
    </Owner>
    <StorageClass>STANDARD</StorageClass>
  </Contents>
</ListBucketResult>`;
        assert.deepEqual(parseListPage(sample, malformed), {
            objects: [
                {
                    key: "obj002",
                    etag: '"a72e382246ac83e86bd203389849e71d"',
                    size: 9,
                    lastModified: "2015-07-01T02:11:19.775Z",
                },
            ],
            isTruncated: false,
        });
    });

    it("decodes URL-encoded keys and NextMarker after the XML entities; a key 007 stays a string", () => {
        const page =
            "<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated><NextMarker>a%26b%2Bc%20d</NextMarker>" +
            "<Contents><Key>a%26b%2Bc%20d</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>&quot;x&quot;</ETag><Size>1</Size></Contents>" +
            '<Contents><Key>007</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>"y"</ETag><Size>0</Size></Contents>' +
            "</ListBucketResult>";
        const parsed = parseListPage(page, malformed);
        assert.deepEqual(
            parsed.objects.map((o) => [o.key, o.etag]),
            [
                ["a&b+c d", '"x"'],
                ["007", '"y"'],
            ],
        );
        assert.equal(parsed.nextMarker, "a&b+c d");
        const plain = page.replace("<EncodingType>url</EncodingType>", "").replace(/a%26b%2Bc%20d/g, "a&amp;b");
        assert.equal(parseListPage(plain, malformed).objects[0]?.key, "a&b");
    });

    it("refuses an answer that is not a listing, rather than read it as an empty page", () => {
        for (const body of [
            "",
            "<html>proxy</html>",
            "<ListBucketResult></ListBucketResult>",
            "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>k</Key></Contents></ListBucketResult>",
        ]) {
            assert.throws(
                () => parseListPage(body, malformed),
                (e: unknown) => ObsError.isInstance(e) && e.malformedAnswer,
                body,
            );
        }
    });

    it("asks for URL-encoded keys and pages of at most 1000, prefix and marker only when given", () => {
        assert.deepEqual(listQuery("", undefined, 1000), [
            ["encoding-type", "url"],
            ["max-keys", "1000"],
        ]);
        assert.deepEqual(listQuery("p/", "p/a", 10), [
            ["encoding-type", "url"],
            ["max-keys", "10"],
            ["prefix", "p/"],
            ["marker", "p/a"],
        ]);
    });
});

import assert from "node:assert/strict";
import { authorizationHeader, canonicalRequest, formatSdkDate, parseSdkDate } from "../../provider/client/signer";

// The official Huawei Cloud Node SDK signer is the reference (docs/api-notes.md, "Authentication").
// eslint-disable-next-line @typescript-eslint/no-require-imports -- used untyped: its declarations want a whole ICredential and return `{}`
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner");

const AK = "HPUAEXAMPLEAK0000001";
const SK = "exampleSecretKeyForTests0000000000000000";

interface Case {
    readonly name: string;
    readonly method: string;
    readonly path: string;
    readonly query: Record<string, string>;
    readonly headers: Record<string, string>;
    readonly data?: unknown;
}

const cases: Case[] = [
    {
        name: "POST with a JSON body and a project id",
        method: "POST",
        path: "/v2/0abc9d/datasets/gfghHSokody6AJigS5A/import-tasks",
        query: {},
        headers: { "content-type": "application/json", "X-Project-Id": "0abc9d" },
        data: { import_path: "s3://bucket/raw/", import_type: "dir", included_labels: [{ name: "猫" }] },
    },
    {
        name: "GET with an encoded segment and a query",
        method: "GET",
        path: "/v2/0abc9d/processor-tasks/a%20b",
        query: { limit: "100", offset: "0", search_content: "x y*(z)" },
        headers: { "content-type": "application/json", "X-Project-Id": "0abc9d", "X-Security-Token": "tok/en+=" },
    },
    {
        name: "path ending in a slash",
        method: "DELETE",
        path: "/v2/p/processor-tasks/t1/",
        query: {},
        headers: { "content-type": "application/json" },
    },
];

describe("client/signer", () => {
    const now = Date.UTC(2026, 10, 23, 1, 2, 3);
    const sdkDate = formatSdkDate(now);

    it("formats and parses X-Sdk-Date as YYYYMMDDTHHMMSSZ", () => {
        assert.equal(sdkDate, "20261123T010203Z");
        assert.equal(parseSdkDate(sdkDate), now);
        assert.ok(Number.isNaN(parseSdkDate("2026-11-23T01:02:03Z")));
    });

    for (const c of cases) {
        it(`matches the official SDK signer byte for byte: ${c.name}`, () => {
            const body = c.data === undefined ? "" : JSON.stringify(c.data);
            const headers = { ...c.headers, Host: "modelarts.cn-north-4.myhuaweicloud.com", "X-Sdk-Date": sdkDate };
            const ours = authorizationHeader(
                { method: c.method, path: c.path, query: Object.entries(c.query), headers, body },
                AK,
                SK,
            );
            const theirs = AKSKSigner.sign(
                {
                    method: c.method,
                    endpoint: `https://modelarts.cn-north-4.myhuaweicloud.com${c.path}`,
                    queryParams: c.query,
                    headers: { ...c.headers, "X-Sdk-Date": sdkDate },
                    data: c.data,
                },
                { getAk: () => AK, getSk: () => SK },
            );
            assert.equal(ours, theirs.Authorization);
        });
    }

    it("puts the signed header names, sorted and lower-case, in the canonical request", () => {
        const canonical = canonicalRequest(
            {
                method: "get",
                path: "/a b",
                query: [
                    ["b", "2"],
                    ["a", "1"],
                ],
                headers: { "X-B": " v ", Host: "h" },
                body: "",
            },
            ["X-B", "host"],
        );
        assert.equal(
            canonical,
            "GET\n/a%20b/\na=1&b=2\nhost:h\nx-b:v\n\nhost;x-b\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        );
    });
});

/**
 * The OBS header signature checked byte for byte against the official client's (`esdk-obs-nodejs`,
 * `lib/utils.js` `doAuth`, called with its OBS signature context on the same request, date and keys), and the
 * "Authentication of Signature in a Header" page's own example.
 */
import assert from "node:assert/strict";
import { compose, OutgoingRequest, RawResponse } from "../../../provider/client/layer";
import { obsAuth } from "../../../provider/client/obs/obs-auth";
import { encodeObjectKey, obsTarget } from "../../../provider/client/obs/obs-endpoint";
import { obsSignature, obsStringToSign } from "../../../provider/client/obs/string-to-sign";
import { FakeClock } from "../../../testkit/fake-clock";

interface EsdkUtils {
    ak: string;
    sk: string;
    doAuth(
        opt: { method: string; headers: Record<string, string>; uri: string; urlPath: string },
        name: string,
        context: object,
    ): void;
    encodeURIWithSafe(text: string, safe: string): string;
}

/** The official client's signing code, with its logger silenced. */
function esdkSigner(accessKey: string, secretKey: string): EsdkUtils {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped internal module of the reference client
    const Utils = require("esdk-obs-nodejs/lib/utils") as new (log: object) => EsdkUtils;
    const utils = new Utils({ isLevelEnabled: () => false, runLog: () => undefined });
    utils.ak = accessKey;
    utils.sk = secretKey;
    return utils;
}

const OBS_CONTEXT = {
    signature: "obs",
    headerPrefix: "x-obs-",
    headerMetaPrefix: "x-obs-meta-",
    authPrefix: "OBS",
    stsToken: "x-obs-security-token",
};

/** The headers our signing layer sends for `request`. */
async function signedByUs(
    request: Omit<OutgoingRequest, "priority">,
    credentials: { accessKey: string; secretKey: string; securityToken?: string },
    canonicalResource: string,
): Promise<Record<string, string>> {
    let sent: Readonly<Record<string, string>> = {};
    const capture = (r: OutgoingRequest): Promise<RawResponse> => {
        sent = r.headers;
        return Promise.resolve({ status: 200, headers: new Headers(), body: "" });
    };
    const clock = new FakeClock(Date.UTC(2026, 0, 15, 8, 12, 38));
    await compose(
        [obsAuth({ kind: "aksk", ...credentials }, clock, () => canonicalResource)],
        capture,
    )({ ...request, priority: "routine" });
    return { ...sent };
}

const queryString = (query: ReadonlyArray<readonly [string, string]>) =>
    query.length === 0
        ? ""
        : "?" + query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");

describe("OBS header signature", () => {
    const cases = [
        {
            what: "a listing page (no sub-resource signed), permanent keys",
            method: "GET" as const,
            bucket: "my-bucket",
            key: "",
            query: [
                ["encoding-type", "url"],
                ["max-keys", "1000"],
                ["prefix", "raw/cats dogs/"],
                ["marker", "raw/a&b.jpg"],
            ] as Array<[string, string]>,
            headers: {} as Record<string, string>,
            credentials: { accessKey: "AKEXAMPLE", secretKey: "sk/with+chars=" },
        },
        {
            what: "a PUT with a content type and temporary keys (the token signed as an x-obs- header)",
            method: "PUT" as const,
            bucket: "my-bucket",
            key: "raw/x &y+z (1)*!'é.jpg",
            query: [] as Array<[string, string]>,
            headers: { "Content-Type": "text/plain", "x-obs-meta-owner": "team" } as Record<string, string>,
            credentials: {
                accessKey: "TEMPAK",
                secretKey: "temp-secret",
                securityToken: "gQpzZXN0b2tlbg==/token+value",
            },
        },
        {
            what: "sub-resources (acl, versionId) signed in order",
            method: "GET" as const,
            bucket: "b.with.dots",
            key: "object.txt",
            query: [
                ["versionId", "v1"],
                ["acl", ""],
            ] as Array<[string, string]>,
            headers: {} as Record<string, string>,
            credentials: { accessKey: "AK2", secretKey: "SK2" },
        },
    ];

    for (const c of cases) {
        it(`matches esdk-obs-nodejs byte for byte: ${c.what}`, async () => {
            const target = obsTarget(new URL("https://obs.eu-de.otc.t-systems.com"), c.bucket, c.key);
            const ours = await signedByUs(
                { method: c.method, origin: target.origin, path: target.path, query: c.query, headers: c.headers },
                c.credentials,
                target.canonicalResource,
            );
            const esdk = esdkSigner(c.credentials.accessKey, c.credentials.secretKey);
            const theirs = { ...ours };
            delete theirs.Authorization;
            const opt = {
                method: c.method,
                headers: theirs,
                uri: target.canonicalResource,
                urlPath: queryString(c.query),
            };
            esdk.doAuth(opt, "test", OBS_CONTEXT);
            assert.ok(ours.Authorization?.startsWith(`OBS ${c.credentials.accessKey}:`));
            assert.equal(ours.Authorization, opt.headers.Authorization);
            assert.equal(ours["x-obs-date"], "Thu, 15 Jan 2026 08:12:38 GMT");
            if (c.key !== "") assert.equal(encodeObjectKey(c.key), esdk.encodeURIWithSafe(c.key, "/"));
        });
    }

    it("builds the page's StringToSign for a PUT with x-obs-date and a security token (table 3)", () => {
        const headers = {
            "x-obs-date": "Tue, 15 Oct 2015 07:20:09 GMT",
            "x-obs-security-token": "YwkaRTbdY8g7q....",
            "content-type": "text/plain",
            Date: "ignored when x-obs-date is sent",
        };
        const text = obsStringToSign({ method: "PUT", headers, canonicalResource: "/bucket/object.txt" }, "OBS");
        const expected =
            "PUT\n\ntext/plain\n\nx-obs-date:Tue, 15 Oct 2015 07:20:09 GMT\n" +
            "x-obs-security-token:YwkaRTbdY8g7q....\n/bucket/object.txt";
        assert.equal(text, expected);
        assert.match(obsSignature(text, "sk"), /^[A-Za-z0-9+/]{27}=$/);
    });

    it("addresses a bucket virtual-hosted on a cloud endpoint and in the path on an IP or localhost", () => {
        const cloud = obsTarget(new URL("https://obs.cn-north-4.myhuaweicloud.com"), "my-bucket", "a b/c.jpg");
        assert.deepEqual(cloud, {
            origin: "https://my-bucket.obs.cn-north-4.myhuaweicloud.com",
            path: "/a%20b/c.jpg",
            canonicalResource: "/my-bucket/a%20b/c.jpg",
        });
        for (const local of ["http://127.0.0.1:9000", "http://localhost:9000", "http://[::1]:9000"]) {
            const target = obsTarget(new URL(local), "my-bucket");
            assert.deepEqual(target, {
                origin: new URL(local).origin,
                path: "/my-bucket/",
                canonicalResource: "/my-bucket/",
            });
        }
    });
});

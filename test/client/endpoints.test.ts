import assert from "node:assert/strict";
import { assertSafeEndpoint, endpointForRegion } from "../../provider/client/endpoints";
import { expectConfigurationError } from "./expect-error";

describe("client/endpoints", () => {
    describe("endpointForRegion", () => {
        it("derives Huawei Cloud endpoints from the region", () => {
            assert.equal(endpointForRegion("cn-north-4"), "https://modelarts.cn-north-4.myhuaweicloud.com");
            assert.equal(endpointForRegion("ap-southeast-1"), "https://modelarts.ap-southeast-1.myhuaweicloud.com");
        });

        it("knows Open Telekom Cloud's eu-de", () => {
            assert.equal(endpointForRegion("eu-de"), "https://modelarts.eu-de.otc.t-systems.com");
        });

        it("knows Open Telekom Cloud's eu-nl", () => {
            assert.equal(endpointForRegion("eu-nl"), "https://modelarts.eu-nl.otc.t-systems.com");
        });

        it("refuses a name that is no region of either cloud, suggesting the nearest", () => {
            const error = expectConfigurationError(() => endpointForRegion("evil.example.com/x"));
            assert.match(
                error.message,
                /^modelarts:region "evil\.example\.com\/x" is not a known region\.\n.*set modelarts:endpoint/,
            );
            assert.match(
                error.message,
                /\nHuawei Cloud regions: .*cn-north-4.*\.\nOpen Telekom Cloud regions: eu-de, eu-nl\.$/,
            );
            assert.match(
                expectConfigurationError(() => endpointForRegion("ap-southeast-7")).message,
                /^modelarts:region "ap-southeast-7" is not a known region: did you mean ap-southeast-[1-5]\?\n/,
            );
        });
    });

    describe("assertSafeEndpoint", () => {
        it("accepts https and strips a trailing slash", () => {
            assert.equal(assertSafeEndpoint("https://modelarts.example.com/"), "https://modelarts.example.com");
            assert.equal(assertSafeEndpoint("https://proxy.example.com:8443/ma/"), "https://proxy.example.com:8443/ma");
        });

        it("accepts http only for loopback hosts", () => {
            const loopback = ["http://127.0.0.1:9000", "http://127.8.9.10", "http://localhost:1", "http://[::1]:8080"];
            for (const url of loopback) {
                assert.equal(assertSafeEndpoint(url), url);
            }
        });

        it("refuses http to any other host, naming the setting", () => {
            const remote = ["http://ma.example", "http://10.0.0.1", "http://127.0.0.1.nip.io", "http://localhost.a"];
            for (const url of remote) {
                const error = expectConfigurationError(() => assertSafeEndpoint(url, "MODELARTS_ENDPOINT"));
                assert.match(error.message, /^MODELARTS_ENDPOINT uses http:\/\//);
            }
        });

        it("refuses other schemes, credentials, queries and non-URLs", () => {
            const refusal = (url: string) => expectConfigurationError(() => assertSafeEndpoint(url)).message;
            assert.match(refusal("ftp://x.example.com"), /must be an https:\/\/ URL/);
            const withCredentials = refusal("https://user:p4ss@x.example.com");
            assert.match(withCredentials, /must not contain credentials/);
            assert.ok(!withCredentials.includes("p4ss"));
            assert.match(refusal("https://x.example.com/?token=1"), /must not contain credentials, a query/);
            assert.match(refusal("modelarts.example.com"), /^modelarts:endpoint is not a URL/);
        });
    });
});

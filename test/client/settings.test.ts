import assert from "node:assert/strict";
import { resolveSettings, secretValues } from "../../provider/client/settings";
import { expectConfigurationError } from "./expect-error";

type Values = Record<string, string>;

const resolve = (stackConfig: Values, env: Values) => resolveSettings({ get: (key) => stackConfig[key] }, env);
const refusal = (stackConfig: Values, env: Values) => expectConfigurationError(() => resolve(stackConfig, env)).message;
const credentialsOf = (stackConfig: Values, env: Values) => resolve(stackConfig, env).credentials;

/** One complete set of settings per source, named so the winner is visible. */
const hw = {
    HW_ACCESS_KEY: "hw-ak",
    HW_SECRET_KEY: "hw-sk",
    HW_PROJECT_ID: "hw-project",
    HW_REGION_NAME: "cn-north-4",
};
const sdk = { HUAWEICLOUD_SDK_AK: "sdk-ak", HUAWEICLOUD_SDK_SK: "sdk-sk", HUAWEICLOUD_SDK_PROJECT_ID: "sdk-project" };
const os = { OS_ACCESS_KEY: "os-ak", OS_SECRET_KEY: "os-sk", OS_PROJECT_ID: "os-project", OS_REGION_NAME: "eu-de" };
const stack = {
    "modelarts:accessKey": "cfg-ak",
    "modelarts:secretKey": "cfg-sk",
    "modelarts:projectId": "cfg-project",
    "modelarts:region": "ap-southeast-1",
};
const keysOnly = { HW_ACCESS_KEY: "a", HW_SECRET_KEY: "b" };

describe("client/settings", () => {
    it("prefers stack config over HW_, HUAWEICLOUD_SDK_ and OS_ variables", () => {
        assert.deepEqual(resolve(stack, { ...hw, ...sdk, ...os }), {
            endpoint: "https://modelarts.ap-southeast-1.myhuaweicloud.com",
            region: "ap-southeast-1",
            projectId: "cfg-project",
            credentials: { kind: "aksk", accessKey: "cfg-ak", secretKey: "cfg-sk" },
        });
    });

    it("falls back through HW_, then HUAWEICLOUD_SDK_, then OS_", () => {
        assert.deepEqual(resolve({}, { ...hw, ...sdk, ...os }), {
            endpoint: "https://modelarts.cn-north-4.myhuaweicloud.com",
            region: "cn-north-4",
            projectId: "hw-project",
            credentials: { kind: "aksk", accessKey: "hw-ak", secretKey: "hw-sk" },
        });
        assert.deepEqual(resolve({}, { ...sdk, ...os }), {
            endpoint: "https://modelarts.eu-de.otc.t-systems.com", // the SDKs have no region variable
            region: "eu-de",
            projectId: "sdk-project",
            credentials: { kind: "aksk", accessKey: "sdk-ak", secretKey: "sdk-sk" },
        });
        assert.deepEqual(resolve({}, os), {
            endpoint: "https://modelarts.eu-de.otc.t-systems.com",
            region: "eu-de",
            projectId: "os-project",
            credentials: { kind: "aksk", accessKey: "os-ak", secretKey: "os-sk" },
        });
    });

    it("takes the security token from the source of the key pair", () => {
        const env = { ...hw, OS_SECURITY_TOKEN: "os-token", HW_SECURITY_TOKEN: "hw-token" };
        assert.deepEqual(credentialsOf({}, env), {
            kind: "aksk",
            accessKey: "hw-ak",
            secretKey: "hw-sk",
            securityToken: "hw-token",
        });
        assert.deepEqual(credentialsOf({}, { ...hw, OS_SECURITY_TOKEN: "os-token" }), {
            kind: "aksk",
            accessKey: "hw-ak",
            secretKey: "hw-sk",
        });
    });

    it("uses an IAM token from stack config, ahead of keys in the environment", () => {
        const stackConfig = { "modelarts:authToken": "iam-token", "modelarts:projectId": "p" };
        assert.deepEqual(credentialsOf(stackConfig, hw), { kind: "token", authToken: "iam-token" });
    });

    it("lets an endpoint override the region's, from config first, then MODELARTS_ENDPOINT", () => {
        const env = { ...hw, MODELARTS_ENDPOINT: "http://127.0.0.1:7000/" };
        assert.equal(resolve({}, env).endpoint, "http://127.0.0.1:7000");
        const configured = { ...stack, "modelarts:endpoint": "https://ma.example.com" };
        assert.equal(resolve(configured, env).endpoint, "https://ma.example.com");
    });

    it("refuses an http endpoint that is not loopback, naming where it was set", () => {
        const remote = "http://10.1.2.3";
        assert.match(
            refusal({}, { ...hw, MODELARTS_ENDPOINT: remote }),
            /not configured:\nMODELARTS_ENDPOINT uses http:\/\//,
        );
        assert.match(
            refusal({ "modelarts:endpoint": remote }, hw),
            /not configured:\nmodelarts:endpoint uses http:\/\//,
        );
    });

    it("treats empty values as unset", () => {
        const settings = resolve({ "modelarts:accessKey": "", "modelarts:projectId": " " }, hw);
        assert.equal(settings.projectId, "hw-project");
        assert.deepEqual(settings.credentials, { kind: "aksk", accessKey: "hw-ak", secretKey: "hw-sk" });
    });

    it("says both ways to set missing credentials", () => {
        const message = refusal({ "modelarts:projectId": "p", "modelarts:region": "eu-de" }, {});
        for (const way of [
            "pulumi config set modelarts:accessKey",
            "pulumi config set --secret modelarts:secretKey",
            "pulumi config set --secret modelarts:authToken",
            "HW_ACCESS_KEY and HW_SECRET_KEY",
            "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK",
            "OS_ACCESS_KEY and OS_SECRET_KEY",
        ]) {
            assert.ok(message.includes(way), way);
        }
    });

    it("names the half of a key pair that is missing, without the other half's value", () => {
        const message = refusal({ "modelarts:accessKey": "cfg-ak" }, hw);
        assert.match(message, /not configured:\nmodelarts:accessKey is set but modelarts:secretKey is not/);
        assert.ok(!message.includes("cfg-ak"));
    });

    it("says both ways to set a missing project id or region", () => {
        assert.match(
            refusal({}, { ...keysOnly, HW_REGION_NAME: "eu-de" }),
            /pulumi config set modelarts:projectId .*HW_PROJECT_ID, HUAWEICLOUD_SDK_PROJECT_ID, OS_PROJECT_ID/,
        );
        assert.match(
            refusal({}, { ...keysOnly, HW_PROJECT_ID: "p" }),
            /modelarts:region .*modelarts:endpoint .*HW_REGION_NAME, OS_REGION_NAME, MODELARTS_ENDPOINT/,
        );
    });

    it("names every missing or wrong setting in one message, each with its environment variables", () => {
        const message = refusal({ "modelarts:region": "cn-nort-4" }, {});
        assert.match(
            message,
            /^the ModelArts provider is not configured:\n\(1\) modelarts:region "cn-nort-4" is not a known region: did you mean cn-north-4\?\n/,
        );
        assert.match(message, /did you mean cn-north-4\?/);
        assert.match(message, /\n\(2\) the ModelArts project id is not configured: .*HW_PROJECT_ID/);
        assert.match(message, /\n\(3\) no ModelArts credentials are configured\. .*HW_ACCESS_KEY and HW_SECRET_KEY/);
    });

    it("refuses a region of neither cloud from the environment too, naming the variable", () => {
        const message = refusal({}, { ...keysOnly, HW_PROJECT_ID: "p", HW_REGION_NAME: "mars-east-1" });
        assert.match(
            message,
            /HW_REGION_NAME "mars-east-1" is not a known region\.\n.*\nHuawei Cloud regions: .*\nOpen Telekom Cloud regions: /,
        );
        assert.match(message, /set modelarts:endpoint \(or MODELARTS_ENDPOINT\)/);
        assert.doesNotMatch(message, /did you mean/);
    });

    it("lists the secret values for redaction", () => {
        assert.deepEqual(secretValues(resolve({}, { ...hw, HW_SECURITY_TOKEN: "hw-token" })), ["hw-sk", "hw-token"]);
        const iam = { "modelarts:authToken": "iam", "modelarts:projectId": "p", "modelarts:region": "eu-de" };
        assert.deepEqual(secretValues(resolve(iam, {})), ["iam"]);
    });
});

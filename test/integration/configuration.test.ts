/**
 * Configuration errors come at `pulumi preview`: `check` resolves the provider's settings (no request), so missing
 * credentials, a missing project id or a region of neither cloud fail the preview with one message naming every
 * setting to fix and its environment variables, before anything reaches the service.
 */
import assert from "node:assert/strict";
import { EmulatedStack, modelarts, startEmulatedStack } from "../../testkit/emulated-stack";

describe("configuration errors at preview", function () {
    this.timeout(60_000);
    let stack: EmulatedStack;
    afterEach(() => stack.close());

    const program = () => {
        const { ImportTask } = modelarts();
        new ImportTask("raw", {
            datasetId: "gfghHSokody6AJigS5A",
            importPath: "obs://my-bucket/raw/",
            importType: "dir",
        });
    };

    async function previewWith(config: Record<string, string>): Promise<string> {
        stack = await startEmulatedStack({ program, config });
        const result = await stack.engine.preview();
        assert.equal(result.ok, false);
        assert.equal(stack.emulator.requests.length, 0, "nothing reached the service");
        const failed = result.steps.find((s) => s.op === "failed");
        assert.ok(failed?.error, "the resource's check failed");
        return failed.error;
    }

    it("names every missing setting in one message: endpoint or region, project id, credentials", async () => {
        const error = await previewWith({
            "modelarts:endpoint": "",
            "modelarts:projectId": "",
            "modelarts:accessKey": "",
            "modelarts:secretKey": "",
        });
        assert.match(
            error,
            /the ModelArts provider is not configured:\n\(1\) the ModelArts endpoint is not configured/,
        );
        assert.match(error, /HW_REGION_NAME, OS_REGION_NAME, MODELARTS_ENDPOINT/);
        assert.match(error, /\(2\) the ModelArts project id is not configured: .*HW_PROJECT_ID/);
        assert.match(error, /\(3\) no ModelArts credentials are configured\. .*HW_ACCESS_KEY and HW_SECRET_KEY/);
    });

    it("refuses a mistyped region before any request, suggesting the nearest", async () => {
        const error = await previewWith({ "modelarts:endpoint": "", "modelarts:region": "cn-nort-4" });
        assert.match(error, /modelarts:region "cn-nort-4" is not a known region: did you mean cn-north-4\?\n/);
        assert.doesNotMatch(error, /project id|credentials/);
    });
});

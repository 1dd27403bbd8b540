import assert from "node:assert/strict";
import { regeneratedPages } from "../../scripts/reference-tables";

describe("scripts/reference-tables", function () {
    this.timeout(60_000);
    const pages = regeneratedPages();

    it("finds the reference pages current: their tables are those derived from the code (npm run docs:tables)", () => {
        for (const page of pages)
            assert.equal(page.after, page.before, `${page.path} is stale: run npm run docs:tables`);
    });

    it("lists every output of the tables, with its documentation, and every arg with its API field", () => {
        const processor = pages.find((p) => p.path.endsWith("processor-task.md"))!.after;
        assert.match(processor, /\| `statusName` \| derived \| `status` as a word/);
        assert.match(processor, /\| `description` \| `description` \| in place \| Description: 0 to 256 characters/);
        const exported = pages.find((p) => p.path.endsWith("export-task.md"))!.after;
        assert.match(
            exported,
            /\| `exportFormat` \| `export_format` \| replaces \(left out: the service's value, no diff\)/,
        );
        assert.match(exported, /\| `triggers` \| not sent \| replaces \|/);
    });
});

import assert from "node:assert/strict";
import type {
    DatasetArgs,
    DatasetSyncArgs,
    DatasetVersionArgs,
    ExportTaskArgs,
    ImportTaskArgs,
    ProcessorTaskArgs,
} from "../../provider";
import type { DatasetSyncInputs } from "../../provider/dataset-sync/inputs";
import type { DatasetInputs } from "../../provider/dataset/inputs";
import type { DatasetVersionInputs } from "../../provider/dataset-version/inputs";
import type { ExportTaskInputs } from "../../provider/export-task/inputs";
import type { ImportTaskInputs } from "../../provider/import-task/inputs";
import type { ProcessorTaskInputs } from "../../provider/processor-task/inputs";
import type { DeepInputs } from "../../provider/resources/inputs";
import { changeSentence } from "../../scripts/args-interfaces";
import type { Regenerated } from "../../scripts/declared-docs";
import { regeneratedFiles } from "../../scripts/generate";

// Each generated args interface accepts exactly what its input table declares: the compiler checks both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsTables: [
    Same<DatasetArgs, DeepInputs<DatasetInputs>>,
    Same<DatasetSyncArgs, DeepInputs<DatasetSyncInputs>>,
    Same<DatasetVersionArgs, DeepInputs<DatasetVersionInputs>>,
    Same<ImportTaskArgs, DeepInputs<ImportTaskInputs>>,
    Same<ExportTaskArgs, DeepInputs<ExportTaskInputs>>,
    Same<ProcessorTaskArgs, DeepInputs<ProcessorTaskInputs>>,
] = [true, true, true, true, true, true];

describe("scripts/generate (npm run generate)", function () {
    this.timeout(60_000);
    let files: Regenerated[] = [];
    before(async () => {
        files = await regeneratedFiles();
    });
    const generated = (suffix: string) => files.find((f) => f.path.endsWith(suffix))!.after;

    it("finds every generated file current: the args interfaces and the pages' tables derive from the code", () => {
        assert.equal(sameAsTables.length, 6);
        for (const file of files) assert.equal(file.after, file.before, `${file.path} is stale: run npm run generate`);
    });

    it("lists every output of the tables, with its documentation, and every arg with its API field", () => {
        const processor = generated("processor-task.md");
        assert.match(processor, /\| `statusName` \| derived \| `status` as a word/);
        assert.match(processor, /\| `description` \| `description` \| in place \| Description: 0 to 256 characters/);
        const exported = generated("export-task.md");
        assert.match(
            exported,
            /\| `exportFormat` \| `export_format` \| replaces \(left out: the service's value, no diff\)/,
        );
        assert.match(exported, /\| `triggers` \| not sent \| replaces \|/);
    });

    it("ends each arg's TSDoc with what a change does, from its table entry", () => {
        const processor = generated("processor-task/args.ts");
        assert.match(processor, /0 to 256 characters[^*]*\*\n\s+\* Changing it updates the resource in place\.\n/);
        assert.match(
            processor,
            /\* Never sent to ModelArts; changing it replaces the resource\.\n\s+\*\/\n\s+triggers\?/,
        );
        const exported = generated("export-task/args.ts");
        assert.match(exported, /the service's value applies, and that is no change\.\n\s+\*\/\n\s+exportFormat\?/);
        assert.equal(
            changeSentence({ schema: { type: "boolean" }, sent: "never", change: "in place" }, false),
            "Never sent to ModelArts; changing it updates the resource in place without an API call.",
        );
        assert.equal(
            changeSentence({ schema: { type: "boolean" }, sent: "path" }, false),
            "Changing it replaces the resource.",
        );
    });
});

import assert from "node:assert/strict";
import Ajv from "ajv";
import { UNKNOWN_INPUT } from "../../provider/schemas/common";
import { RESOURCE_KINDS } from "../../provider/kinds";
import { AJV_OPTIONS } from "../../provider/ajv-instance";
import { validateInputs, withInputVocabulary } from "../../provider/schemas/validate";
import { inputTableOf } from "../../provider/registry";
import { validExport, validImport, validProcessor } from "./fixtures/hostile-inputs";

describe("validateInputs", () => {
    describe("values unknown during preview", () => {
        it("lets a required field that is present but unknown pass", () => {
            assert.deepEqual(
                validateInputs(inputTableOf("ImportTask"), { ...validImport, datasetId: UNKNOWN_INPUT }),
                [],
            );
            const processor = { ...validProcessor, name: UNKNOWN_INPUT, template: UNKNOWN_INPUT };
            assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), processor), []);
        });

        it("skips unknown values in place of strings, objects, arrays and array items", () => {
            const inputs = {
                ...validImport,
                importPath: UNKNOWN_INPUT,
                includedLabels: [UNKNOWN_INPUT, { name: UNKNOWN_INPUT, type: UNKNOWN_INPUT }],
                excludedLabels: UNKNOWN_INPUT,
                dataSource: { sourceInfo: UNKNOWN_INPUT },
                timeout: UNKNOWN_INPUT,
            };
            assert.deepEqual(validateInputs(inputTableOf("ImportTask"), inputs), []);
        });

        it("does not call dataSource and inputs both set while one of them is unknown", () => {
            assert.deepEqual(
                validateInputs(inputTableOf("ProcessorTask"), { ...validProcessor, dataSource: UNKNOWN_INPUT }),
                [],
            );
            assert.deepEqual(
                validateInputs(inputTableOf("ProcessorTask"), { ...validProcessor, inputs: UNKNOWN_INPUT }),
                [],
            );
        });

        it("counts an unknown value as set for a field that stands in for another", () => {
            const { importPath: _, ...withoutPath } = validImport;
            assert.deepEqual(
                validateInputs(inputTableOf("ImportTask"), { ...withoutPath, dataSource: UNKNOWN_INPUT }),
                [],
            );
        });

        it("still reports the known mistakes next to unknown values", () => {
            const inputs = { ...validImport, datasetId: UNKNOWN_INPUT, importType: "zip", extra: UNKNOWN_INPUT };
            const failures = validateInputs(inputTableOf("ImportTask"), inputs);
            assert.deepEqual(failures.map((f) => f.property).sort(), ["extra", "importType"]);
        });

        it("skips a rule that depends on an unknown discriminator", () => {
            const inputs = { ...validProcessor, workPath: { type: UNKNOWN_INPUT, path: "obs://my-bucket/work/" } };
            assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), inputs), []);
        });
    });

    it("ignores the serialized provider input", () => {
        assert.deepEqual(
            validateInputs(inputTableOf("ExportTask"), { ...validExport, __provider: "exports.handler = …" }),
            [],
        );
        assert.deepEqual(validateInputs(inputTableOf("ExportTask"), { ...validExport, __provider: UNKNOWN_INPUT }), []);
    });

    it("judges inputs exactly as written: no coercion, no defaults, no removed properties", () => {
        const inputs = { ...validImport, importAnnotations: "true", extra: 1 };
        const before = structuredClone(inputs);
        assert.equal(validateInputs(inputTableOf("ImportTask"), inputs).length, 2);
        assert.deepStrictEqual(inputs, before);
    });

    it("names the allowed values of an enum", () => {
        assert.deepEqual(validateInputs(inputTableOf("ImportTask"), { ...validImport, importType: "zip" }), [
            { property: "importType", reason: 'must be one of "dir", "manifest"' },
        ]);
    });

    it("reports a value of the wrong type once: by the values allowed, with their meanings, where there is a list", () => {
        const meanings = "must be one of 0 (labeled), 1 (unlabeled), 2 (all), 3 (conditional search)";
        assert.deepEqual(validateInputs(inputTableOf("ExportTask"), { ...validExport, exportType: "3" }), [
            { property: "exportType", reason: meanings },
        ]);
        assert.deepEqual(validateInputs(inputTableOf("ExportTask"), { ...validExport, exportType: 7 }), [
            { property: "exportType", reason: meanings },
        ]);
        assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), { ...validProcessor, description: 7 }), [
            { property: "description", reason: "must be a string" },
        ]);
    });

    it("suggests the known property a mistyped one is closest to", () => {
        const typos = validateInputs(inputTableOf("ImportTask"), { ...validImport, importpath: "obs://b/k/" });
        assert.deepEqual(
            typos.map((f) => f.property),
            ["importpath"],
        );
        assert.match(
            typos.map((f) => f.reason).join(),
            /^is not a known property: did you mean "importPath"\? \(known: datasetId, /,
        );
        const far = validateInputs(inputTableOf("ImportTask"), { ...validImport, somethingElse: 1 });
        assert.match(far.map((f) => f.reason).join(), /^is not a known property \(known: /);
    });

    it("states length limits and forbidden characters", () => {
        assert.deepEqual(
            validateInputs(inputTableOf("ProcessorTask"), { ...validProcessor, description: "x".repeat(257) }),
            [{ property: "description", reason: "must be at most 256 characters" }],
        );
        const [forbidden] = validateInputs(inputTableOf("ProcessorTask"), { ...validProcessor, description: "a<b" });
        assert.ok(forbidden, "a failure is reported");
        assert.match(forbidden.reason, /^must not contain any of \^!<>=&"'/);
    });

    it("lists the known properties beside an unknown one", () => {
        const inputs = { ...validExport, exportParams: { exportDest: "DIR", dest: "x" } };
        const [failure] = validateInputs(inputTableOf("ExportTask"), inputs);
        assert.ok(failure, "a failure is reported");
        assert.equal(failure.property, "exportParams.dest");
        assert.match(failure.reason, /^is not a known property \(known: clearHardProperty, exportDatasetVersion/);
        assert.match(failure.reason, /, trainSampleRatio\)$/);
    });

    it("reports missing required fields and exclusive alternatives", () => {
        const { name: _, inputs: __, ...rest } = validProcessor;
        assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), rest), [
            { property: "name", reason: "is required" },
            { property: "dataSource", reason: "is required: set dataSource or inputs" },
        ]);
        const both = { ...validProcessor, dataSource: { type: "DATASET", source: "d1" } };
        assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), both), [
            { property: "inputs", reason: "set either dataSource or inputs, not both" },
        ]);
    });

    it("writes paths the way Pulumi shows them: dots, indices and quoted keys", () => {
        const labels = [{ name: "a" }, { property: { "@modelarts:default_shape": "square" } }];
        const inputs = { ...validImport, includedLabels: labels };
        assert.deepEqual(
            validateInputs(inputTableOf("ImportTask"), inputs).map((f) => f.property),
            ['includedLabels[1].property["@modelarts:default_shape"]'],
        );
    });

    it("accepts both obs:// and s3:// paths, and the export path without a scheme", () => {
        const importPaths = ["obs://my-bucket/raw/", "s3://my-bucket/raw/", "obs://my-bucket", "s3://my.bucket/猫/x"];
        for (const importPath of importPaths) {
            assert.deepEqual(
                validateInputs(inputTableOf("ImportTask"), { ...validImport, importPath }),
                [],
                importPath,
            );
        }
        for (const path of ["/my-bucket/export/", "obs://my-bucket/export/", "s3://my-bucket/export/"]) {
            assert.deepEqual(validateInputs(inputTableOf("ExportTask"), { ...validExport, path }), [], path);
        }
    });

    it("accepts what the API pages allow: any processing task name, template id optional or unlisted, IPv6 hosts", () => {
        const allowed: Array<[string, Record<string, unknown>]> = [
            [
                "a name with spaces, over 64 characters",
                { ...validProcessor, name: `nightly validation ${"x".repeat(80)}` },
            ],
            ["a template without an id", { ...validProcessor, template: { name: "custom" } }],
            ["a template id the page does not list", { ...validProcessor, template: { id: "sys_data_newer" } }],
            [
                "a data source version name with a dot",
                { ...validProcessor, inputs: [{ type: "DATASET", source: "d1", versionName: "v1.0 final" }] },
            ],
        ];
        for (const [what, inputs] of allowed)
            assert.deepEqual(validateInputs(inputTableOf("ProcessorTask"), inputs), [], what);
        for (const ip of ["10.0.0.1", "fd00::1", "2001:db8::8a2e:370:7334", "dws.example.internal"]) {
            const dataSource = { dataType: 1, sourceInfo: { ip, port: "8000" } };
            assert.deepEqual(validateInputs(inputTableOf("ImportTask"), { ...validImport, dataSource }), [], ip);
        }
        assert.equal(
            validateInputs(inputTableOf("ImportTask"), {
                ...validImport,
                dataSource: { dataType: 1, sourceInfo: { ip: "-bad-.host" } },
            }).length,
            1,
        );
    });

    it("accepts any JSON as triggers, and changes nothing sent", () => {
        for (const triggers of ["2026-11-30", 3, true, ["a", { b: [1, null] }], { nested: { deep: "x" } }]) {
            assert.deepEqual(
                validateInputs(inputTableOf("ExportTask"), { ...validExport, triggers }),
                [],
                JSON.stringify(triggers),
            );
        }
        assert.equal(
            validateInputs(inputTableOf("ExportTask"), { ...validExport, triggers: "x".repeat(70_000) }).length,
            1,
        );
    });

    it("accepts timeouts from one second to 168 hours", () => {
        for (const timeout of ["1s", "45s", "30m", "1h30m", "1.5h", "168h", "1000ms"]) {
            assert.deepEqual(validateInputs(inputTableOf("ImportTask"), { ...validImport, timeout }), [], timeout);
        }
        for (const timeout of ["999ms", "168h1s", "0h", "1y"]) {
            assert.equal(validateInputs(inputTableOf("ImportTask"), { ...validImport, timeout }).length, 1, timeout);
        }
    });
});

describe("the input tables' schemas", () => {
    // The provider compiles without a meta-schema (start-up cost, bench/README.md): the check happens here.
    const withMetaSchema = () => new Ajv({ ...AJV_OPTIONS, meta: true, validateSchema: true });

    it("are valid draft-07 schemas that compile in strict mode with our formats and keywords", () => {
        const ajv = withInputVocabulary(withMetaSchema());
        for (const kind of RESOURCE_KINDS) {
            const { schema } = inputTableOf(kind);
            assert.equal(ajv.validateSchema(schema), true, `${kind}: ${ajv.errorsText()}`);
            assert.equal(typeof ajv.compile(schema), "function", kind);
        }
    });

    it("would fail that check for a schema breaking the meta-schema", () => {
        assert.equal(withMetaSchema().validateSchema({ type: "object", maxProperties: "64" }), false);
    });
});

describe("validateInputs: a dataset's work path", () => {
    const dataset = {
        datasetName: "d",
        datasetType: 0,
        dataSources: [{ dataPath: "/my-bucket/raw/" }],
    };
    const failuresFor = (workPath: string) =>
        validateInputs(inputTableOf("Dataset"), { ...dataset, workPath }).map((f) => f.property);

    it("refuses a bucket alone, in every spelling, naming workPath", () => {
        for (const root of ["/my-bucket/", "/my-bucket", "obs://my-bucket/", "s3://my-bucket"])
            assert.deepEqual(failuresFor(root), ["workPath"], root);
    });

    it("takes a directory in a bucket", () => {
        for (const dir of ["/my-bucket/work/", "obs://my-bucket/a/b/", "s3://my-bucket/w"])
            assert.deepEqual(failuresFor(dir), [], dir);
    });
});

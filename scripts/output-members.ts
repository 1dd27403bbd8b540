/**
 * The output properties of each resource class, written into its body in `provider/<kind>/resource.ts` between the
 * `outputs` markers: one `declare readonly` field per entry of the kind's output table, with the entry's TSDoc and
 * the type `OutputProperties` derives from the table (`provider/resources/outputs.ts`). Declared on the class itself,
 * so that an editor and the API reference show them as the class's own, with no helper type in between; a test
 * checks that they equal what the table derives.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as ts from "typescript";
import type { ResourceKind } from "../provider/kinds";
import { KIND_FOLDERS, RESOURCE_KINDS } from "../provider/kinds";
import type { Regenerated } from "./declared-docs";
import { isScalar, scalarText } from "./args-interfaces";
import type { NamedTypes } from "./declared-docs";
import { declaredProperties, declaringFile, namedTypes, repoRoot } from "./declared-docs";
import { docComment, replaceBetween } from "./generated-text";

const lowerFirst = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

/** A module declaring, for every kind, what each `pulumi.Output` of `OutputProperties<Raw, typeof table>` holds. */
function outputPropertiesModule(): string {
    const dir = mkdtempSync(join(tmpdir(), "output-members-"));
    const path = join(dir, "outputs.ts");
    const from = (file: string) => JSON.stringify(join(repoRoot, file));
    const lines = RESOURCE_KINDS.flatMap((kind) => [
        `import type { ${kind}Response } from ${from("provider/client/types")};`,
        `import type { ${lowerFirst(kind)}Outputs } from ${from(`provider/${KIND_FOLDERS[kind]}/outputs`)};`,
        `export type ${kind}Outputs = ValuesOf<OutputProperties<${kind}Response, typeof ${lowerFirst(kind)}Outputs>>;`,
    ]);
    const header = [
        `import type { OutputInstance } from ${from("node_modules/@pulumi/pulumi")};`,
        `import type { OutputProperties } from ${from("provider/resources/outputs")};`,
        // What each `pulumi.Output` holds, for the generator to print.
        "type ValuesOf<O> = { [K in keyof O]: O[K] extends OutputInstance<infer T> ? T : never };",
    ];
    writeFileSync(path, [...header, ...lines].join("\n"));
    return path;
}

function members(program: ts.Program, kind: ResourceKind, named: NamedTypes): string {
    const checker = program.getTypeChecker();
    const table = `${lowerFirst(kind)}Outputs`;
    const docs = new Map(
        declaredProperties(program, declaringFile(program, `export const ${table} `), table).map((p) => [
            p.name,
            p.doc,
        ]),
    );
    const file = program.getSourceFiles().find((f) => f.fileName.includes("output-members-"))!;
    return declaredProperties(program, file, `${kind}Outputs`)
        .map(({ name, symbol }) => {
            // Each property is `pulumi.Output<T>`: print T, by the names the package exports.
            const value = checker.getTypeOfSymbol(symbol);
            const text = valueText(checker, value, named, `${kind}.${name}`);
            return `${docComment([docs.get(name) ?? ""], "    ")}\n    declare readonly ${name}: pulumi.Output<${text}>;`;
        })
        .join("\n");
}

/** What an output holds, as text: a scalar as itself, anything deeper by the name the package exports for it. */
function valueText(checker: ts.TypeChecker, value: ts.Type, named: NamedTypes, where: string): string {
    if (isScalar(value)) return scalarText(checker, value);
    const nonNull = checker.getNonNullableType(value);
    const name = named.nameOf(nonNull);
    if (name === undefined)
        return named.useText(checker.typeToString(value, undefined, ts.TypeFormatFlags.NoTruncation), where);
    return value === nonNull ? name : `${name} | undefined`;
}

/** Each resource class's file with its output members regenerated. */
export function regeneratedOutputMembers(): Regenerated[] {
    const program = ts.createProgram([join(repoRoot, "provider/index.ts"), outputPropertiesModule()], {
        strict: true,
        skipLibCheck: true,
    });
    return RESOURCE_KINDS.map((kind) => {
        const path = join(repoRoot, "provider", KIND_FOLDERS[kind], "resource.ts");
        const before = readFileSync(path, "utf8");
        const named = namedTypes(program);
        const body = members(program, kind, named);
        const withMembers = replaceBetween(before, "outputs", body, "    //");
        return { path, before, after: replaceBetween(withMembers, "output-types", named.imports().join("\n"), "//") };
    });
}

/**
 * The args and outputs tables of the reference pages (`docs/<kind>.md`), derived from the one declaration of each
 * field: an arg's documentation, API name and change from its input table entry (`schemas/input-table.ts`), an
 * output's documentation and source from its output table entry (`schemas/output-table.ts`), the statuses from
 * the kind's status table (`schemas/status-table.ts`). `npm run generate` rewrites the tables between their
 * markers (`generate.ts`).
 */
import { readFileSync } from "fs";
import { join } from "path";
import type * as ts from "typescript";
import type { ResourceKind } from "../provider/kinds";
import { KIND_FOLDERS, RESOURCE_KINDS } from "../provider/kinds";
import { driverOf } from "../provider/registry";
import type { InputFields, InputTable } from "../provider/schemas/input-table";
import type { OutputTable } from "../provider/schemas/output-table";
import type { StatusTable } from "../provider/schemas/status-table";
import type { DeclaredProperty, Regenerated } from "./declared-docs";
import { declaredProperties, declaringFile, repoRoot } from "./declared-docs";
import { replaceBetween } from "./generated-text";

interface KindPage {
    readonly page: string;
    /** The type alias of the kind's inputs (`ImportTaskInputs`), whose fields carry the input table's TSDoc. */
    readonly inputs: string;
    /** The output table's name (`importTaskOutputs`), whose entries carry the outputs' TSDoc. */
    readonly outputs: string;
    readonly inputTable: InputTable<InputFields>;
    readonly table: OutputTable<never>;
    readonly statuses: StatusTable;
}

/** The page of one kind, its tables from the kind's driver (`provider/registry.ts`). */
function kindPage(kind: ResourceKind): KindPage {
    const driver = driverOf(kind);
    return {
        page: `docs/${KIND_FOLDERS[kind]}.md`,
        inputs: `${kind}Inputs`,
        outputs: `${kind.charAt(0).toLowerCase()}${kind.slice(1)}Outputs`,
        inputTable: driver.inputs,
        table: driver.outputs,
        statuses: driver.statuses,
    };
}

const PAGES: readonly KindPage[] = RESOURCE_KINDS.map(kindPage);

/** A TSDoc text as a table cell: `{@link X}` as code (Markdown has no such link), pipes escaped. */
const cell = (text: string) => text.replace(/\{@link\s+([^}\s]+)\s*\}/g, "`$1`").replace(/\|/g, "\\|");

/** One row per input, in the input table's order. */
function argsTable(properties: readonly DeclaredProperty[], page: KindPage): string {
    const { fields, apiNames, serverDefaulted } = page.inputTable;
    const docs = new Map(properties.map((p) => [p.name, p.doc]));
    const rows = Object.keys(fields).map((name) => {
        const doc = docs.get(name) ?? "";
        const api = apiNames[name] ?? "not sent";
        const change = fields[name]?.change ?? "replaces";
        const filled = serverDefaulted.includes(name) ? " (left out: the service's value, no diff)" : "";
        const sent = api === "not sent" ? api : api.startsWith("(path) ") ? `path \`${api.slice(7)}\`` : `\`${api}\``;
        return `| \`${name}\` | ${sent} | ${change}${filled} | ${cell(doc)} |`;
    });
    return ["| arg | API field | a change | meaning |", "|---|---|---|---|", ...rows].join("\n");
}

/** What each status means for the resource, from the kind's status table. */
function statusesTable(page: KindPage): string {
    const meaning = {
        running: "still under way: `pulumi up` waits",
        succeeded: "done: the create or update succeeds",
        failed: "ended in failure: kept in the stack, the next `up` replaces it",
        gone: "gone: a refresh drops it, and the next `up` replaces it",
    } as const;
    const rows = Object.entries(page.statuses).map(([status, entry]) => {
        const value = status === entry.word ? `\`${status}\`` : status;
        const word = status === entry.word ? "" : `\`${entry.word}\``;
        const leftOver = entry.leftOver ? "; an interrupted `up` may leave it, and the next one adopts it" : "";
        return `| ${value} | ${word} | ${meaning[entry.phase]}${leftOver} |`;
    });
    return [
        "| status | word | what it means |",
        "|---|---|---|",
        ...rows,
        "| any other | `UNKNOWN` or as answered | waited on, never taken for success |",
    ].join("\n");
}

function outputsTable(properties: readonly DeclaredProperty[], page: KindPage): string {
    const rows = properties.map(({ name, doc }) => {
        const source = page.table[name];
        const from =
            source === undefined
                ? ""
                : "api" in source
                  ? `\`${source.api}\``
                  : "recordedBy" in source
                    ? "the provider"
                    : "derived";
        return `| \`${name}\` | ${from} | ${cell(doc)} |`;
    });
    return ["| output | from | meaning |", "|---|---|---|", ...rows].join("\n");
}

/** Each page with its tables regenerated. */
export function regeneratedPages(program: ts.Program): Regenerated[] {
    return PAGES.map((page) => {
        const path = join(repoRoot, page.page);
        const before = readFileSync(path, "utf8");
        const properties = (name: string, declaration: string) =>
            declaredProperties(program, declaringFile(program, declaration), name);
        const args = argsTable(properties(page.inputs, `export type ${page.inputs} `), page);
        const outputs = outputsTable(properties(page.outputs, `export const ${page.outputs} `), page);
        const withTables = replaceBetween(replaceBetween(before, "args", args, "<!--"), "outputs", outputs, "<!--");
        const after = replaceBetween(withTables, "statuses", statusesTable(page), "<!--");
        return { path, before, after };
    });
}

/**
 * `npm run generate`: rewrites what is derived from the kinds' tables, the reference pages' tables
 * (`reference-tables.ts`), and the args interfaces (`args-interfaces.ts`). `-- --check` writes nothing and fails when
 * any is stale (a test runs the same comparison).
 */
import { writeFileSync } from "fs";
import * as prettier from "prettier";
import { regeneratedArgs } from "./args-interfaces";
import { publicProgram } from "./declared-docs";
import type { Regenerated } from "./declared-docs";
import { regeneratedPages } from "./reference-tables";

/** Everything generated, each with its text now and regenerated. */
export async function regeneratedFiles(): Promise<Regenerated[]> {
    const program = publicProgram();
    const code = regeneratedArgs(program);
    return [...(await Promise.all(code.map(formatted))), ...regeneratedPages(program)];
}

/** Generated code formatted as the repository's Prettier settings say, so that the lint finds it as written. */
async function formatted(file: Regenerated): Promise<Regenerated> {
    const options = { ...(await prettier.resolveConfig(file.path)), filepath: file.path };
    return { ...file, after: await prettier.format(file.after, options) };
}

async function main(check: boolean): Promise<void> {
    const stale = (await regeneratedFiles()).filter((f) => f.before !== f.after);
    if (!check) for (const file of stale) writeFileSync(file.path, file.after);
    for (const file of stale) process.stdout.write(`${check ? "stale" : "rewritten"}: ${file.path}\n`);
    if (check && stale.length > 0) process.exitCode = 1;
}

if (require.main === module) void main(process.argv.includes("--check"));

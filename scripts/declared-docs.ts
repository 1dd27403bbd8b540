/**
 * What the generators (`reference-tables.ts`, `args-interfaces.ts`) read from the code: one TypeScript program over
 * the public entry, and the documented properties of a declared type or const, as the compiler sees them.
 */
import { join } from "path";
import * as ts from "typescript";

export const repoRoot = join(__dirname, "..");

/** A declared property: its name, its TSDoc text on one line, and the symbol for further questions. */
export interface DeclaredProperty {
    readonly name: string;
    readonly doc: string;
    readonly symbol: ts.Symbol;
}

/** The program of the public entry: it reaches every input type and, through the classes, every output table. */
export function publicProgram(): ts.Program {
    return ts.createProgram([join(repoRoot, "provider/index.ts")], { strict: true, skipLibCheck: true });
}

/** The source file that declares `text` (e.g. `export type ImportTaskInputs `). */
export function declaringFile(program: ts.Program, text: string): ts.SourceFile {
    const file = program.getSourceFiles().find((f) => f.text.includes(text));
    if (file === undefined) throw new Error(`nothing declares ${text}`);
    return file;
}

/** The properties of the type alias, interface or const named `name` in `file`, in declaration order. */
export function declaredProperties(program: ts.Program, file: ts.SourceFile, name: string): DeclaredProperty[] {
    const checker = program.getTypeChecker();
    let declared: ts.Node | undefined;
    const visit = (node: ts.Node): void => {
        const named =
            ts.isTypeAliasDeclaration(node) || ts.isVariableDeclaration(node) || ts.isInterfaceDeclaration(node)
                ? node.name
                : undefined;
        if (named !== undefined && ts.isIdentifier(named) && named.text === name) declared = named;
        else ts.forEachChild(node, visit);
    };
    visit(file);
    if (declared === undefined) throw new Error(`${name} is not declared in ${file.fileName}`);
    return checker.getPropertiesOfType(checker.getTypeAtLocation(declared)).map((symbol) => ({
        name: symbol.name,
        doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, " ").trim(),
        symbol,
    }));
}

/** A generated file's path, its text now and its text regenerated. */
export interface Regenerated {
    readonly path: string;
    readonly before: string;
    readonly after: string;
}

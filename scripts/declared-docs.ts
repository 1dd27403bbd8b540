/**
 * What the generators (`reference-tables.ts`, `args-interfaces.ts`) read from the code: one TypeScript program over
 * the public entry, and the documented properties of a declared type or const, as the compiler sees them.
 */
import { join, relative } from "path";
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

/** The exported names of the types a generated declaration uses. */
export interface NamedTypes {
    /** The exported name of `type` (`Label`), or of its elements (`readonly Label[]`); undefined when it has none. */
    nameOf(type: ts.Type): string | undefined;
    /** The names used so far, each with the module (under `provider/`, no extension) that declares it. */
    readonly used: ReadonlyMap<string, string>;
    /** The import declarations of the names used, for a generated module in `provider/<folder>/`. */
    imports(): string[];
}

export function namedTypes(program: ts.Program): NamedTypes {
    const checker = program.getTypeChecker();
    const entry = checker.getSymbolAtLocation(program.getSourceFile(join(repoRoot, "provider/index.ts"))!)!;
    const names = new Map<ts.Type, string>();
    const modules = new Map<string, string>();
    for (const exported of checker.getExportsOfModule(entry)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if ((symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) === 0) continue;
        names.set(checker.getDeclaredTypeOfSymbol(symbol), exported.name);
        const file = symbol.declarations![0]!.getSourceFile().fileName;
        modules.set(exported.name, relative(join(repoRoot, "provider"), file).replace(/\.ts$/, ""));
    }
    const used = new Map<string, string>();
    const nameOf = (type: ts.Type): string | undefined => {
        const alias = type.aliasSymbol === undefined ? undefined : checker.getDeclaredTypeOfSymbol(type.aliasSymbol);
        const printed = checker.typeToString(type);
        const byText = modules.has(printed) ? printed : undefined;
        const name = names.get(type) ?? (alias === undefined ? undefined : names.get(alias)) ?? byText;
        if (name !== undefined) used.set(name, modules.get(name)!);
        if (name !== undefined || !checker.isArrayType(type)) return name;
        const element = nameOf(checker.getTypeArguments(type as ts.TypeReference)[0]!);
        return element === undefined ? undefined : `readonly ${element}[]`;
    };
    const imports = () => {
        const byModule = new Map<string, string[]>();
        for (const [name, module] of used) byModule.set(module, [...(byModule.get(module) ?? []), name]);
        return [...byModule]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([module, list]) => `import type { ${list.sort().join(", ")} } from "../${module}";`);
    };
    return { nameOf, used, imports };
}

import * as ts from "typescript";
const file = "/work/main/provider/schemas/import-task.ts";
const program = ts.createProgram([file], {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
});
const diags = ts.getPreEmitDiagnostics(program);
for (const d of diags)
    console.log("DIAG", d.file?.fileName, ts.flattenDiagnosticMessageText(d.messageText, "\n").slice(0, 400));
const checker = program.getTypeChecker();
const sf = program.getSourceFile(file)!;
ts.forEachChild(sf, (n) => {
    if (
        ts.isTypeAliasDeclaration(n) &&
        ["ImportTaskInputs", "Label", "LabelProperty", "ImportSourceInfo"].includes(n.name.text)
    ) {
        const t = checker.getTypeAtLocation(n.name);
        console.log("==", n.name.text);
        for (const p of checker.getPropertiesOfType(t))
            console.log(
                " ",
                p.name,
                p.flags & ts.SymbolFlags.Optional ? "?" : "",
                checker.typeToString(checker.getTypeOfSymbol(p)).slice(0, 80),
                "|",
                ts.displayPartsToString(p.getDocumentationComment(checker)).slice(0, 50),
            );
        for (const i of checker.getIndexInfosOfType(t)) console.log("  [index]", checker.typeToString(i.type));
    }
});

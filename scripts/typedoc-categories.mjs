// A TypeDoc plugin that shows the API as a user writes it, not as the package builds it:
// - it files each exported symbol under Resources, Lookups or Types by what it is, so that a new kind's class, args
//   and lookups land in their place without a tag to remember (a `@category` written in the source wins);
// - a type alias shows the type it stands for (`"dir" | "manifest"`), not the schema helper that derives it;
// - a property shows no initializer: the types are derived from schema constants, whose values are no defaults;
// - an answer interface derived from its schema (`extends TypeOf<typeof schema>`), and a resource class whose outputs
//   come from its output table (`OutputProperties<…>`, merged into the class), show those fields as their own.
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** The category of a top-level reflection, by its kind and name. */
function categoryOf(reflection, resourceClasses) {
    const name = reflection.name;
    if (reflection.kindOf(ReflectionKind.Class) && name !== "LookupError") return "Resources";
    if (name.endsWith("Args") && resourceClasses.has(name.slice(0, -4))) return "Resources";
    if (reflection.kindOf(ReflectionKind.Function) && /^get[A-Z]/.test(name)) return "Lookups";
    if (/^Get\w+(Args|Result)$|Info$|^Lookup/.test(name)) return "Lookups";
    return "Types";
}

export function load(app) {
    app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
        const generic = reflection.typeParameters !== undefined;
        if (reflection.kindOf(ReflectionKind.TypeAlias) && !generic && reflection.name !== "Json") {
            (reflection.comment ??= new Comment()).modifierTags.add("@useDeclaredType");
        }
        if (reflection.kindOf(ReflectionKind.Property)) delete reflection.defaultValue;
    });
    app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
        const project = context.project;
        const resourceClasses = new Set(
            project
                .getReflectionsByKind(ReflectionKind.Class)
                .map((r) => r.name)
                .filter((n) => n !== "LookupError"),
        );
        const helpers = new Set(["TypeOf", "OutputProperties"]);
        for (const reflection of project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.Class)) {
            const derived = (reflection.extendedTypes ?? []).filter((t) => helpers.has(t.name));
            if (derived.length === 0) continue;
            reflection.extendedTypes = reflection.extendedTypes.filter((t) => !derived.includes(t));
            if (reflection.extendedTypes.length === 0) delete reflection.extendedTypes;
            for (const child of reflection.children ?? []) {
                for (const part of [child, ...(child.signatures ?? [])]) {
                    if (helpers.has(part.inheritedFrom?.name.split(/[.<]/)[0])) delete part.inheritedFrom;
                }
            }
        }
        // The reference pages (docs/*.md) are one group of their own.
        for (const document of project.documents ?? []) document.frontmatter.category ??= "Guides";
        for (const reflection of project.children ?? []) {
            const comment = (reflection.comment ??= new Comment());
            if (comment.getTag("@category")) continue;
            const category = categoryOf(reflection, resourceClasses);
            comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: category }]));
        }
    });
}

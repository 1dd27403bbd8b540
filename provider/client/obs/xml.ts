/**
 * The one XML parser of the OBS client (`fast-xml-parser`): every value is kept as the text it was (a key `007` stays
 * a string, a key with blanks around it keeps them), the five XML entities and numeric character references are
 * decoded once (a key holding `&` arrives as `&amp;`), and attributes (the namespace) are ignored.
 */
import { XMLParser } from "fast-xml-parser";

/** The parsed document: elements as objects, text as strings; an element listed in `arrays` is always an array. */
export type XmlTree = { readonly [element: string]: XmlValue };
type XmlValue = string | XmlTree | readonly XmlValue[];

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML 1.0's own entities and character references, decoded in one pass (so `&amp;lt;` stays `&lt;`). */
const XML_ENTITIES = {
    setExternalEntities: () => undefined,
    addInputEntities: () => undefined,
    reset: () => undefined,
    setXmlVersion: () => undefined,
    decode: (text: string) =>
        text.replace(
            /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g,
            (whole, hex?: string, dec?: string, name?: string) => {
                if (name !== undefined) return NAMED[name] ?? whole;
                const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
                return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
            },
        ),
};

/** Parses `text`; elements whose path (`ListBucketResult.Contents`) is in `arrays` are arrays even when single. */
export function parseXml(text: string, arrays: readonly string[] = []): XmlTree {
    const parser = new XMLParser({
        ignoreAttributes: true,
        parseTagValue: false,
        trimValues: false,
        processEntities: true,
        entityDecoder: XML_ENTITIES,
        jPath: true,
        isArray: (_name, path) => typeof path === "string" && arrays.includes(path),
    });
    const parsed: unknown = parser.parse(text);
    if (typeof parsed !== "object" || parsed === null) throw new Error("not an XML document");
    return parsed as XmlTree;
}

/** The text of `element` in `tree`, when it is one (an empty element reads as ""). */
export function textOf(tree: XmlTree | undefined, element: string): string | undefined {
    const value = tree?.[element];
    return typeof value === "string" ? value : undefined;
}

/**
 * Values a schema accepts although the API pages do not list them: a free string whose schema names the documented
 * values as `examples` (a processing template id: a newer template the pages do not list is sent as given). `check`
 * passes them, and warns in the resource's diagnostics, since a typo (`sys_data_validate`) looks the same.
 */
import { UNKNOWN_INPUT } from "./common";

/** The parts of a schema (`json-schema.ts`) the walk reads. */
interface WalkedSchema {
    readonly properties?: object;
    readonly items?: object;
    readonly examples?: readonly string[];
}

/** A value outside its schema's documented examples, at a Pulumi property path (`template.id`). */
export interface UnlistedValue {
    readonly property: string;
    readonly value: string;
    readonly documented: readonly string[];
}

/** Every string in `value` (at or below `path`) that its schema's `examples` do not list. */
export function unlistedValues(schema: WalkedSchema, value: unknown, path = ""): UnlistedValue[] {
    if (typeof value === "string") {
        const documented = schema.examples;
        const listed = documented === undefined || value === UNKNOWN_INPUT || documented.includes(value);
        return listed ? [] : [{ property: path, value, documented }];
    }
    if (Array.isArray(value)) {
        const items = schema.items as WalkedSchema | undefined;
        return items === undefined ? [] : value.flatMap((item, i) => unlistedValues(items, item, `${path}[${i}]`));
    }
    if (value === null || typeof value !== "object" || schema.properties === undefined) return [];
    const properties = schema.properties as Readonly<Record<string, WalkedSchema | undefined>>;
    return Object.entries(value).flatMap(([name, inner]) => {
        const field = properties[name];
        return field === undefined ? [] : unlistedValues(field, inner, path === "" ? name : `${path}.${name}`);
    });
}

/**
 * Secrets as the engine handles them for a dynamic provider:
 * - the program sends secret inputs wrapped as `{ [specialSigKey]: specialSecretSig, value }`;
 * - the dynamic-provider host answers `Configure` with `acceptSecrets: false`, so the engine strips the
 *   wrappers before every call (the provider sees plain values);
 * - an output is secret when the input of the same top-level key was, or when it is listed in
 *   `additionalSecretOutputs` (docs/architecture.md, fact 8);
 * - the state file stores secret values as `{ [specialSigKey]: specialSecretSig, ciphertext }`. Here the
 *   "ciphertext" is base64 JSON: not encryption, but a grep of the state for a secret's plain text finds
 *   nothing unless the value also sits in a non-secret property, which is the leak a test wants to catch.
 */
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import type { PlainObject } from "./struct";

/** Properties with their secret wrappers removed, and the top-level keys that held a secret anywhere inside. */
export interface RevealedProperties {
    readonly plain: PlainObject;
    readonly secretKeys: Set<string>;
}

/** Removes secret wrappers (program form or state form) at any depth. */
export function revealSecrets(props: PlainObject): RevealedProperties {
    const secretKeys = new Set<string>();
    const plain: PlainObject = {};
    for (const [key, value] of Object.entries(props)) {
        const revealed = reveal(value);
        plain[key] = revealed.value;
        if (revealed.secret) secretKeys.add(key);
    }
    return { plain, secretKeys };
}

/** Wraps the given top-level keys as secrets the program's SDK recognises. */
export function markSecrets(props: PlainObject, keys: ReadonlySet<string>): PlainObject {
    return mapKeys(props, keys, (value) => ({ [specialSigKey]: specialSecretSig, value }));
}

/** Encodes the given top-level keys as the state file stores secrets. */
export function sealSecrets(props: PlainObject, keys: ReadonlySet<string>): PlainObject {
    return mapKeys(props, keys, (value) => ({
        [specialSigKey]: specialSecretSig,
        ciphertext: Buffer.from(JSON.stringify(value)).toString("base64"),
    }));
}

function mapKeys(props: PlainObject, keys: ReadonlySet<string>, wrap: (value: unknown) => unknown): PlainObject {
    return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, keys.has(key) ? wrap(value) : value]));
}

function reveal(value: unknown): { value: unknown; secret: boolean } {
    if (value === null || typeof value !== "object") return { value, secret: false };
    if (Array.isArray(value)) {
        const items = value.map(reveal);
        return { value: items.map((item) => item.value), secret: items.some((item) => item.secret) };
    }
    const record = value as PlainObject;
    if (record[specialSigKey] === specialSecretSig) {
        const inner =
            "ciphertext" in record
                ? JSON.parse(Buffer.from(String(record.ciphertext), "base64").toString())
                : record.value;
        return { value: reveal(inner).value, secret: true };
    }
    const revealed = revealSecrets(record);
    return { value: revealed.plain, secret: revealed.secretKeys.size > 0 };
}

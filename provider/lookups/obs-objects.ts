/**
 * `getObsObjects`: what an OBS path holds, as source tracking sees it: every object under `obs://bucket/folder/`
 * (folder markers left out), their totals and the fingerprint (`source/fingerprint.ts`). It lists with the stack's
 * credentials, so they need `obs:bucket:ListBucket` on the bucket. At most `maxObjects` objects (default 10 000) are
 * read; a path holding more fails the lookup rather than answer part of it.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { DeepInputs } from "../resources/inputs";
import { DEFAULT_MAX_OBJECTS, listObsPath, MAX_MAX_OBJECTS, ObsPathListing } from "../source/list-path";
import { SourceError } from "../source/source-error";
import { checkedQuery, LookupArgs } from "./args";
import { LookupError } from "./errors";
import { LookupOutputOptions, outputForm, programObsClient } from "./program";

/** Arguments of {@link getObsObjects}. */
export interface GetObsObjectsArgs {
    /** `obs://bucket/folder/`; a path without its final `/` is read as the folder (`obs://b/cats` lists `cats/…`). */
    readonly path: string;
    /** How many objects may be listed before the lookup fails; default 10 000, at most 1 000 000. */
    readonly maxObjects?: number;
}

/** Result of {@link getObsObjects}. */
export type GetObsObjectsResult = ObsPathListing;

const ARGS: LookupArgs<unknown> = {
    lookup: "getObsObjects",
    schema: {
        type: "object",
        properties: {
            path: { type: "string", minLength: 1, maxLength: 1024 },
            maxObjects: { type: "integer", minimum: 1, maximum: MAX_MAX_OBJECTS },
        },
        required: ["path"],
        additionalProperties: false,
    },
    apiNames: new Map(),
};

/**
 * Lists an OBS path and fingerprints it (see docs/lookups.md).
 * @throws LookupError for a wrong argument (before any request), a path holding more than `maxObjects` objects, a
 * bucket that does not exist or refuses listing (the message names the right needed), or any other OBS failure
 * (named with its OBS code).
 */
export async function getObsObjects(args: GetObsObjectsArgs): Promise<GetObsObjectsResult> {
    checkedQuery(ARGS, args);
    try {
        return await listObsPath(programObsClient(), {
            path: args.path,
            maxObjects: args.maxObjects ?? DEFAULT_MAX_OBJECTS,
        });
    } catch (error) {
        if (!SourceError.isInstance(error)) throw error;
        throw new LookupError("getObsObjects", error.message);
    }
}

/** The Output form of {@link getObsObjects}. */
export function getObsObjectsOutput(
    args: DeepInputs<GetObsObjectsArgs>,
    opts?: LookupOutputOptions,
): pulumi.Output<GetObsObjectsResult> {
    return outputForm(getObsObjects, args, opts);
}

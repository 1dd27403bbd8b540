/**
 * Query parameters every list API shares, and the bounds of the free ones. A query schema is written in the inputs'
 * subset (`ObjectSchema`: every string and list bounded): the lookups check their arguments against it before any
 * request (`lookups/args.ts`).
 */
import type { ObjectSchema, TypeOf } from "../../schemas/json-schema";

/** Ids (datasets, tasks, versions, workspaces), as a lookup may give them: at most 64 characters. */
export const ID_PARAM = { type: "string", minLength: 1, maxLength: 64 } as const;

/** A free text (a search keyword, a source path): at most 1024 characters. */
export const TEXT_PARAM = { type: "string", minLength: 1, maxLength: 1024 } as const;

/** `limit` and `offset` of every list API (docs/api-notes.md, "Paging"). */
export const PAGE_PARAMS = {
    /** Maximum number of records returned on each page. The value ranges from 1 to 100. The default value is 10. */
    limit: { type: "integer", minimum: 1, maximum: 100 },
    /** Start page of the paging list. The default value is 0. */
    offset: { type: "integer", minimum: 0, maximum: 1_000_000 },
} as const;

/** The query of a list that takes paging only ("Querying the Dataset Import Task List"). */
export const pageQuerySchema = {
    type: "object",
    properties: PAGE_PARAMS,
    additionalProperties: false,
} as const satisfies ObjectSchema;

/** Paging of the list APIs: `limit` 1–100 (default 10), `offset` the page number from 0 (docs/api-notes.md). */
export interface PageQuery extends TypeOf<typeof pageQuerySchema> {}

/** Sorting sequence of the query. Options: · asc: ascending order · desc: descending order (default value) */
export const ORDER_PARAM = { type: "string", enum: ["asc", "desc"] } as const;

/** The path parameters the routes' patterns use (`{dataset_id}`, …): a pattern's own are always present. */
export type RouteParams = Readonly<Record<"project_id" | "dataset_id" | "task_id" | "version_id", string>>;

/**
 * The route table: `METHOD /v2/{project_id}/…` patterns matched segment by segment (percent-decoded), a trailing
 * `/` tolerated (the signer's canonical URI always ends in one). Literal segments win over parameters, so
 * `GET /processor-tasks/items` is never read as a task id ("Querying the Algorithm Type for Data Processing").
 */
import { Backend } from "../model/backend";
import { JsonObject } from "../model/state";

/** What a handler gets. */
export interface RouteContext {
    /** The path parameters of the matched pattern (a handler reads only those its own pattern names). */
    readonly params: RouteParams;
    readonly query: URLSearchParams;
    /** The parsed JSON body; undefined when the request had none. */
    readonly body: unknown;
    readonly now: number;
    readonly backend: Backend;
}

/** A handler's answer: `body` undefined sends no body (204). */
export interface Answer {
    readonly status: number;
    readonly body?: JsonObject;
}

/** A route. */
export interface Route {
    readonly method: string;
    /** E.g. `/v2/{project_id}/processor-tasks/{task_id}`. */
    readonly pattern: string;
    readonly handle: (context: RouteContext) => Answer;
}

/** The result of matching a request against the table. */
export type RouteMatch =
    | { readonly kind: "found"; readonly route: Route; readonly params: RouteParams }
    | { readonly kind: "method-not-allowed" }
    | { readonly kind: "not-found" };

/** The three routes of a task collection: create (POST), list (GET) and get one (GET `…/{idParam}`). */
export function collectionRoutes(
    pattern: string,
    idParam: string,
    handlers: { readonly create: Route["handle"]; readonly list: Route["handle"]; readonly get: Route["handle"] },
): Route[] {
    return [
        { method: "POST", pattern, handle: handlers.create },
        { method: "GET", pattern, handle: handlers.list },
        { method: "GET", pattern: `${pattern}/{${idParam}}`, handle: handlers.get },
    ];
}

/** A 200 answer. */
export function ok(body: JsonObject): Answer {
    return { status: 200, body };
}

/** Finds the route for `method` and the raw (still encoded) request path. */
export function matchRoute(routes: readonly Route[], method: string, rawPath: string): RouteMatch {
    const segments = splitPath(rawPath);
    if (segments === undefined) return { kind: "not-found" };
    const candidates = routes
        .map((route) => ({ route, params: matchPattern(route.pattern, segments) }))
        .filter((c): c is { route: Route; params: RouteParams } => c.params !== undefined)
        .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
    const found = candidates.find((c) => c.route.method === method);
    if (found) return { kind: "found", ...found };
    return candidates.length > 0 ? { kind: "method-not-allowed" } : { kind: "not-found" };
}

function splitPath(rawPath: string): string[] | undefined {
    const trimmed = rawPath.length > 1 && rawPath.endsWith("/") ? rawPath.slice(0, -1) : rawPath;
    try {
        return trimmed.split("/").map((segment) => decodeURIComponent(segment));
    } catch {
        return undefined;
    }
}

function matchPattern(pattern: string, segments: readonly string[]): RouteParams | undefined {
    const parts = pattern.split("/");
    if (parts.length !== segments.length) return undefined;
    const params: Record<string, string> = {};
    for (const [i, part] of parts.entries()) {
        const segment = segments[i] ?? "";
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name !== undefined && segment !== "") params[name] = segment;
        else if (part !== segment) return undefined;
    }
    return params as RouteParams;
}

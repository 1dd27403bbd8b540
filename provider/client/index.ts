/** The ModelArts REST client: settings, endpoints, signed transport with retries, typed calls, errors. */
export { ModelArtsClient } from "./api";
export { assertSafeEndpoint, endpointForRegion } from "./endpoints";
export {
    ConfigurationError,
    isNetworkError,
    isNotFound,
    isRetryable,
    isThrottled,
    ModelArtsError,
    redact,
} from "./errors";
export type { ModelArtsErrorDetails } from "./errors";
export { HttpTransport } from "./http";
export type { FetchLike, FetchResponseLike, HttpMethod, HttpRequest, TransportOptions, TransportStats } from "./http";
export { RetryBudget, sharedRetryBudget } from "./retry-budget";
export type { RetryBudgetOptions, RetryBudgetStats, RetryCause } from "./retry-budget";
export { resolveSettings, secretValues } from "./settings";
export type { AkSkCredentials, ClientSettings, ConfigSource, TokenCredentials } from "./settings";
export { authorizationHeader, formatSdkDate, parseAuthorization, verifySignature } from "./signer";
export type * from "./types";

import assert from "node:assert/strict";
import { ConfigurationError, ModelArtsError } from "../../provider/client/errors";

/** Runs `fn` and returns the ConfigurationError it throws; fails the test otherwise. */
export function expectConfigurationError(fn: () => unknown): ConfigurationError {
    try {
        fn();
    } catch (error) {
        assert.ok(ConfigurationError.isInstance(error), String(error));
        return error;
    }
    assert.fail("expected a ConfigurationError");
}

/** Awaits `promise` and returns the ModelArtsError it rejects with; fails the test otherwise. */
export async function expectModelArtsError(promise: Promise<unknown>): Promise<ModelArtsError> {
    try {
        await promise;
    } catch (error) {
        assert.ok(ModelArtsError.isInstance(error), `expected a ModelArtsError, got ${String(error)}`);
        return error;
    }
    assert.fail("expected a ModelArtsError");
}

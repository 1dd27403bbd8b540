import assert from "node:assert/strict";
import { checkedAnswer } from "../../provider/client/answer-shape";
import { ModelArtsError } from "../../provider/client/errors";

describe("client/answer-shape", () => {
    const source = { method: "GET", path: "/v2/p/datasets/d/export-tasks" };
    const fields = { export_tasks: "array", total_count: "number?", status: "string?" } as const;

    function malformed(answer: unknown, method = "GET"): ModelArtsError {
        try {
            checkedAnswer(answer, fields, { ...source, method });
        } catch (error) {
            assert.ok(ModelArtsError.isInstance(error));
            return error;
        }
        assert.fail("expected a malformed answer");
    }

    it("passes an answer whose fields have their types, optional ones absent or null", () => {
        const answer = { export_tasks: [{ task_id: "t" }], total_count: null };
        assert.equal(checkedAnswer(answer, fields, source), answer);
    });

    it("names the field and the shape found, and is retryable like a lost answer", () => {
        const error = malformed({ export_tasks: 5 });
        assert.match(error.message, /"export_tasks" is a number, not an array of objects/);
        assert.equal(error.malformedAnswer, true);
        assert.equal(error.outcomeUnknown, false);
        assert.match(malformed({}).message, /"export_tasks" is missing/);
        assert.match(malformed({ export_tasks: [1] }).message, /an array holding something other than objects/);
        assert.match(
            malformed({ export_tasks: [], total_count: NaN }).message,
            /"total_count" is a number, not a number/,
        );
        assert.match(malformed({ export_tasks: [], status: 3 }).message, /"status" is a number, not a string/);
    });

    it("makes a POST's outcome unknown", () => {
        assert.equal(malformed({ export_tasks: null }, "POST").outcomeUnknown, true);
    });
});

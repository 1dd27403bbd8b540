import assert from "node:assert/strict";
import { checkedAnswer } from "../../provider/client/answer-check";
import { ModelArtsError } from "../../provider/client/errors";

describe("client/answer-check", () => {
    const source = { method: "GET", path: "/v2/p/datasets/d/export-tasks" };
    /** A list whose `export_tasks` a decision rests on, and whose `total_count` and `status` are read when present. */
    const kind = {
        schema: {
            type: "object",
            properties: {
                export_tasks: {
                    type: "array",
                    items: {
                        type: "object",
                        properties: { task_id: { type: "string" }, progress: { type: "number" } },
                    },
                },
                total_count: { type: "number" },
                status: { type: "string" },
                version_id: { type: "string" },
            },
            required: ["export_tasks"],
        },
        readIfPresent: ["total_count", "status"],
    } as const;

    function malformed(answer: unknown, method = "GET"): ModelArtsError {
        try {
            checkedAnswer(kind, answer, { ...source, method });
        } catch (error) {
            assert.ok(ModelArtsError.isInstance(error));
            return error;
        }
        assert.fail("expected a malformed answer");
    }

    it("passes an answer whose fields have their types, optional ones absent or null", () => {
        const answer = { export_tasks: [{ task_id: "t" }], total_count: null };
        assert.equal(checkedAnswer(kind, answer, source), answer);
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
            /"total_count" is a non-finite number, not a number/,
        );
        assert.match(malformed({ export_tasks: [], status: 3 }).message, /"status" is a number, not a string/);
    });

    it("names every wrong field once, in the order the check lists them", () => {
        const message = malformed({ status: [], export_tasks: [1, 2, "x"] }).message;
        assert.match(
            message,
            /its "export_tasks" is an array holding something other than objects, not an array of objects; its "status" is an array, not a string$/,
        );
    });

    it("leaves the fields no decision rests on unchecked, at the top and inside the items", () => {
        const answer = { export_tasks: [{ task_id: 7, progress: "half" }], version_id: 3, extra: { any: "thing" } };
        assert.equal(checkedAnswer(kind, answer, source), answer);
    });

    it("never repeats a value it found", () => {
        const message = malformed({ export_tasks: "Passw0rd!", status: { secret: "Passw0rd!" } }).message;
        assert.doesNotMatch(message, /Passw0rd/);
        assert.match(message, /"export_tasks" is a string, not an array of objects; its "status" is an object/);
    });

    it("makes a POST's outcome unknown", () => {
        assert.equal(malformed({ export_tasks: null }, "POST").outcomeUnknown, true);
    });

    it("takes an empty id for no id", () => {
        const create = {
            schema: {
                type: "object",
                properties: { task_id: { type: "string", minLength: 1 } },
                required: ["task_id"],
            },
        } as const;
        const post = { method: "POST", path: "/v2/p/processor-tasks" };
        assert.throws(
            () => checkedAnswer(create, { task_id: "" }, post),
            /"task_id" is an empty string, not a non-empty string/,
        );
        assert.equal(checkedAnswer(create, { task_id: "t1" }, post).task_id, "t1");
    });
});

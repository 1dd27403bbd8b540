import assert from "node:assert/strict";
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { HttpTransport } from "../../provider/client/http";
import { RetryBudget } from "../../provider/client/retry-budget";
import { SendRateLimiter } from "../../provider/client/send-rate";
import { SignableRequest } from "../../provider/client/signer";
import { parseAuthorization, verifySignature } from "../../emulator/http/verify-signature";
import { akskSettings, SECRET_KEY } from "./fake-fetch";
import { expectModelArtsError } from "./expect-error";

/** The default fetch (Node's built-in fetch) against a real server on 127.0.0.1: what the fakes cannot show. */
describe("client/http with Node's fetch on loopback", () => {
    let server: Server;
    let endpoint: string;
    let handle: (req: IncomingMessage, body: string, res: ServerResponse) => void;

    before(async () => {
        server = createServer((req, res) => {
            let body = "";
            req.on("data", (chunk) => (body += String(chunk)));
            req.on("end", () => {
                handle(req, body, res);
            });
        });
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    after(
        () =>
            new Promise<void>((resolve) =>
                server.close(() => {
                    resolve();
                }),
            ),
    );

    const transport = (options: { attemptTimeoutMs?: number; endpoint?: string } = {}) =>
        new HttpTransport(
            { ...akskSettings, endpoint: options.endpoint ?? endpoint },
            {
                retryBudget: new RetryBudget(),
                sendRate: new SendRateLimiter(),
                attemptTimeoutMs: options.attemptTimeoutMs,
            },
        );

    it("sends a request the server can verify: Host, query and body as signed", async () => {
        let verified = false;
        handle = (req, body, res) => {
            const url = new URL(req.url!, endpoint);
            const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
            const signed: SignableRequest = {
                method: req.method!,
                path: url.pathname,
                query: [...url.searchParams.entries()],
                headers,
                body,
            };
            verified = verifySignature(signed, parseAuthorization(headers.authorization)!, SECRET_KEY);
            res.writeHead(200, { "Content-Type": "application/json" }).end('{"task_id":"t1"}');
        };
        const answer = await transport().send({
            method: "POST",
            path: "/v2/0abc9d/processor-tasks",
            query: { note: "a b" },
            body: { name: "validate", description: "é" },
        });
        assert.deepEqual(answer, { task_id: "t1" });
        assert.equal(verified, true);
    });

    it("times an attempt out and reports the POST's outcome as unknown", async () => {
        handle = () => undefined; // never answers
        const error = await expectModelArtsError(
            transport({ attemptTimeoutMs: 50 }).send({ method: "POST", path: "/v2/p/processor-tasks", body: {} }),
        );
        assert.equal(error.errorMsg, "timed out after 50 ms");
        assert.equal(error.outcomeUnknown, true);
    });

    it("notices a body cut short of its Content-Length at once: a lost answer, the POST's outcome unknown", async () => {
        handle = (req, _body, res) => {
            res.writeHead(200, { "Content-Type": "application/json", "Content-Length": 100 });
            res.write('{"task_id":"t');
            setTimeout(() => req.socket.destroy(), 10);
        };
        const startedAt = Date.now();
        const error = await expectModelArtsError(
            transport().send({ method: "POST", path: "/v2/p/processor-tasks", body: {} }),
        );
        assert.ok(Date.now() - startedAt < 2_000, "not after the 30 s attempt timeout");
        assert.match(error.errorMsg ?? "", /^lost the HTTP 200 answer: network error/);
        assert.equal(error.outcomeUnknown, true);
    });

    it("cuts a body that stalls after its headers at the deadline", async () => {
        handle = (_req, _body, res) => {
            res.writeHead(200, { "Content-Type": "application/json", "Content-Length": 100 });
            res.write('{"status":');
        };
        const startedAt = Date.now();
        const error = await expectModelArtsError(
            transport().send({ method: "POST", path: "/v2/p/processor-tasks", body: {}, notAfterMs: Date.now() + 200 }),
        );
        assert.ok(Date.now() - startedAt < 2_000);
        assert.equal(error.errorMsg, "lost the HTTP 200 answer: timed out at the resource's deadline");
        assert.equal(error.outcomeUnknown, true);
        server.closeAllConnections();
    });

    it("leaves a redirect unfollowed: nothing reaches the location", async () => {
        let trapped = 0;
        const trap = createServer((_req, res) => (trapped++, res.end("{}")));
        await new Promise<void>((resolve) => trap.listen(0, "127.0.0.2", resolve));
        const location = `http://127.0.0.2:${(trap.address() as AddressInfo).port}/v2/p/x`;
        handle = (_req, _body, res) => res.writeHead(302, { Location: location }).end();
        const error = await expectModelArtsError(transport().send({ method: "POST", path: "/v2/p/x", body: {} }));
        await new Promise<void>((resolve) =>
            trap.close(() => {
                resolve();
            }),
        );
        assert.equal(error.status, 302);
        assert.match(error.message, /redirected to 127\.0\.0\.2:\d+/);
        assert.equal(trapped, 0);
    });

    it("reports a refused connection as a POST that was never sent", async () => {
        const closed = createServer();
        await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
        const port = (closed.address() as AddressInfo).port;
        await new Promise<void>((resolve) =>
            closed.close(() => {
                resolve();
            }),
        );
        const error = await expectModelArtsError(
            transport({ endpoint: `http://127.0.0.1:${port}` }).send({ method: "POST", path: "/v2/p/x", body: {} }),
        );
        assert.equal(error.errorMsg, "network error ECONNREFUSED");
        assert.equal(error.outcomeUnknown, false);
    });
});

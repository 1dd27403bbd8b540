/**
 * The emulator's socket: listening on a loopback address only, and stopping so that a restart can listen again on
 * the same port at once. The emulator holds throwaway credentials and serves files from its data directory, so it
 * must never be reachable from another machine; `startEmulator` and the command line both refuse any other host.
 * Stopping cuts kept-alive connections instead of waiting for clients to close them: `restart()` in the middle of a
 * test is how the tests emulate a service that went away with requests in flight.
 */
import { Server } from "http";
import { AddressInfo } from "net";

export { isLoopback } from "../../provider/client/endpoints";

/** Listens on `host`:`port` (0: a free port) and resolves with the port, or rejects with the listen error. */
export function listen(server: Server, host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
            server.off("error", reject);
            resolve((server.address() as AddressInfo).port);
        });
    });
}

/** Stops listening and cuts open connections; resolves once clients in this process can see them closed. */
export async function stop(server: Server): Promise<void> {
    if (!server.listening) return;
    await new Promise<void>((resolve) => {
        server.close(() => {
            resolve();
        });
        server.closeAllConnections();
    });
    // Let clients in this process see their kept-alive connections close before anything is sent again: otherwise
    // a client may reuse a socket the emulator has already cut.
    await new Promise((resolve) => setTimeout(resolve, 10));
}

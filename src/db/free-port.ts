// A free loopback port, for the embedded PostgreSQL (and the bench's HTTP server). It lives in db/, the lowest layer,
// so db/ imports nothing from platform/ (platform/ uses db/, never the reverse).
import { createServer } from 'node:net';

/** A TCP port that is free on the loopback interface right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

// A static file server (http-server) on 127.0.0.1 for the bench and `npm start`.
import httpServer from 'http-server';

// http-server 14 touches a deprecated Node API on every response; the warning is noise here.
process.noDeprecation = true;

/** Serves `root` without caching on `port` (0: a free one); resolves to {url, close()}. */
export function serve(root, port = 0) {
  const server = httpServer.createServer({ root, cache: -1, showDir: false, logFn: () => {} });
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.server.address();
      resolve({ url: `http://127.0.0.1:${bound}`, close: () => server.close() });
    });
  });
}

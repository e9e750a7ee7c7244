// Serves www/ on 127.0.0.1 with http-server and says where, and that the page also opens
// from disk.   node scripts/serve.mjs [port]
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.argv[2] ?? process.env.PORT ?? '8080';
const www = join(root, 'www');
console.log(`\nnewsdigest is served at  http://127.0.0.1:${port}/   (Ctrl-C stops it)`);
console.log(`The page also works opened from disk: ${pathToFileURL(join(www, 'index.html'))}`);
console.log('Press "Load example", then "Analyze", to see the digest of five outlets on one summit.\n');
const server = spawn(join(root, 'node_modules', '.bin', 'http-server'), [www, '-a', '127.0.0.1', '-p', port, '-c-1', '--silent'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));

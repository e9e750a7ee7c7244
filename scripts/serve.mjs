// Serves www/ on 127.0.0.1 with http-server and says where, and that the page also opens
// from disk.   node scripts/serve.mjs [port]
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from './static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
const www = join(root, 'www');
const { url } = await serve(www, port);
console.log(`\nnewsdigest is served at  ${url}/   (Ctrl-C stops it)`);
console.log(`The page also works opened from disk: ${pathToFileURL(join(www, 'index.html'))}`);
console.log('Press "Load example", then "Analyze", to see the digest of five outlets on one summit.\n');

// Runs a script in this process and reports its peak RSS on exit, so the
// parent can measure a bundle exactly as the runner starts it.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => writeSync(3, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })));
await import(pathToFileURL(script).href);

// Runs a script in this process and reports its peak RSS and CPU time (all
// threads: V8 collects garbage and compiles on helper threads) on exit, so the
// parent can measure a bundle exactly as the runner starts it.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
await import(pathToFileURL(script).href);

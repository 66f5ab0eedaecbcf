// Runs a script in this process and reports its peak RSS and CPU time (all
// threads: V8 collects garbage and compiles on helper threads) on exit, so the
// parent can measure a bundle exactly as the runner starts it. On Linux it also
// reports the main thread's own CPU time (from /proc): the JavaScript itself,
// which is what a process's wall time follows on an idle machine, and which a
// busy machine's scheduling leaves alone.
import { readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];

/** The main thread's time on a CPU in ms (the first field of schedstat, in ns), or undefined off Linux. */
function mainThreadCpuMs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, mainCpuMs: mainThreadCpuMs() }));
});
await import(pathToFileURL(script).href);

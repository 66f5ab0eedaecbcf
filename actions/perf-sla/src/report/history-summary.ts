import { table, type MarkdownText } from '@gates/core';
import type { RunComparison } from '../history/compare-run.js';
import type { HardwareProfile } from '../history/history-model.js';
import { formatSeconds } from './perf-summary.js';
import { sparkline } from '../history/compare-run.js';

/** Regressions with baseline, delta, noise and confidence; what could not be judged; trends of the slowest tests. Pure. */
export function renderHistorySection(comparison: RunComparison | undefined, store: string, profile: HardwareProfile, slowest: readonly string[], minSamples: number, md: MarkdownText): string {
  if (!comparison) return `### Regressions\n\nHistory: ${md.text(store)}; no comparison was made.`;
  const lines = ['### Regressions', ''];
  lines.push(`History: ${md.text(store)}; ${comparison.comparableRuns} earlier run(s) on this hardware (${md.text(`${profile.os} ${profile.arch}, ${profile.cores} × ${profile.cpuModel}, ${profile.memoryGiB} GiB, image ${profile.image}`)})${comparison.otherProfiles > 0 ? `; ${comparison.otherProfiles} run(s) on other hardware not compared` : ''}.`, '');
  const regressions = comparison.verdicts.filter((verdict) => verdict.kind === 'regression').sort((a, b) => b.current / b.baseline! - a.current / a.baseline!);
  if (regressions.length > 0) {
    lines.push(
      table(
        ['test', 'baseline (median)', 'this run', 'delta', 'noise (MAD)', 'confidence'],
        regressions.slice(0, 50).map((verdict) => [
          md.text(verdict.name),
          formatSeconds(verdict.baseline!),
          formatSeconds(verdict.current),
          `+${Math.round((verdict.current / verdict.baseline! - 1) * 100)}%`,
          formatSeconds(verdict.noise!),
          verdict.p === undefined ? `n=${verdict.samples} (too few for a test)` : `p=${verdict.p.toPrecision(2)} (Mann–Whitney, n=${verdict.samples})`,
        ]),
      ),
      '',
    );
  } else lines.push('No test is slower than its baseline beyond the noise budget.', '');
  const suspected = comparison.verdicts.filter((verdict) => verdict.kind === 'suspected');
  if (suspected.length > 0) lines.push(`Suspected (slower in this run only, not yet significant): ${suspected.slice(0, 10).map((verdict) => `${md.text(verdict.name)} ${formatSeconds(verdict.current)} vs ${formatSeconds(verdict.baseline!)}`).join(', ')}.`, '');
  const insufficient = comparison.verdicts.filter((verdict) => verdict.kind === 'insufficient-history').length;
  if (insufficient > 0) lines.push(`${insufficient} tracked test(s) have fewer than ${minSamples} comparable runs: not judged yet.`, '');
  const noisy = comparison.verdicts.filter((verdict) => verdict.noisy);
  if (noisy.length > 0) lines.push(`Noisy (duration varies by more than half its median, reported apart from slowness): ${noisy.slice(0, 10).map((verdict) => md.text(verdict.name)).join(', ')}.`, '');
  const trendRows = slowest.filter((name) => (comparison.trends.get(name)?.length ?? 0) > 1);
  if (trendRows.length > 0) {
    lines.push(table(['test', 'trend (oldest → this run)'], trendRows.slice(0, 10).map((name) => [md.text(name), `\`${sparkline(comparison.trends.get(name)!)}\``])), '');
  }
  return lines.join('\n').trimEnd();
}

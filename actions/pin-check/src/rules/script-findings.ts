import { ScriptAnalyzer, type VerdictCache } from '../shell/analyze.js';
import { normalizePath } from '../shell/downloads.js';
import { mayInstall } from '../shell/prefilter.js';
import type { InstallProblem, PackageContext } from '../shell/problems.js';
import type { RepositoryFacts } from '../repository-facts.js';

/** A problem the shell engine found, at its file and line. */
export interface ScriptFinding {
  file: string;
  line: number;
  problem: InstallProblem;
}

/** `shell:` values whose scripts are not shell text (`python`, a custom `perl {0}`). */
const SHELL_SCRIPTS = /^(bash|sh|zsh|pwsh|powershell|cmd)\b|^(bash|sh)\s/;

const analysed = new WeakMap<RepositoryFacts, ScriptFinding[]>();

/**
 * Every script of the repository through the shell engine, once per facts
 * (the rules that judge its problems share it): `run:` steps job by job,
 * Dockerfile RUN lines stage by stage (a stage built FROM another continues
 * it; `ADD <url>` is a download), and each script file on its own.
 */
export function scriptFindings(facts: RepositoryFacts): ScriptFinding[] {
  let found = analysed.get(facts);
  if (found) return found;
  found = [];
  const context = packageContext(facts);
  const cache: VerdictCache = new Map();
  const judge = (analyzer: ScriptAnalyzer, file: string, script: string, firstLine: number) => {
    if (!mayInstall(script) && !analyzer.hasUnverifiedDownloads) return;
    for (const { line, problem } of analyzer.analyze(script, (at) => `line ${firstLine + at} of ${file}`)) found!.push({ file, line: firstLine + line, problem });
  };
  for (const workflow of facts.workflows) {
    const jobs = new Map<string, ScriptAnalyzer>();
    for (const run of workflow.runs) {
      if (run.shell !== undefined && !SHELL_SCRIPTS.test(run.shell)) continue;
      let analyzer = jobs.get(run.job);
      if (!analyzer) jobs.set(run.job, (analyzer = new ScriptAnalyzer(context, cache)));
      judge(analyzer, workflow.file, run.script, run.firstScriptLine);
    }
  }
  for (const dockerfile of facts.dockerfiles) {
    const stages = new Map<number, ScriptAnalyzer>();
    const analyzerOf = (stage: number): ScriptAnalyzer => {
      const parent = dockerfile.stageParents[stage];
      let analyzer = stages.get(stage) ?? (parent !== undefined && parent < stage ? analyzerOf(parent) : undefined);
      if (!analyzer) analyzer = new ScriptAnalyzer(context, cache);
      stages.set(stage, analyzer);
      return analyzer;
    };
    for (const step of dockerfile.steps) {
      if (step.kind === 'download') {
        analyzerOf(step.stage).recordDownload({ output: normalizePath(step.output), tool: 'ADD', url: step.url, where: `line ${step.line} of ${dockerfile.path}`, verified: step.verified });
      } else {
        judge(analyzerOf(step.stage), dockerfile.path, step.script, step.scriptLine);
      }
    }
  }
  for (const script of facts.scripts) judge(new ScriptAnalyzer(context, cache), script.path, script.text, 1);
  analysed.set(facts, found);
  return found;
}

/** Packages the repository's package.json files declare (npx runs those from node_modules) and whether it is a Go module. */
function packageContext(facts: RepositoryFacts): PackageContext {
  const npmDependencies = new Set<string>();
  for (const manifest of facts.manifests) {
    if (!/(^|\/)package\.json$/.test(manifest.path)) continue;
    try {
      const parsed = JSON.parse(manifest.text) as Record<string, unknown>;
      for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
        const table = parsed[key];
        if (table && typeof table === 'object') for (const name of Object.keys(table)) npmDependencies.add(name);
      }
    } catch {
      // An invalid package.json is lockfile-out-of-sync's finding; it declares nothing here.
    }
  }
  const hasGoModule = facts.manifests.some((manifest) => /(^|\/)go\.mod$/.test(manifest.path));
  return { npmDependencies, hasGoModule };
}

import type { Ledger } from '../audit/ledger.js';
import type { LedgerEvent } from '../audit/hash-chain.js';
import type { EffectiveConfig } from '../config/layers.js';
import type { FailOn, Finding, Report, RuleMeta, WaiverRecord } from '../findings/model.js';
import type { InputReader } from '../inputs/input-reader.js';
import type { Lock } from '../lock/lock.js';
import type { MetricExtras } from '../metrics/metric-record.js';
import type { Redactor } from '../redact/redactor.js';
import type { RepositoryLinks } from '../report/summary.js';
import type { Runner } from '../runner/runner.js';
import type { StateSession } from '../state-transport/state-session.js';

/** Report in, job summary Markdown out, within `byteLimit` bytes when given (the appendix takes the rest). */
export type SummaryRenderer = (report: Report, links?: RepositoryLinks, byteLimit?: number) => string;

/** What an action is: its name, rules and a run function. Entry points stay thin. */
export interface ActionDefinition {
  /** e.g. "pin-check": the folder, the bundle and the dispatcher command. */
  name: string;
  description: string;
  rules: RuleMeta[];
  /** Inputs whose values are secrets (tokens): redacted everywhere and masked. */
  secretInputs?: string[];
  /** Rule ids, most important first: which findings get the runner's few annotations per severity (default: file order). */
  annotationPriority?: readonly string[];
  /** The job summary before any appendix, when core's one-row-per-finding table does not suit (default: renderSummary). Gets the report as rendered everywhere else. */
  renderSummary?: SummaryRenderer;
  /** The action checks the quiesce marker itself (checkpoint-restore: its rollback sets it); others wait for it in runAction. */
  checksQuiesce?: boolean;
  /**
   * Process-wide settings the action wants (pin-check: V8's young generation, glibc's thresholds, compiler tiers). Called by the entry points
   * that own their process before the run (the action's bundle through runMain, the root dispatcher, the CLI), never by
   * runAction: a test that runs an action in its own process must not change that process.
   */
  processSetup?: () => void;
  run(context: ActionContext): Promise<ActionOutcome>;
}

export interface ActionContext {
  inputs: InputReader;
  runner: Runner;
  redactor: Redactor;
  env: NodeJS.ProcessEnv;
  /** Absolute path of the checkout (GITHUB_WORKSPACE, or the current directory). */
  workspace: string;
  config: EffectiveConfig;
  stateRoot: string;
  lock: Lock;
  ledger: Ledger;
  /** The run's state from other steps and jobs: `state.merged(await ledger.readVerified())` is every record this step can see, in one order. */
  state: StateSession;
  links?: RepositoryLinks;
}

export interface ActionOutcome {
  findings: Finding[];
  /**
   * Set when the run found nothing to check, saying what was looked for: the run gets a nothing-to-check finding
   * and the verdict `empty` (never `pass`), and fails unless the action's `allow-empty` input is true.
   */
  nothingToCheck?: string;
  outputs?: Record<string, string>;
  /** Lines shown under the verdict, e.g. which online checks were skipped. */
  notes?: string[];
  /** Extra Markdown after the findings table. */
  summaryAppendix?: string;
  /** Overrides the `fail-on` config for this run: security decisions (rbac-guard) fail closed whatever it says. */
  failOn?: FailOn;
  /** The rules this run could report, when they depend on its config (redact-logs' custom rules); default: the definition's. */
  rules?: RuleMeta[];
  /** Extra fields for this run's audit-ledger record (ids and decisions only). */
  ledgerEvent?: LedgerEvent;
  /** What the action measured beyond verdict and duration (lock waits, rollbacks, waivers) for the metrics file. */
  metrics?: MetricExtras;
  /**
   * What depends on which findings the waivers covered (security-gate's
   * `blocked` and counts): called by runAction once waivers are applied,
   * before anything is rendered. Its outputs, notes and appendix are added to
   * the outcome's.
   */
  afterWaivers?(findings: readonly Finding[], waivers: readonly WaiverRecord[]): Promise<WaivedOutcome>;
}

export type WaivedOutcome = Pick<ActionOutcome, 'outputs' | 'notes' | 'summaryAppendix' | 'ledgerEvent'>;

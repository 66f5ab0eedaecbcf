/**
 * Everything a decision is made from, collected before judging (Scorecard
 * style): the request from the runner's environment and event payload, the
 * actor's facts from the API, and the gate history from the audit ledger.
 * The evaluator is a pure function of these.
 */
export interface RequestFacts {
  command: string;
  environment?: string;
  event: string;
  /** Full ref, e.g. refs/heads/main. */
  ref: string;
  sha?: string;
  /** GITHUB_ACTOR: the original author (stays the same on a re-run). */
  actor: string;
  /** GITHUB_TRIGGERING_ACTOR: who started this run; the subject that is checked. */
  triggeringActor: string;
  /**
   * Code from another repository: a pull request (or the workflow_run of
   * one) whose head is a fork's. `unknown` until looked up (a comment on a
   * pull request); unknown counts as a fork.
   */
  fromFork: boolean | 'unknown';
  pullRequest?: number;
  /** The pull request's author, whose own review never counts as an approval. */
  pullRequestAuthor?: string;
  now: Date;
}

export type TeamMembership = 'active' | 'pending' | 'none';

export interface ActorFacts {
  login: string;
  /** Bots (`name[bot]`) and apps are matched as explicit identities only. */
  isBot: boolean;
  /** Repository role from the API (`role_name`): admin, maintain, write, triage, read, a custom role, or none. */
  permission?: string;
  /** org/team-slug → membership, for the teams the policy names. */
  teams: Map<string, TeamMembership>;
  /** Teams whose membership could not be determined, with why (the token cannot see the team). */
  unknownTeams: Map<string, string>;
  /** Approving reviews on the pull request, when a grant needs them. */
  approvals?: number;
}

export type GateVerdict = 'pass' | 'fail' | 'empty';

export interface GateHistory {
  /** Gate → its standing for this commit: a failure stands until an audited override; `empty` (it ran and found nothing to check) is not a pass. */
  verdicts: Map<string, GateVerdict>;
  /** Gate → which record decided it, and overrides, for the summary. */
  sources?: Map<string, string>;
  /** Gates whose verdict came from another job's segment whose signature was not checked (no anchor key): named as unsigned. */
  unsigned?: Set<string>;
}

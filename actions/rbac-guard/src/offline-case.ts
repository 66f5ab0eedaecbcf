import type { ActorFacts, GateHistory, RequestFacts } from './facts/request.js';
import { isBotLogin } from './facts/actor-from-api.js';

/** A request with its facts given by hand: `gates rbac explain` flags, or one case of `gates rbac test`. */
export interface OfflineCase {
  actor: string;
  command: string;
  environment?: string;
  event?: string;
  ref?: string;
  fork?: boolean;
  approvals?: number;
  permission?: string;
  teams?: string[];
  passed?: string[];
  failed?: string[];
  now?: string;
}

/** The facts the action would collect, from the case instead of the API and the ledger. Pure. */
export function factsFromCase(testCase: OfflineCase, now: Date): { request: RequestFacts; actor: ActorFacts; history: GateHistory } {
  const verdicts: GateHistory['verdicts'] = new Map();
  for (const gate of testCase.passed ?? []) verdicts.set(gate, 'pass');
  for (const gate of testCase.failed ?? []) verdicts.set(gate, 'fail');
  return {
    request: {
      command: testCase.command,
      environment: testCase.environment,
      event: testCase.event ?? 'push',
      ref: testCase.ref ?? 'refs/heads/main',
      sha: 'offline',
      actor: testCase.actor,
      triggeringActor: testCase.actor,
      fromFork: testCase.fork ?? false,
      pullRequest: testCase.approvals !== undefined ? 1 : undefined,
      now: testCase.now ? new Date(testCase.now) : now,
    },
    actor: {
      login: testCase.actor,
      isBot: isBotLogin(testCase.actor),
      permission: testCase.permission ?? 'none',
      teams: new Map((testCase.teams ?? []).map((team) => [team.toLowerCase(), 'active'])),
      unknownTeams: new Map(),
      approvals: testCase.approvals,
    },
    history: { verdicts },
  };
}

import type { ActorFacts, RequestFacts } from '../facts/request.js';
import type { CompiledDeny, CompiledGrant } from '../policy/compile.js';
import { describeWindow, inPeriod, inWindow } from './time-window.js';

/**
 * Why a grant does not cover a request: one reason per unmet condition, empty
 * when it covers it. Pure; each condition is a few lines so the table-driven
 * tests can name them one by one.
 */
export function unmetConditions(compiled: CompiledGrant, request: RequestFacts, actor: ActorFacts): string[] {
  const { grant } = compiled;
  const unmet: string[] = [];
  if (!compiled.commands(request.command)) unmet.push(`command ${request.command} is not in [${grant.commands.join(', ')}]`);
  if (request.environment !== undefined) {
    if (!compiled.environments) unmet.push(`environment ${request.environment} is not granted (the grant names no environments)`);
    else if (!compiled.environments(request.environment)) unmet.push(`environment ${request.environment} is not in [${grant.environments!.join(', ')}]`);
  } else if (compiled.environments) {
    unmet.push(`the grant is for environments [${grant.environments!.join(', ')}] and the request names none`);
  }
  if (request.event === 'schedule' && !grant.events?.includes('schedule')) {
    unmet.push('scheduled runs need a grant that lists the schedule event (on a schedule the actor is whoever last edited the cron line)');
  } else if (grant.events && !grant.events.includes(request.event)) {
    unmet.push(`event ${request.event} is not in [${grant.events.join(', ')}]`);
  }
  if (compiled.refs && !compiled.refs(request.ref)) unmet.push(`ref ${request.ref} is not in [${grant.refs!.join(', ')}]`);
  if (request.fromFork === true && grant.forks !== true) unmet.push('pull requests from forks are denied unless the grant says forks: true');
  if (request.fromFork === 'unknown' && grant.forks !== true) unmet.push('whether the pull request comes from a fork is unknown, so it counts as one: denied unless the grant says forks: true');
  if (grant.approvals !== undefined) {
    if (request.pullRequest === undefined) unmet.push(`needs ${grant.approvals} approving review(s), which are only counted on pull request events`);
    else if ((actor.approvals ?? 0) < grant.approvals) unmet.push(`has ${actor.approvals ?? 0} approving review(s), needs ${grant.approvals}`);
  }
  if (grant.windows && !grant.windows.some((window) => inWindow(window, request.now))) {
    unmet.push(`${request.now.toISOString()} is outside the allowed windows (${grant.windows.map(describeWindow).join('; ')})`);
  }
  return unmet;
}

/** Whether an explicit deny rule applies: every condition it names must hold. Pure. */
export function denyApplies(compiled: CompiledDeny, request: RequestFacts, actor: ActorFacts): boolean {
  const { rule } = compiled;
  if (!compiled.commands(request.command)) return false;
  const login = actor.login.toLowerCase();
  if (compiled.environments && (request.environment === undefined || !compiled.environments(request.environment))) return false;
  if (rule.events && !rule.events.includes(request.event)) return false;
  if (compiled.refs && !compiled.refs(request.ref)) return false;
  if ((rule.users || rule.apps) && ![...(rule.users ?? []), ...(rule.apps ?? [])].some((name) => name.toLowerCase() === login)) return false;
  if (rule.during && !rule.during.some((period) => inPeriod(period, request.now))) return false;
  if (rule.windows && !rule.windows.some((window) => inWindow(window, request.now))) return false;
  return true;
}

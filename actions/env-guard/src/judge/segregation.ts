import { globMatcher } from '@gates/core';
import type { DeployFacts } from '../facts/deploy-facts.js';
import type { EnvironmentRules } from '../policy/model.js';

/** Why a deployment check is denied: one per broken rule, so the summary names every one. */
export interface Denial {
  rule: 'event' | 'ref' | 'unprotected-ref' | 'fork' | 'github-environment' | 'forbidden-variable' | 'required-variable' | 'no-environment';
  reason: string;
}

/**
 * Segregation: may this run target this environment? Pure. Production from
 * a ref without protection, from a fork (or where that is unknown), or with
 * staging's credentials in sight is denied; so is staging with production's.
 * Variable and secret names only: values are never read here.
 */
export function judgeSegregation(rules: EnvironmentRules, facts: DeployFacts): Denial[] {
  const denials: Denial[] = [];
  const target = `${rules.kind} environment ${facts.target || '(unnamed)'}`;
  if (rules.events && !rules.events.includes(facts.event)) {
    denials.push({ rule: 'event', reason: `event ${facts.event} may not target the ${target} (allowed: ${rules.events.join(', ')})` });
  }
  if (rules.refs && !globMatcher(rules.refs)(facts.ref)) {
    denials.push({ rule: 'ref', reason: `ref ${facts.ref || '(none)'} may not target the ${target} (allowed: ${rules.refs.join(', ')})` });
  }
  if (rules.protectedRef && !facts.refProtected) {
    denials.push({ rule: 'unprotected-ref', reason: `ref ${facts.ref || '(none)'} is not protected (GITHUB_REF_PROTECTED is not true); the ${target} takes only protected refs` });
  }
  if (!rules.forks && facts.origin.fromFork !== false) {
    const how = facts.origin.fromFork === 'unknown' ? 'may come from a fork (a comment on a pull request does not say)' : 'comes from a fork';
    denials.push({ rule: 'fork', reason: `the code ${how}; the ${target} takes no fork's code` });
  }
  if (rules.githubEnvironment && facts.jobEnvironment !== rules.githubEnvironment) {
    denials.push({ rule: 'github-environment', reason: `the job must run in GitHub environment ${rules.githubEnvironment} (job-environment is ${facts.jobEnvironment || 'not set'})` });
  }
  // Case-insensitive: on Linux prod_deploy_key and PROD_DEPLOY_KEY are two variables, holding the same kind of credential.
  const forbiddenName = globMatcher(rules.forbiddenVariables.map((pattern) => pattern.toUpperCase()));
  const forbidden = (name: string) => forbiddenName(name.toUpperCase());
  const seen = [...facts.variableNames.map((name) => ({ name, what: 'variable' })), ...facts.secretNames.map((name) => ({ name, what: 'secret' }))];
  for (const { name, what } of seen) {
    if (forbidden(name)) denials.push({ rule: 'forbidden-variable', reason: `the job sees ${what} ${name}, named for another environment (forbidden for the ${target}: ${rules.forbiddenVariables.join(', ')})` });
  }
  const present = new Set([...facts.variableNames, ...facts.secretNames]);
  for (const name of rules.requiredVariables) {
    if (!present.has(name)) denials.push({ rule: 'required-variable', reason: `${name} is required for the ${target} and is not set` });
  }
  return denials;
}

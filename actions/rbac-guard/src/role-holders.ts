import { resolve } from 'node:path';
import { CONFIG_KINDS, GatesError, loadConfigFile, parseConfigDocument, type GitHubApi } from '@gates/core';
import { rolesOf, teamsFor } from './evaluate/subjects.js';
import { actorFromApi, isBotLogin } from './facts/actor-from-api.js';
import { compilePolicy } from './policy/compile.js';
import type { RbacPolicy } from './policy/model.js';

/**
 * Who holds a role under the rbac-guard policy, asked of the API the way
 * rbac-guard asks it (user and app bindings, team membership, repository
 * role). Waiver approvals use it (packages/core/src/waivers): one definition
 * of the organisation's roles. A role is held directly, or through a role
 * that extends it (which has all its grants).
 */
export async function roleCheck(
  api: GitHubApi,
  repository: { owner: string; repo: string },
  workspace: string,
  policyPath: string,
  role: string,
  /** The policy as another commit has it (a pull request's base), read elsewhere; without it, the workspace's file. */
  fromCommit?: { text: string; display: string },
): Promise<(login: string) => Promise<string | undefined>> {
  const display = fromCommit?.display ?? policyPath;
  const loaded = fromCommit ? await parseConfigDocument(fromCommit.text, CONFIG_KINDS.rbac, display) : await loadConfigFile(resolve(workspace, policyPath), CONFIG_KINDS.rbac, policyPath);
  const policy = compilePolicy(loaded.value as RbacPolicy, display, loaded.positions);
  if (!policy.policy.roles[role]) {
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: display, count: 1 }, {
      details: [{ message: `the waiver policy's approving role "${role}" is not a role of ${display}`, location: { file: display } }],
      hint: `Known roles: ${Object.keys(policy.policy.roles).join(', ')}. Fix policy.approval.role in the waiver file, or add the role.`,
    });
  }
  const satisfying = new Set([role, ...[...policy.ancestry].filter(([, ancestors]) => ancestors.includes(role)).map(([name]) => name)]);
  const bindings = policy.subjects.filter((binding) => satisfying.has(binding.role));
  const teams = teamsFor(policy, satisfying);
  const needsPermission = bindings.some((binding) => binding.permissions?.length);
  return async (login) => {
    const bot = isBotLogin(login);
    const actor = await actorFromApi(api, { ...repository, login, permission: needsPermission && !bot, teams: bot ? [] : teams });
    const held = rolesOf(policy, actor).find((entry) => satisfying.has(entry.role));
    return held ? `${held.via} holds ${held.role}` : undefined;
  };
}

import { GatesError, globMatcher, parseDuration, type EnvVarSpec, type PositionMap } from '@gates/core';
import type { EnvironmentEntry, EnvironmentKind, EnvironmentRules, EnvPolicy, EnvPolicyFile, NamespaceTemplates } from './model.js';

export const DEFAULT_NAMESPACE: NamespaceTemplates = {
  template: '{repo}-pr{number}-{sha7}',
  fallbackTemplate: '{repo}-{ref}-{sha7}',
  exportAs: 'DEPLOY_NAMESPACE',
};

/**
 * Credentials named for the other side, which a job of this kind must never
 * see, whatever the policy adds: staging (and previews) must not hold
 * production's, production must not run on staging's.
 */
export const BUILT_IN_FORBIDDEN: Readonly<Record<EnvironmentKind, readonly string[]>> = {
  ephemeral: ['PROD_*', 'PRODUCTION_*'],
  staging: ['PROD_*', 'PRODUCTION_*'],
  production: ['STAGING_*', 'STG_*'],
};

const PLACEHOLDERS = new Set(['repo', 'owner', 'number', 'sha7', 'ref', 'environment', 'run']);

/** The policy with defaults applied; what the schema cannot say (placeholders, regexes, enum values) is exit 2 with the line. */
export function compilePolicy(file: EnvPolicyFile, path: string, positions: PositionMap): EnvPolicy {
  const at = (pointer: string) => {
    const position = positions.value.get(pointer);
    return position ? { file: path, line: position.line, column: position.column } : { file: path };
  };
  const invalid = (pointer: string, problem: string): never => {
    throw new GatesError('GATES_E_CONFIG_INVALID', { file: path, count: 1 }, { location: at(pointer), details: [{ message: `${pointer}: ${problem}`, location: at(pointer) }] });
  };
  const namespace = {
    template: file.namespace?.template ?? DEFAULT_NAMESPACE.template,
    fallbackTemplate: file.namespace?.['fallback-template'] ?? DEFAULT_NAMESPACE.fallbackTemplate,
    exportAs: file.namespace?.['export-as'] ?? DEFAULT_NAMESPACE.exportAs,
  };
  for (const [key, template] of [['template', namespace.template], ['fallback-template', namespace.fallbackTemplate]] as const) {
    const unknown = templateProblem(template);
    if (unknown) invalid(`/namespace/${key}`, unknown);
  }
  if (namespace.fallbackTemplate.includes('{number}')) invalid('/namespace/fallback-template', 'the fallback template is for runs without a pull request: it cannot use {number}');
  const environments = file.environments.map((entry, index) => {
    const pointer = `/environments/${index}`;
    entry.variables?.forEach((variable, v) => {
      const problem = variableProblem(variable);
      if (problem) invalid(`${pointer}/variables/${v}`, problem);
    });
    const line = positions.value.get(pointer)?.line;
    // GitHub environment names are not case sensitive: Production is the production environment.
    const matchName = globMatcher([entry.name.toLowerCase()]);
    return { match: (name: string) => matchName(name.toLowerCase()), rules: rulesOf(entry, line ? `${path}:${line}` : path) };
  });
  return { environments, namespace, file: path };
}

export function rulesOf(entry: EnvironmentEntry, source: string): EnvironmentRules {
  const production = entry.kind === 'production';
  return {
    pattern: entry.name,
    kind: entry.kind,
    events: entry.events,
    refs: entry.refs,
    // Production never takes a fork's code, and always wants a protected ref: not a policy choice.
    forks: production ? false : (entry.forks ?? entry.kind === 'ephemeral'),
    protectedRef: production ? true : (entry['protected-ref'] ?? false),
    githubEnvironment: entry['github-environment'],
    requiredVariables: entry['required-variables'] ?? [],
    forbiddenVariables: [...BUILT_IN_FORBIDDEN[entry.kind], ...(entry['forbidden-variables'] ?? [])],
    variables: entry.variables ?? [],
    source,
  };
}

/** Without a policy file: the kind read from the target's name (prod…, stag…, anything else a preview), built-in rules. */
export function builtInRules(target: string): EnvironmentRules {
  const kind: EnvironmentKind = /prod/i.test(target) ? 'production' : /stag/i.test(target) ? 'staging' : 'ephemeral';
  return rulesOf({ name: target || '(none)', kind }, 'built-in (no policy file)');
}

function templateProblem(template: string): string | undefined {
  for (const match of template.matchAll(/\{([^}]*)\}/g)) {
    if (!PLACEHOLDERS.has(match[1]!)) return `unknown placeholder {${match[1]}}; known: ${[...PLACEHOLDERS].map((name) => `{${name}}`).join(', ')}`;
  }
  return undefined;
}

function variableProblem(variable: EnvVarSpec): string | undefined {
  const constraints = variable.constraints ?? {};
  if (variable.type === 'enum' && !constraints.values) return `${variable.name}: an enum needs constraints.values`;
  if (constraints.pattern !== undefined) {
    try {
      new RegExp(constraints.pattern, 'u');
    } catch (error) {
      return `${variable.name}: constraints.pattern is not a regular expression (${(error as Error).message})`;
    }
  }
  for (const key of ['min-duration', 'max-duration'] as const) {
    if (constraints[key] !== undefined) {
      try {
        parseDuration(constraints[key]!);
      } catch {
        return `${variable.name}: constraints.${key} is not a duration`;
      }
    }
  }
  return undefined;
}

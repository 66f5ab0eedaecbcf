import { describe, expect, test } from '@jest/globals';
import { compilePolicy } from './compile-policy.js';
import type { EnvPolicyFile } from './model.js';

const positions = { value: new Map(), key: new Map() };

describe('which environment entry a target takes', () => {
  // GitHub environment names are not case sensitive: `Production` is the production environment, secrets and all.
  test('the name pattern matches whatever the case, so Production is not taken by a catch-all preview entry', () => {
    const file = { version: 1, environments: [{ name: 'production', kind: 'production' }, { name: 'staging*', kind: 'staging' }, { name: '*', kind: 'ephemeral' }] } as unknown as EnvPolicyFile;
    const policy = compilePolicy(file, '.github/gates-env.yml', positions);
    const kindOf = (target: string) => policy.environments!.find((environment) => environment.match(target))?.rules.kind;
    expect(['production', 'Production', 'PRODUCTION', 'Staging-EU', 'pr-7'].map(kindOf)).toEqual(['production', 'production', 'production', 'staging', 'ephemeral']);
  });
});

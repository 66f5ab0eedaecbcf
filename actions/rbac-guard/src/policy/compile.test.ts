import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_KINDS, GatesError, loadConfigFile } from '@gates/core';
import { parse } from 'yaml';
import { evaluate } from '../evaluate/evaluate.js';
import { factsFromCase } from '../offline-case.js';
import { compilePolicy } from './compile.js';
import type { RbacPolicy } from './model.js';

// Names from the policy file are looked up in Maps, never on a plain object: Object.prototype's names are not roles or commands.
const compileText = (text: string) => compilePolicy(parse(text) as RbacPolicy);

function problemsOf(text: string): string[] {
  try {
    compileText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(GatesError);
    expect((error as GatesError).code).toBe('GATES_E_CONFIG_INVALID');
    return (error as GatesError).details.map((detail) => detail.message);
  }
  return [];
}

async function schemaProblems(text: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'gates-rbac-schema-')), 'gates-rbac.yml');
  writeFileSync(file, text);
  const error = await loadConfigFile(file, CONFIG_KINDS.rbac).then(() => undefined, (thrown: unknown) => thrown as GatesError);
  expect(error?.code).toBe('GATES_E_CONFIG_INVALID');
  return JSON.stringify(error?.toJSON());
}

describe('policy names that JavaScript objects already have', () => {
  test.each([
    ['a subject bound to role toString', 'version: 1\nroles:\n  dev:\n    grants: [{ commands: [x] }]\nsubjects:\n  - { role: toString, users: [a] }\n', '/subjects/0/role'],
    ['extends: [hasOwnProperty]', 'version: 1\nroles:\n  dev:\n    extends: [hasOwnProperty]\n    grants: [{ commands: [x] }]\n', '/roles/dev/extends/0'],
    ['a role named __proto__', 'version: 1\nroles:\n  __proto__:\n    grants: [{ commands: [x] }]\n', '/roles'],
  ])('the schema rejects %s (exit 2, at its place)', async (_name, text, pointer) => {
    expect(await schemaProblems(text)).toContain(pointer);
  });

  test('extends: [constructor] (a valid name) is an unknown role, not Object', () => {
    expect(problemsOf('version: 1\nroles:\n  dev:\n    extends: [constructor]\n    grants: [{ commands: [x] }]\n')).toEqual(['role "dev" extends unknown role "constructor"']);
  });

  test('a subject bound to role constructor is an unknown role', () => {
    expect(problemsOf('version: 1\nroles:\n  dev:\n    grants: [{ commands: [x] }]\nsubjects:\n  - { role: constructor, users: [a] }\n')).toEqual(['subject binds unknown role "constructor"']);
  });

  test('a role named constructor works like any other role', () => {
    const policy = compileText('version: 1\nroles:\n  constructor:\n    grants: [{ commands: [build] }]\nsubjects:\n  - { role: constructor, users: [ann] }\n');
    const facts = factsFromCase({ actor: 'ann', command: 'build' }, new Date('2026-03-03T10:00:00Z'));
    expect(evaluate(policy, facts.request, facts.actor, facts.history)).toMatchObject({ allowed: true, role: 'constructor' });
  });

  test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('command %s has no predecessor gates unless the policy names them', (command) => {
    const policy = compileText(`version: 1\nroles:\n  dev:\n    grants: [{ commands: ['*'] }]\nsubjects:\n  - { role: dev, users: [ann] }\ndependencies:\n  deploy: [qa]\n`);
    const facts = factsFromCase({ actor: 'ann', command }, new Date('2026-03-03T10:00:00Z'));
    expect(policy.dependencies.has(command)).toBe(false);
    expect(evaluate(policy, facts.request, facts.actor, facts.history)).toMatchObject({ allowed: true, chain: [] });
  });

  test('a permission level named like an Object.prototype member is a custom role matched exactly', () => {
    const policy = compileText('version: 1\nroles:\n  dev:\n    grants: [{ commands: [x] }]\nsubjects:\n  - { role: dev, permissions: [valueOf] }\n');
    const asAdmin = factsFromCase({ actor: 'ann', command: 'x', permission: 'admin' }, new Date());
    const asCustom = factsFromCase({ actor: 'ann', command: 'x', permission: 'valueOf' }, new Date());
    expect(evaluate(policy, asAdmin.request, asAdmin.actor, asAdmin.history).allowed).toBe(false);
    expect(evaluate(policy, asCustom.request, asCustom.actor, asCustom.history).allowed).toBe(true);
  });
});

import { describe, expect, test } from '@jest/globals';
import { rootInputs, rootOutputs, type DeclaredInput } from '../../scripts/root-inputs.mjs';

const config = { description: 'Path of the gates config file.', default: '.github/gates.yml' };

describe('the root action inputs the build derives (scripts/root-inputs.mjs)', () => {
  test('a name one action declares keeps it; a suite-wide input is shared; a name with two meanings becomes <action>-<input>', () => {
    const { inputs, routes } = rootInputs([
      { name: 'alpha', inputs: { config, policy: { description: 'An RBAC policy.', default: 'rbac.yml' }, reports: { description: 'Reports.', required: true } } },
      { name: 'beta', inputs: { config, policy: { description: 'A redaction policy.', default: 'redact.yml' } } },
    ]);
    expect(routes).toEqual({ alpha: { config: 'config', policy: 'alpha-policy', reports: 'reports' }, beta: { config: 'config', policy: 'beta-policy' } });
    expect(inputs).toEqual({
      'alpha-policy': { description: 'alpha: An RBAC policy.', required: false, default: 'rbac.yml' },
      'beta-policy': { description: 'beta: A redaction policy.', required: false, default: 'redact.yml' },
      config: { description: 'alpha, beta: Path of the gates config file.', required: false, default: '.github/gates.yml' },
      reports: { description: 'alpha (required): Reports.', required: false },
    });
  });

  test('an action\'s own `command` is <action>-command: `command` picks the action', () => {
    const { routes } = rootInputs([{ name: 'alpha', inputs: { command: { description: 'What to run.' } } }]);
    expect(routes.alpha).toEqual({ command: 'alpha-command' });
  });

  test('a suite-wide input declared with two defaults fails the build', () => {
    expect(() => rootInputs([{ name: 'alpha', inputs: { config } }, { name: 'beta', inputs: { config: { ...config, default: 'other.yml' } } }])).toThrow(
      'input "config" is suite-wide but alpha and beta declare different defaults or required; make them agree',
    );
  });

  test('a root name two declarations would take fails the build', () => {
    const clash: { name: string; inputs: Record<string, DeclaredInput> }[] = [
      { name: 'alpha', inputs: { policy: { description: 'One.' } } },
      { name: 'beta', inputs: { policy: { description: 'Two.' }, 'alpha-policy': { description: 'Three.' } } },
    ];
    expect(() => rootInputs(clash)).toThrow(/input "alpha-policy" would mean two things/);
    expect(() => rootInputs([{ name: 'alpha', inputs: { command: { description: 'x' } } }, { name: 'beta', inputs: { command: { description: 'y' } } }])).not.toThrow();
  });

  test('each root output says what it is for every action that sets it', () => {
    const outputs = rootOutputs([
      { name: 'alpha', outputs: { verdict: { description: 'pass or fail.' }, 'findings-count': { description: 'Breaches.' } } },
      { name: 'beta', outputs: { verdict: { description: 'pass or fail.' }, 'findings-count': { description: 'Unpinned references.' } } },
    ]);
    expect(outputs).toEqual({ 'findings-count': { description: 'alpha: Breaches. beta: Unpinned references.' }, verdict: { description: 'alpha, beta: pass or fail.' } });
  });
});

import type { BadInput } from './bad-input.js';

/** hydration-check: its spec (schema and what the schema cannot say), its layers and fixtures, its inputs. */
const SPEC = '.github/gates-hydration.yml';
const GOOD_SPEC = 'version: 1\nlayers:\n  - path: config/base.yml\n  - path: config/env/{env}.yml\nmatrix:\n  env: [dev]\nfixture: fixtures/{env}.json\n';
const FILES = { [SPEC]: GOOD_SPEC, 'config/base.yml': 'a: 1\n', 'config/env/dev.yml': 'b: 2\n', 'fixtures/dev.json': '{"a": 1, "b": 2}\n' };
const BOMB = 'x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';

export function hydrationRows(): BadInput[] {
  const row = (kind: BadInput['kind'], name: string, changes: { inputs?: Record<string, string>; files?: Record<string, string> }, code: BadInput['code']): BadInput => ({
    kind,
    target: 'hydration-check',
    name,
    inputs: changes.inputs ?? {},
    files: { ...FILES, ...changes.files },
    exit: 2,
    code,
  });
  return [
    row('missing', 'spec names a file that does not exist', { inputs: { spec: 'ci/hydration.yml' } }, 'GATES_E_INPUT_FILE_NOT_FOUND'),
    row('malformed', 'spec is not YAML', { files: { [SPEC]: 'version: 1\nlayers: [\n' } }, 'GATES_E_CONFIG_SYNTAX'),
    row('malformed', 'spec lists neither matrix nor selectors', { files: { [SPEC]: GOOD_SPEC.replace('matrix:\n  env: [dev]\n', '') } }, 'GATES_E_CONFIG_INVALID'),
    row('malformed', 'fixture is neither JSON nor YAML', { files: { 'fixtures/dev.json': '{"a": [1,\n' } }, 'GATES_E_DOCUMENT_INVALID'),
    row('wrong-type', 'spec layers is a string', { files: { [SPEC]: GOOD_SPEC.replace(/layers:\n(  - .*\n)+/, 'layers: config/base.yml\n') } }, 'GATES_E_CONFIG_INVALID'),
    row('wrong-type', 'a layer is a list, not a map', { files: { 'config/env/dev.yml': '- a\n- b\n' } }, 'GATES_E_DOCUMENT_INVALID'),
    row('wrong-type', 'update: maybe', { inputs: { update: 'maybe' } }, 'GATES_E_INPUT_INVALID'),
    row('out-of-range', 'spec version 2', { files: { [SPEC]: GOOD_SPEC.replace('version: 1', 'version: 2') } }, 'GATES_E_CONFIG_INVALID'),
    row('out-of-range', 'max-document-size: 10 parsecs', { inputs: { 'max-document-size': '10pc' } }, 'GATES_E_INPUT_INVALID'),
    row('out-of-range', 'a layer over max-document-size', { inputs: { 'max-document-size': '1KiB' }, files: { 'config/base.yml': `a: "${'x'.repeat(4096)}"\n` } }, 'GATES_E_DOCUMENT_TOO_LARGE'),
    row('hostile', 'a layer with a YAML alias bomb', { files: { 'config/base.yml': BOMB } }, 'GATES_E_DOCUMENT_INVALID'),
    row('hostile', 'a selector value that climbs out (..)', { files: { [SPEC]: GOOD_SPEC.replace('[dev]', "['..']") } }, 'GATES_E_CONFIG_INVALID'),
    row('hostile', 'a layer path outside the workspace', { files: { [SPEC]: GOOD_SPEC.replace('config/base.yml', '../../../etc/passwd') } }, 'GATES_E_PATH_OUTSIDE'),
    row('hostile', 'spec with __proto__ keys', { files: { [SPEC]: `${GOOD_SPEC}__proto__:\n  fixture: x\n` } }, 'GATES_E_CONFIG_INVALID'),
    row('hostile', 'update: true in CI', { inputs: { update: 'true' } }, 'GATES_E_USAGE'),
  ];
}

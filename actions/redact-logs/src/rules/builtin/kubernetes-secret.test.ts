import { describe, expect, test } from '@jest/globals';
import { compileRules } from '../compile-rules.js';
import { findPatternHits } from '../pattern-matcher.js';
import { KUBERNETES_SECRET_RULE } from './kubernetes-secret.js';

const rules = compileRules([KUBERNETES_SECRET_RULE], []);
const valuesIn = (text: string) => findPatternHits(rules, Buffer.from(text, 'latin1')).map((hit) => hit.value);

describe('Kubernetes Secret manifests', () => {
  test('kubectl get -o yaml: data comes before kind (keys sorted); every value is taken, metadata is not', () => {
    const manifest = ['apiVersion: v1', 'data:', '  password: UTl4LXJhbmRvbQ==', '  username: Y2k=', 'kind: Secret', 'metadata:', '  name: db', '  namespace: prod', 'type: Opaque'].join('\n');
    expect(valuesIn(manifest)).toEqual(['UTl4LXJhbmRvbQ==', 'Y2k=']);
  });

  test('stringData with quoted values and a block scalar; a helm template value is left', () => {
    const manifest = ['---', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: app', 'stringData:', '  api-key: "Zq8vR2mK5tLp"', '  config.yaml: |', '    token: Hx7q9vBn2', '    url: https://x', '  templated: "{{ .Values.password }}"', 'type: Opaque', '---', 'kind: ConfigMap', 'data:', '  mode: cHJvZA=='].join('\n');
    expect(valuesIn(manifest)).toEqual(['Zq8vR2mK5tLp', 'token: Hx7q9vBn2\n    url: https://x']);
  });

  test('a List of items: only the Secret item, not the ConfigMap beside it', () => {
    const list = ['apiVersion: v1', 'items:', '- apiVersion: v1', '  data:', '    mode: cHJvZA==', '  kind: ConfigMap', '- apiVersion: v1', '  data:', '    token: SHg3cTl2Qm4y', '  kind: Secret', '  type: Opaque', 'kind: List'].join('\n');
    expect(valuesIn(list)).toEqual(['SHg3cTl2Qm4y']);
  });

  test('objects one after the other without a separator, among log lines: only the Secret\'s values', () => {
    const log = ['+ kubectl get cm,secret -o yaml', 'apiVersion: v1', 'kind: ConfigMap', 'data:', '  mode: cHJvZA==', 'apiVersion: v1', 'data:', '  token: SHg3cTl2Qm4y', 'kind: Secret', 'type: Opaque', 'kind: ConfigMap', 'data:', '  other: eA==', 'npm info ok'].join('\n');
    expect(valuesIn(log)).toEqual(['SHg3cTl2Qm4y']);
  });

  test('a downloaded GitHub log: a timestamp before every line', () => {
    const stamp = '2026-11-25T10:00:00.1234567Z ';
    const manifest = ['apiVersion: v1', 'data:', '  password: UTl4LXJhbmRvbQ==', 'kind: Secret', 'metadata:', '  name: db'].map((line) => stamp + line).join('\n');
    expect(valuesIn(manifest)).toEqual(['UTl4LXJhbmRvbQ==']);
  });

  test('a YAML manifest printed inside a JSON string (line breaks as \\n)', () => {
    const manifest = ['apiVersion: v1', 'data:', '  password: UTl4LXJhbmRvbQ==', 'kind: Secret'].join('\n');
    expect(valuesIn(JSON.stringify({ output: manifest }))).toEqual(['UTl4LXJhbmRvbQ==']);
  });

  test('kubectl get -o json, also printed inside a JSON string', () => {
    const json = JSON.stringify({ apiVersion: 'v1', data: { password: 'UTl4LXJhbmRvbQ==', user: 'Y2k=' }, kind: 'Secret', metadata: { name: 'db', labels: { app: 'x' } } }, null, 2);
    expect(valuesIn(json)).toEqual(['UTl4LXJhbmRvbQ==', 'Y2k=']);
    expect(valuesIn(JSON.stringify({ log: json }))).toEqual(['UTl4LXJhbmRvbQ==', 'Y2k=']);
  });
});

// A realistic CI log of the requested size, with known secrets planted in it:
// npm/pytest/docker output, URLs, JSON lines, stack traces and timestamps, and
// each secret a few times, raw and inside base64 (Basic auth) and JSON.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

const TEMPLATES = [
  (i) => `npm http fetch GET 200 https://registry.npmjs.org/@types%2fnode/-/node-20.${i % 90}.1.tgz ${i % 700}ms (cache miss)`,
  (i) => `PASS src/components/widget-${i % 400}.test.tsx (${(i % 97) / 10}s)`,
  (i) => `    at Object.<anonymous> (/home/runner/work/app/app/src/module-${i % 50}.js:${i % 300}:${i % 40})`,
  (i) => `{"level":"info","time":"2026-11-25T10:${String(i % 60).padStart(2, '0')}:00.000Z","msg":"request completed","route":"/api/items/${i}","status":200,"ms":${i % 250}}`,
  (i) => `#${i % 30} [build ${i % 9}/9] RUN pip install --require-hashes -r requirements.txt`,
  (i) => `Downloading https://files.pythonhosted.org/packages/${(i * 7919).toString(16)}/pkg-${i % 80}.whl (${i % 900} kB)`,
  (i) => `tests/test_api.py::test_case_${i % 1000} PASSED                                  [${i % 100}%]`,
  (i) => `commit ${(BigInt(i) * 0x9e3779b97f4a7c15n).toString(16).padStart(40, '0').slice(0, 40)} Merge pull request #${i % 5000}`,
];

/** Random 24-40 character secrets, as tokens and passwords look. */
export function plantedSecrets(count) {
  return Array.from({ length: count }, (_, i) => randomBytes(18 + (i % 12)).toString('base64url'));
}

/** Writes `bytes` of log to `path`; returns how many secrets were planted. */
export function generateLog(path, bytes, secrets) {
  const fd = openSync(path, 'w');
  let written = 0;
  let line = 0;
  let planted = 0;
  const block = [];
  let blockBytes = 0;
  while (written < bytes) {
    let text;
    // About one planted secret per 1 MB, rotating through encodings.
    if (line % 9000 === 4500) {
      const secret = secrets[planted % secrets.length];
      const forms = [`export DEPLOY_KEY=${secret}`, `Authorization: Basic ${Buffer.from(`ci:${secret}`).toString('base64')}`, `{"token":${JSON.stringify(secret)}}`];
      text = `2026-11-25T10:00:00.${String(line % 1000).padStart(3, '0')}Z ${forms[planted % forms.length]}\n`;
      planted++;
    } else {
      text = `2026-11-25T10:00:00.${String(line % 1000).padStart(3, '0')}Z ${TEMPLATES[line % TEMPLATES.length](line)}\n`;
    }
    line++;
    block.push(text);
    blockBytes += text.length;
    if (blockBytes >= 1 << 20 || written + blockBytes >= bytes) {
      const chunk = Buffer.from(block.join(''));
      writeSync(fd, chunk);
      written += chunk.length;
      block.length = 0;
      blockBytes = 0;
    }
  }
  closeSync(fd);
  return planted;
}

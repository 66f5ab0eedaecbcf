import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StandIn } from './stand-in.js';

export interface SarifUpload {
  file: string;
  category: string;
  runs: number;
  results: number;
}

/**
 * Stand-in for github/codeql-action/upload-sarif: reads `sarif_file` (a file,
 * or every .sarif file in a directory) as the real action does, fails when it
 * is missing or is not SARIF 2.1.0, and records each upload on `uploads`
 * instead of sending it to code scanning.
 */
export function createUploadSarif(): StandIn & { uploads: SarifUpload[] } {
  const uploads: SarifUpload[] = [];
  return {
    uploads,
    description: 'github/codeql-action/upload-sarif: validates the SARIF and records the upload',
    inputs: {
      sarif_file: { default: '../results' },
      checkout_path: { default: '${{ github.workspace }}' },
      ref: { default: '' },
      sha: { default: '' },
      token: { default: '${{ github.token }}' },
      matrix: { default: '${{ toJson(matrix) }}' },
      category: { default: '' },
      'wait-for-processing': { default: 'true' },
    },
    outputs: ['sarif-id'],
    run({ inputs, workspace, print }) {
      const path = resolve(workspace, inputs.sarif_file ?? '');
      if (!existsSync(path)) {
        print(`::error::Path does not exist: ${inputs.sarif_file}`);
        return { exitCode: 1 };
      }
      const files = statSync(path).isDirectory() ? readdirSync(path).filter((name) => name.endsWith('.sarif')).map((name) => join(path, name)) : [path];
      if (files.length === 0) {
        print(`::error::No SARIF files found to upload in "${inputs.sarif_file}".`);
        return { exitCode: 1 };
      }
      for (const file of files) {
        let sarif: { version?: string; runs?: Array<{ results?: unknown[] }> };
        try {
          sarif = JSON.parse(readFileSync(file, 'utf8')) as typeof sarif;
        } catch (error) {
          print(`::error::Invalid SARIF. JSON syntax error: ${(error as Error).message}`);
          return { exitCode: 1 };
        }
        if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) {
          print(`::error::Invalid SARIF in ${file}: expected version 2.1.0 with a runs array`);
          return { exitCode: 1 };
        }
        const results = sarif.runs.reduce((sum, run) => sum + (run.results?.length ?? 0), 0);
        uploads.push({ file, category: inputs.category ?? '', runs: sarif.runs.length, results });
        print(`Uploading ${file}: ${sarif.runs.length} run(s), ${results} result(s)`);
      }
      return { exitCode: 0, outputs: { 'sarif-id': `stand-in-${uploads.length}` } };
    },
  };
}

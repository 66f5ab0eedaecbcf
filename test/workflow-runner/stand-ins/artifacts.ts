import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { REPO_ROOT } from '../../harness/run-bundle.js';
import type { StandIn, StandInStep } from './stand-in.js';

/**
 * Stand-ins for actions/upload-artifact@v4 and actions/download-artifact@v4.
 * They move files through the job's results service with the real
 * `@actions/artifact` client (test/harness/results-service/artifact-step.mjs,
 * run as its own process with the step's environment), so an artifact one job
 * uploads is what a later job of the run downloads, over the real protocol.
 * Without the results service (RunOptions.services) the step fails, as the
 * real actions fail without ACTIONS_RESULTS_URL.
 */

const ARTIFACT_STEP = join(REPO_ROOT, 'test', 'harness', 'results-service', 'artifact-step.mjs');

/** Runs one artifact client call; its last stdout line is the JSON result or `{error}`. */
function artifactCall(env: Record<string, string>, args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [ARTIFACT_STEP, ...args], { env, cwd: REPO_ROOT, timeout: 60_000 }, (_error, stdout) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolvePromise(JSON.parse(last) as Record<string, unknown>);
      } catch {
        resolvePromise({ error: `the artifact client printed no result (${last.slice(0, 200)})` });
      }
    });
  });
}

function missingService(step: StandInStep, action: string): boolean {
  if (step.env.ACTIONS_RESULTS_URL && step.env.ACTIONS_RUNTIME_TOKEN) return false;
  step.print(`::error::${action} stand-in: the job has no results service (give RunOptions.services ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN)`);
  return true;
}

/** Every file under `path` (a file or a directory), hidden ones only when asked, as upload-artifact's search does. */
function filesUnder(path: string, includeHidden: boolean): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => includeHidden || !file.slice(path.length).split(sep).some((part) => part.startsWith('.')));
}

export const uploadArtifact: StandIn = {
  description: 'actions/upload-artifact@v4: uploads files and directories (no glob patterns) to the run\'s results service',
  inputs: {
    name: { default: 'artifact' },
    path: { required: true },
    'if-no-files-found': { default: 'warn' },
    'retention-days': { default: '0' },
    'compression-level': { default: '6' },
    overwrite: { default: 'false' },
    'include-hidden-files': { default: 'false' },
  },
  outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
  async run(step) {
    const { inputs, workspace, print } = step;
    if (missingService(step, 'upload-artifact')) return { exitCode: 1 };
    const paths = (inputs.path ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    if (paths.length !== 1 || /[*?[\]!]/.test(paths[0]!)) {
      print('::error::upload-artifact stand-in: one file or directory is modelled, not several paths, globs or exclusions');
      return { exitCode: 1 };
    }
    const searched = resolve(workspace, paths[0]!);
    const files = existsSync(searched) ? filesUnder(searched, inputs['include-hidden-files'] === 'true') : [];
    if (files.length === 0) {
      const message = `No files were found with the provided path: ${paths[0]}. No artifacts will be uploaded.`;
      if (inputs['if-no-files-found'] === 'error') {
        print(`::error::${message}`);
        return { exitCode: 1 };
      }
      print(inputs['if-no-files-found'] === 'ignore' ? message : `::warning::${message}`);
      return { exitCode: 0 };
    }
    // The root is the searched path itself for a directory, its parent for a file (upload-artifact's search).
    const root = statSync(searched).isDirectory() ? searched : dirname(searched);
    print(`With the provided path, there will be ${files.length} file(s) uploaded`);
    if (inputs.overwrite === 'true') await artifactCall(step.env, ['delete', inputs.name!]);
    const uploaded = await artifactCall(step.env, ['upload', inputs.name!, root, ...files]);
    if (typeof uploaded.error === 'string') {
      print(`::error::Failed to CreateArtifact: ${uploaded.error}`);
      return { exitCode: 1 };
    }
    const id = String(uploaded.id);
    print(`Artifact ${inputs.name} has been successfully uploaded! Final size is ${uploaded.size} bytes. Artifact ID is ${id}`);
    const url = `${step.env.GITHUB_SERVER_URL}/${step.env.GITHUB_REPOSITORY}/actions/runs/${step.env.GITHUB_RUN_ID}/artifacts/${id}`;
    return { exitCode: 0, outputs: { 'artifact-id': id, 'artifact-url': url, 'artifact-digest': String(uploaded.digest ?? '') } };
  },
};

export const downloadArtifact: StandIn = {
  description: 'actions/download-artifact@v4: downloads one artifact of this run, by name, from the results service',
  inputs: {
    name: {},
    'artifact-ids': {},
    path: {},
    pattern: {},
    'merge-multiple': { default: 'false' },
    'github-token': {},
    repository: { default: '${{ github.repository }}' },
    'run-id': { default: '${{ github.run_id }}' },
  },
  outputs: ['download-path'],
  async run(step) {
    const { inputs, workspace, print } = step;
    if (missingService(step, 'download-artifact')) return { exitCode: 1 };
    if (!inputs.name || inputs['artifact-ids'] || inputs.pattern || inputs['github-token']) {
      print('::error::download-artifact stand-in: only one artifact of this run, by `name`, is modelled');
      return { exitCode: 1 };
    }
    const found = await artifactCall(step.env, ['get', inputs.name]);
    const artifact = found.artifact as { id?: number } | undefined;
    if (typeof found.error === 'string' || artifact?.id === undefined) {
      print(`::error::Unable to download artifact(s): Artifact not found for name: ${inputs.name}`);
      return { exitCode: 1 };
    }
    // With `name`, the files go straight into `path` (default: the workspace).
    const path = resolve(workspace, (inputs.path ?? '').replace(/^~(?=$|\/)/, step.env.HOME ?? '~'));
    const downloaded = await artifactCall(step.env, ['download', String(artifact.id), path]);
    if (typeof downloaded.error === 'string') {
      print(`::error::Unable to download artifact(s): ${downloaded.error}`);
      return { exitCode: 1 };
    }
    print(`Artifact download completed successfully. Downloaded to ${path}`);
    return { exitCode: 0, outputs: { 'download-path': path } };
  },
};

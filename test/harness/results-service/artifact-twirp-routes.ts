import type { IncomingMessage, ServerResponse } from 'node:http';
import { ARTIFACT_CONTAINER, artifactBlobName, type ArtifactRecords } from './artifacts.js';
import type { BlobStore } from './blob-store.js';
import { sendJson } from './http-io.js';
import type { RuntimeScope } from './runtime-token.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/**
 * Artifact service (Twirp JSON at ACTIONS_RESULTS_URL, as `@actions/artifact`
 * calls it): CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL, DeleteArtifact. Fields in proto names (snake_case),
 * int64 as strings, timestamps RFC 3339, wrapper types as plain values,
 * errors as `{code, msg}`. Requests are scoped to the runtime token's run.
 */
export const isArtifactTwirpPath = (url: URL): boolean => url.pathname.startsWith(SERVICE);

interface ArtifactMessage {
  workflow_run_backend_id?: string;
  workflow_job_run_backend_id?: string;
  name?: string;
  size?: string;
  hash?: string;
  expires_at?: string;
  name_filter?: string;
  id_filter?: string;
}

export function handleArtifactTwirp(response: ServerResponse, url: URL, message: ArtifactMessage, scope: RuntimeScope, records: ArtifactRecords, blobs: BlobStore): void {
  if (message.workflow_run_backend_id !== scope.runBackendId) {
    return sendJson(response, 403, { code: 'permission_denied', msg: 'the runtime token is not valid for this workflow run' });
  }
  const run = scope.runBackendId;
  switch (url.pathname.slice(SERVICE.length)) {
    case 'CreateArtifact': {
      if (message.workflow_job_run_backend_id !== scope.jobBackendId) return sendJson(response, 403, { code: 'permission_denied', msg: 'the runtime token is not valid for this job' });
      const created = records.create(run, scope.jobBackendId, message.name ?? '', message.expires_at);
      if (created === 'exists') return sendJson(response, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
      if (created === 'limit') return sendJson(response, 412, { code: 'failed_precondition', msg: 'the job has reached the limit of 500 artifacts' });
      return sendJson(response, 200, { ok: true, signed_upload_url: blobs.sign(ARTIFACT_CONTAINER, artifactBlobName(created), 'w') });
    }
    case 'FinalizeArtifact': {
      const artifact = records.pending(run, scope.jobBackendId, message.name ?? '');
      if (!artifact) return sendJson(response, 404, { code: 'not_found', msg: 'no artifact of that name is being uploaded' });
      const uploaded = blobs.content(ARTIFACT_CONTAINER, artifactBlobName(artifact));
      if (!uploaded || String(uploaded.length) !== message.size) return sendJson(response, 200, { ok: false, artifact_id: '0' });
      artifact.size = uploaded.length;
      artifact.digest = message.hash;
      artifact.finalized = true;
      blobs.seal(ARTIFACT_CONTAINER, artifactBlobName(artifact));
      return sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    case 'ListArtifacts': {
      const found = records.finalized(run, { name: message.name_filter, id: message.id_filter === undefined ? undefined : Number(message.id_filter) });
      return sendJson(response, 200, {
        artifacts: found.map((artifact) => ({
          workflow_run_backend_id: artifact.runBackendId,
          workflow_job_run_backend_id: artifact.jobBackendId,
          database_id: String(artifact.id),
          name: artifact.name,
          size: String(artifact.size),
          created_at: artifact.createdAt.toISOString(),
          ...(artifact.digest ? { digest: artifact.digest } : {}),
        })),
      });
    }
    case 'GetSignedArtifactURL': {
      // The client names the artifact by its job and name (ids it took from ListArtifacts): a re-run may hold the name twice.
      const [artifact] = records.finalized(run, { name: message.name, ...(message.workflow_job_run_backend_id ? { job: message.workflow_job_run_backend_id } : {}) });
      if (!artifact) return sendJson(response, 404, { code: 'not_found', msg: 'artifact not found' });
      return sendJson(response, 200, { signed_url: blobs.sign(ARTIFACT_CONTAINER, artifactBlobName(artifact), 'r') });
    }
    case 'DeleteArtifact': {
      const [artifact] = records.finalized(run, { name: message.name });
      if (!artifact) return sendJson(response, 404, { code: 'not_found', msg: 'artifact not found' });
      records.all.splice(records.all.indexOf(artifact), 1);
      return sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    default:
      return sendJson(response, 404, { code: 'bad_route', msg: `no such method ${url.pathname}` });
  }
}

export function parseTwirpJson(request: IncomingMessage, body: Buffer): ArtifactMessage | undefined {
  if (request.method !== 'POST' || !String(request.headers['content-type']).startsWith('application/json')) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as ArtifactMessage;
  } catch {
    return undefined;
  }
}

/**
 * The artifact service's records (what `@actions/artifact` v2+ talks to on
 * github.com): an artifact is created under a run and a job, its zip goes to
 * a signed blob URL, and finalize makes it visible and immutable. Names are
 * unique within a run attempt (a second CreateArtifact of a name is 409, as in
 * upload-artifact v4); a re-run's jobs may create a name an earlier attempt
 * used (the client's `listArtifacts({ latest: true })` exists to hide such
 * duplicates), a job may create at most 500 (the service's limit), and
 * listing shows finalized artifacts of the whole run, every attempt.
 */
export interface Artifact {
  /** The database id the service answers with (`artifact_id`, `database_id`). */
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  /** The run attempt of the job that created it (the service knows each job's attempt; the token does not say it). */
  attempt: number;
  size: number;
  /** `sha256:<hex>` as the client reports it at finalize. */
  digest?: string;
  finalized: boolean;
  createdAt: Date;
  expiresAt?: string;
}

export const ARTIFACT_CONTAINER = 'actions-results';
export const ARTIFACTS_PER_JOB = 500;

export const artifactBlobName = (artifact: Artifact): string => `${artifact.runBackendId}/${artifact.id}/${encodeURIComponent(artifact.name)}.zip`;

export class ArtifactRecords {
  readonly all: Artifact[] = [];
  /** Job backend id → its run attempt (1 unless a test said otherwise when it minted the job's token). */
  readonly attempts = new Map<string, number>();

  create(runBackendId: string, jobBackendId: string, name: string, expiresAt?: string): Artifact | 'exists' | 'limit' {
    const attempt = this.attempts.get(jobBackendId) ?? 1;
    if (this.all.some((artifact) => artifact.runBackendId === runBackendId && artifact.name === name && artifact.attempt === attempt)) return 'exists';
    if (this.all.filter((artifact) => artifact.jobBackendId === jobBackendId).length >= ARTIFACTS_PER_JOB) return 'limit';
    const artifact: Artifact = { id: 1000 + this.all.length + 1, runBackendId, jobBackendId, name, attempt, size: 0, finalized: false, createdAt: new Date(), expiresAt };
    this.all.push(artifact);
    return artifact;
  }

  pending(runBackendId: string, jobBackendId: string, name: string): Artifact | undefined {
    return this.all.find((artifact) => artifact.runBackendId === runBackendId && artifact.jobBackendId === jobBackendId && artifact.name === name && !artifact.finalized);
  }

  finalized(runBackendId: string, filter: { name?: string; id?: number; job?: string } = {}): Artifact[] {
    return this.all.filter(
      (artifact) =>
        artifact.finalized &&
        artifact.runBackendId === runBackendId &&
        (filter.job === undefined || artifact.jobBackendId === filter.job) &&
        (filter.name === undefined || artifact.name === filter.name) &&
        (filter.id === undefined || artifact.id === filter.id),
    );
  }
}

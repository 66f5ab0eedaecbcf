/** The machine a run's durations were measured on: only like is compared with like. */
export interface HardwareProfile {
  os: string;
  arch: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  /** The runner image version (ImageVersion on GitHub-hosted runners), or "self-hosted". */
  image: string;
}

/** One run's durations of the tracked tests. */
export interface HistorySample {
  /** ISO 8601. */
  at: string;
  sha?: string;
  ref?: string;
  profile: HardwareProfile;
  /** classname.name → seconds (the slowest observation in that run). */
  durations: Record<string, number>;
}

export interface HistoryFile {
  version: 1;
  samples: HistorySample[];
}

export function profileKey(profile: HardwareProfile): string {
  return [profile.os, profile.arch, profile.cpuModel, profile.cores, profile.memoryGiB, profile.image].join('|');
}

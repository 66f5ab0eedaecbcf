import { arch, cpus, platform, totalmem } from 'node:os';
import type { HardwareProfile } from './history-model.js';

/**
 * This machine's profile from the runner's variables and the OS. Memory is
 * rounded to whole GiB and the image is the runner image version, so two
 * runs on the same hosted runner type compare while a larger runner or a new
 * image starts a new series.
 */
export function currentProfile(env: NodeJS.ProcessEnv): HardwareProfile {
  const processors = cpus();
  return {
    os: env.RUNNER_OS || platform(),
    arch: env.RUNNER_ARCH || arch(),
    cpuModel: processors[0]?.model.trim() || 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    image: env.ImageVersion || env.RUNNER_IMAGE_VERSION || 'self-hosted',
  };
}

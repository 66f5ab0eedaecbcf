import { deprecatedRuntime } from './deprecated-runtime.js';
import { imposterCommit } from './imposter-commit.js';
import { invalidUses } from './invalid-uses.js';
import { invalidWorkflow } from './invalid-workflow.js';
import { lockfileOutOfSync } from './lockfile-out-of-sync.js';
import { missingLockfile } from './missing-lockfile.js';
import { missingToolVersion } from './missing-tool-version.js';
import { missingVersionComment } from './missing-version-comment.js';
import { onlineCheckFailed } from './online-check-failed.js';
import { refConfusion } from './ref-confusion.js';
import type { PinRule } from './rule.js';
import { staleActionRefs } from './stale-action-refs.js';
import { unknownReference } from './unknown-reference.js';
import { unpinnedImage } from './unpinned-image.js';
import { unpinnedInstall } from './unpinned-install.js';
import { unpinnedOsPackage } from './unpinned-os-package.js';
import { unpinnedTools } from './unpinned-tools.js';
import { unpinnedUses } from './unpinned-uses.js';
import { versionCommentMismatch } from './version-comment-mismatch.js';

/** Every pin-check rule, in the order their findings are reported. */
export const PIN_RULES: readonly PinRule[] = [
  unpinnedUses,
  invalidUses,
  missingVersionComment,
  unpinnedImage,
  unpinnedInstall,
  unpinnedOsPackage,
  unpinnedTools,
  missingLockfile,
  lockfileOutOfSync,
  missingToolVersion,
  invalidWorkflow,
  unknownReference,
  imposterCommit,
  versionCommentMismatch,
  staleActionRefs,
  refConfusion,
  deprecatedRuntime,
  onlineCheckFailed,
];

import type { Finding } from '@gates/core';
import { isDigestPinned, parseFromLines } from '../dockerfile.js';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

const FIX = 'pin by digest: image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag shows it)';

/** Container images in workflows (container, services, docker://) and Dockerfile FROM lines use @sha256 digests. */
export const unpinnedImage: PinRule = {
  meta: {
    id: 'unpinned-image',
    description: 'Container images (job containers, services, docker:// actions, Dockerfile FROM) are pinned by @sha256 digest',
    severity: 'error',
    docs: ruleDocs('unpinned-image'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    const severity = severityFor(policy, this.meta);
    for (const workflow of facts.workflows) {
      if (!ruleAppliesTo(policy, this.meta.id, workflow.file)) continue;
      const images = [
        ...workflow.images,
        ...workflow.uses.flatMap((uses) => {
          const { reference } = uses;
          return reference.kind === 'docker' ? [{ image: reference.image, where: 'docker:// action', line: uses.line, column: uses.column }] : [];
        }),
      ];
      for (const image of images) {
        if (isDigestPinned(image.image) || image.image.includes('${{')) continue;
        findings.push({
          ruleId: this.meta.id,
          severity,
          message: `${image.where} image ${image.image} is not pinned by digest; the tag can be re-pushed with other content.`,
          file: workflow.file,
          line: image.line,
          column: image.column,
          confidence: 'high',
          fixHint: FIX,
        });
      }
    }
    for (const dockerfile of facts.dockerfiles) {
      if (!ruleAppliesTo(policy, this.meta.id, dockerfile.path)) continue;
      for (const from of parseFromLines(dockerfile.text)) {
        if (from.internal || (from.image && isDigestPinned(from.image))) continue;
        findings.push({
          ruleId: this.meta.id,
          severity: from.image === undefined ? 'warning' : severity,
          message: from.image === undefined
            ? `FROM ${from.raw} uses a build argument without a default, so the image cannot be checked; make sure the value passed is a digest.`
            : `FROM ${from.image}${from.raw !== from.image ? ` (from ${from.raw})` : ''} is not pinned by digest.`,
          file: dockerfile.path,
          line: from.line,
          confidence: from.image === undefined ? 'medium' : 'high',
          fixHint: FIX,
        });
      }
    }
    return findings;
  },
};

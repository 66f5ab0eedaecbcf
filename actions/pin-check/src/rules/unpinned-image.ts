import type { Finding } from '@gates/core';
import { isDigestPinned } from '../dockerfile.js';
import { matrixCombinations, Unresolved } from '../expressions/matrix.js';
import { templateValues } from '../expressions/values.js';
import { ruleAppliesTo, severityFor } from '../policy.js';
import type { ImageFact } from '../workflow-model.js';
import { ruleDocs, type PinRule } from './rule.js';

const FIX = 'pin by digest: image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag shows it)';

/**
 * Container images in workflows (container, services, docker://) and
 * Dockerfile FROM lines use @sha256 digests. An image written with
 * expressions is checked for every value it can take (each matrix
 * combination, each string literal); what only the run knows is a note.
 */
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
      const images: ImageFact[] = [
        ...workflow.images,
        ...workflow.uses.flatMap((uses) => {
          const { reference } = uses;
          return reference.kind === 'docker' ? [{ image: reference.image, where: 'docker:// action', line: uses.line, column: uses.column }] : [];
        }),
      ];
      for (const image of images) {
        const at = { ruleId: this.meta.id, file: workflow.file, line: image.line, column: image.column, fixHint: FIX };
        const { values, unresolved } = imageValues(image);
        for (const value of values) {
          if (isDigestPinned(value)) continue;
          const from = value === image.image ? '' : ` (from ${image.image})`;
          findings.push({ ...at, severity, message: `${image.where} image ${value}${from} is not pinned by digest; the tag can be re-pushed with other content.`, confidence: 'high' });
        }
        if (unresolved.length > 0) {
          findings.push({
            ...at,
            severity: 'note',
            message: `${image.where} image ${image.image} cannot be resolved before the run (${unresolved.join('; ')}); make sure every value it takes is pinned by digest.`,
            confidence: 'low',
          });
        }
      }
    }
    for (const dockerfile of facts.dockerfiles) {
      if (!ruleAppliesTo(policy, this.meta.id, dockerfile.path)) continue;
      for (const from of dockerfile.froms) {
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

/** The non-empty values an image can take: itself, or each value of its expressions over the job's matrix combinations. */
function imageValues(image: ImageFact): { values: string[]; unresolved: string[] } {
  if (!image.image.includes('${{')) return { values: image.image.trim() === '' ? [] : [image.image.trim()], unresolved: [] };
  const combinations = image.matrix === undefined ? [undefined] : matrixCombinations(image.matrix);
  if (combinations instanceof Unresolved) {
    const { values, unresolved } = templateValues(image.image, undefined);
    return { values: nonEmpty(values), unresolved: unresolved.map((why) => (why.startsWith('matrix') ? combinations.why : why)) };
  }
  const values = new Set<string>();
  const unresolved = new Set<string>();
  for (const combination of combinations) {
    const result = templateValues(image.image, combination);
    for (const value of result.values) values.add(value);
    for (const why of result.unresolved) unresolved.add(why);
  }
  return { values: nonEmpty([...values]), unresolved: [...unresolved] };
}

function nonEmpty(values: string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

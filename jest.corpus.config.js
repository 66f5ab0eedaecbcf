/** `npm run test:corpus`: tests over ../shared fixtures (other projects' files, not in this repository). */
import base from './jest.config.js';

export default { ...base, roots: ['<rootDir>/test/corpus'], testMatch: ['**/*.corpus.ts'] };

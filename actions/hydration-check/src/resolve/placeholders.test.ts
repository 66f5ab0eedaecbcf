import { describe, expect, test } from '@jest/globals';
import { fillPlaceholders } from './placeholders.js';

describe('fillPlaceholders: ${NAME} from the spec\'s env block only', () => {
  test('fills string values anywhere in the document, several per string', () => {
    const { document, unresolved } = fillPlaceholders({ url: 'https://${HOST}:${PORT}/', list: ['${HOST}', 3], nested: { name: 'v${VERSION}' } }, { HOST: 'eu.example.com', PORT: '443', VERSION: '1.4.0' });
    expect(document).toEqual({ url: 'https://eu.example.com:443/', list: ['eu.example.com', 3], nested: { name: 'v1.4.0' } });
    expect(unresolved).toEqual([]);
  });

  test('never reads the process environment: a secret set there stays a placeholder and is reported', () => {
    process.env.HYDRATION_TEST_SECRET = 'hunter2-should-never-appear';
    try {
      const { document, unresolved } = fillPlaceholders({ db: { password: '${HYDRATION_TEST_SECRET}' } }, {});
      expect(JSON.stringify(document)).not.toContain('hunter2');
      expect(document).toEqual({ db: { password: '${HYDRATION_TEST_SECRET}' } });
      expect(unresolved).toEqual([{ path: '/db/password', name: 'HYDRATION_TEST_SECRET' }]);
    } finally {
      delete process.env.HYDRATION_TEST_SECRET;
    }
  });

  test('names inherited from Object.prototype are not values', () => {
    expect(fillPlaceholders({ a: '${constructor}${toString}' }, {}).unresolved.map((placeholder) => placeholder.name)).toEqual(['constructor', 'toString']);
  });

  test('$${NAME} is the literal text ${NAME}; keys are not hydrated; pointers escape / and ~', () => {
    const { document, unresolved } = fillPlaceholders({ '${KEY}': '$${HOST} and ${MISSING}', 'a/b~c': '${MISSING}' }, { HOST: 'h', KEY: 'k' });
    expect(document).toEqual({ '${KEY}': '${HOST} and ${MISSING}', 'a/b~c': '${MISSING}' });
    expect(unresolved).toEqual([{ path: '/${KEY}', name: 'MISSING' }, { path: '/a~1b~0c', name: 'MISSING' }]);
  });

  test('a value that itself looks like a placeholder is not expanded again', () => {
    expect(fillPlaceholders({ a: '${A}' }, { A: '${B}', B: 'no' }).document).toEqual({ a: '${B}' });
  });
});

import { describe, expect, it } from '@jest/globals';
import { redactUrlSecrets, scrubIdentityNumbers } from './scrub.js';

describe('scrubIdentityNumbers', () => {
  it.each([
    ['duplicate 19850709-9805 found', 'duplicate [identitetsnummer] found'],
    ['pnr=850709-9805', 'pnr=[identitetsnummer]'],
    ['8507099805', '[identitetsnummer]'],
    ['198507099805', '[identitetsnummer]'],
    ['over a hundred: 121212+1212', 'over a hundred: [identitetsnummer]'],
    ['samordningsnummer 850769-9802', 'samordningsnummer [identitetsnummer]'],
    ['orgnr 556016-0680', 'orgnr [identitetsnummer]'],
    ['request took 1234 ms', 'request took 1234 ms'],
    ['uuid 3f1c2e40-1b2c-4d5e-8f90-123456789012', 'uuid 3f1c2e40-1b2c-4d5e-8f90-123456789012'],
    ['timestamp 1763798400000', 'timestamp 1763798400000'],
  ])('%j -> %j', (input, expected) => {
    expect(scrubIdentityNumbers(input)).toBe(expected);
  });
});

describe('redactUrlSecrets', () => {
  it.each([
    ['/calendar/feeds/abcDEF_123-x/team.ics', '/calendar/feeds/[token]/team.ics'],
    ['/calendar/feeds/abc/meetings/3f1c2e40.ics?x=1', '/calendar/feeds/[token]/meetings/3f1c2e40.ics?[query]'],
    ['/graphql', '/graphql'],
    ['/graphql?query=%7Bcandidate%7D&variables=%7B%22pnr%22%3A%22198507099805%22%7D', '/graphql?[query]'],
  ])('%j -> %j', (input, expected) => {
    expect(redactUrlSecrets(input)).toBe(expected);
  });
});

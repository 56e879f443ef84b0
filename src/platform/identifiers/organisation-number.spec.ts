import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { IsOrganisationNumber, normaliseOrganisationNumber } from './organisation-number.js';

describe('normaliseOrganisationNumber', () => {
  it.each([
    ['556016-0680', '556016-0680'], // aktiebolag
    ['5560160680', '556016-0680'],
    ['16556016-0680', '556016-0680'], // with the 16 century prefix
    [' 556016-0680 ', '556016-0680'],
    ['212000-0142', '212000-0142'], // a public body (stat, region, kommun)
    ['802002-1348', null], // wrong check digit
    ['556016-0681', null], // wrong check digit
    ['55601606', null], // too short
    ['556016-068O', null], // letter O for zero
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseOrganisationNumber(input)).toBe(expected);
  });
});

describe('@IsOrganisationNumber', () => {
  class Input {
    @IsOrganisationNumber()
    organisationNumber: unknown;
  }

  it.each([
    ['556016-0680', 0],
    ['556016-0681', 1],
    [5560160680, 1],
    [undefined, 1],
  ])('%j gives %i error(s)', (value, count) => {
    const input = Object.assign(new Input(), { organisationNumber: value });
    const errors = validateSync(input);
    expect(errors).toHaveLength(count);
    if (count) expect(errors[0].property).toBe('organisationNumber');
  });
});

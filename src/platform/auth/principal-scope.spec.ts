import { describe, expect, it } from '@jest/globals';
import { agreementInForce, principalScope, type AgreementTerm } from './principal-scope.js';
import { Role, STAFF_ROLES } from './role.enum.js';

const TRELLEBORG = 'trelleborg';
const SVEDALA = 'svedala';
const AMF = 'trelleborg-amf';
const agreement: AgreementTerm = { actingOrganisationId: AMF, principalId: SVEDALA, validFrom: '2021-01-01', validTo: null, roles: STAFF_ROLES };

describe('agreementInForce', () => {
  it.each([
    ['2020-12-31', { validTo: null }, false],
    ['2021-01-01', { validTo: null }, true],
    ['2026-11-22', { validTo: null }, true],
    ['2025-12-31', { validTo: '2025-12-31' }, true],
    ['2026-01-01', { validTo: '2025-12-31' }, false],
  ])('on %s with %j -> %s', (today, patch, expected) => {
    expect(agreementInForce({ ...agreement, ...patch }, today)).toBe(expected);
  });
});

describe('principalScope', () => {
  it.each([
    ['a Trelleborg recruiter under the agreement', [Role.RECRUITER], AMF, TRELLEBORG, [agreement], [SVEDALA, TRELLEBORG], [SVEDALA, TRELLEBORG]],
    [
      'a Trelleborg recruiter after the agreement ended',
      [Role.RECRUITER],
      AMF,
      TRELLEBORG,
      [{ ...agreement, validTo: '2025-01-01' }],
      [TRELLEBORG],
      [TRELLEBORG],
    ],
    ['staff of another Trelleborg administration', [Role.MANAGER], 'trelleborg-other', TRELLEBORG, [agreement], [TRELLEBORG], [TRELLEBORG]],
    ['a Svedala reviewer', [Role.PRINCIPAL_REVIEWER], 'svedala-son', SVEDALA, [agreement], [SVEDALA], []],
    ['a reviewer who is also staff', [Role.PRINCIPAL_REVIEWER, Role.MANAGER], 'svedala-son', SVEDALA, [], [SVEDALA], [SVEDALA]],
    ['a user with no roles', [], AMF, TRELLEBORG, [agreement], [], []],
    [
      'a Trelleborg teacher under an agreement for recruiters only',
      [Role.TEACHER],
      AMF,
      TRELLEBORG,
      [{ ...agreement, roles: [Role.RECRUITER] }],
      [TRELLEBORG],
      [TRELLEBORG],
    ],
    [
      'a Trelleborg recruiter before the agreement begins',
      [Role.RECRUITER],
      AMF,
      TRELLEBORG,
      [{ ...agreement, validFrom: '2027-01-01' }],
      [TRELLEBORG],
      [TRELLEBORG],
    ],
  ])('%s', (_label, roles, org, home, agreements, readable, writable) => {
    expect(principalScope(roles as Role[], org as string, home as string, agreements as AgreementTerm[], '2026-11-22')).toMatchObject({
      readable,
      writable,
    });
  });

  it('bounds the dates a provider may write for the principal by the day the agreement began, and no others', () => {
    expect(principalScope([Role.RECRUITER], AMF, TRELLEBORG, [agreement], '2026-11-22').writableFrom).toEqual({ [SVEDALA]: '2021-01-01' });
    expect(principalScope([Role.MANAGER], 'svedala-son', SVEDALA, [agreement], '2026-11-22').writableFrom).toEqual({});
  });
});

import { fieldError, type Problem } from '../../platform/api/errors';
import { adminText } from './messages';

const f = adminText.users.field;

/** The API names a user form's failing field in English; the administrator reads what to do about it in Swedish. */
export function userFieldError(
  problem: Problem | null,
  field: 'username' | 'name' | 'email' | 'organisationId' | 'roles' | 'password' | 'userId',
): string | undefined {
  const generic = fieldError(problem, field);
  if (generic === undefined) return undefined;
  switch (field) {
    case 'username':
      return problem?.kind === 'conflict' || problem?.kind === 'refused' ? f.usernameTaken : f.username;
    case 'password':
      return f.password;
    case 'email':
      return f.email;
    case 'organisationId':
      return f.organisation;
    case 'roles':
      return f.rolesRequired;
    case 'userId':
      return f.self;
    default:
      return generic;
  }
}

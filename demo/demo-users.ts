import { Role } from '../src/platform/auth/role.enum.js';

/** The password of every demo user; the README tells it. */
export const DEMO_PASSWORD = 'brygga-demo';

interface DemoUser {
  username: string;
  name: string;
  org: 'amf' | 'svedala' | 'svedalaSocial';
  roles: Role[];
}

/** One user per role (and the staff the demo employers refer to), all signing in with {@link DEMO_PASSWORD}. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'bd1', name: 'Anna Lindqvist', org: 'amf', roles: [Role.BUSINESS_DEVELOPER] },
  { username: 'bd2', name: 'Mehmet Yilmaz', org: 'amf', roles: [Role.BUSINESS_DEVELOPER] },
  { username: 'bd.svedala', name: 'Karin Persson', org: 'svedala', roles: [Role.BUSINESS_DEVELOPER] },
  { username: 'recruiter1', name: 'Johan Berg', org: 'amf', roles: [Role.RECRUITER] },
  { username: 'recruiter2', name: 'Amira Haddad', org: 'amf', roles: [Role.RECRUITER] },
  { username: 'secretary1', name: 'Lena Svensson', org: 'amf', roles: [Role.LABOUR_MARKET_SECRETARY] },
  { username: 'secretary2', name: 'Ali Rahimi', org: 'amf', roles: [Role.LABOUR_MARKET_SECRETARY] },
  { username: 'secretary3', name: 'Maria Johansson', org: 'amf', roles: [Role.LABOUR_MARKET_SECRETARY] },
  { username: 'secretary4', name: 'Erik Lund', org: 'amf', roles: [Role.LABOUR_MARKET_SECRETARY] },
  { username: 'counsellor1', name: 'Per Nilsson', org: 'amf', roles: [Role.CAREER_COUNSELLOR] },
  { username: 'teacher1', name: 'Sara Ahmadi', org: 'amf', roles: [Role.TEACHER] },
  { username: 'teacher2', name: 'Jonas Ek', org: 'amf', roles: [Role.TEACHER] },
  { username: 'manager1', name: 'Eva Holm', org: 'amf', roles: [Role.MANAGER] },
  { username: 'reviewer.svedala', name: 'Ingrid Mårtensson', org: 'svedalaSocial', roles: [Role.PRINCIPAL_REVIEWER] },
  { username: 'admin', name: 'Systemförvaltare Trelleborg', org: 'amf', roles: [Role.ADMINISTRATOR] },
  { username: 'admin.svedala', name: 'Systemförvaltare Svedala', org: 'svedalaSocial', roles: [Role.ADMINISTRATOR] },
];

import { registerEnumType } from '@nestjs/graphql';

/** The roles of docs/domain.md's users. A user has one or more. */
export enum Role {
  /** arbetsmarknadssekreterare (ASK): owns a job seeker's plan */
  LABOUR_MARKET_SECRETARY = 'LABOUR_MARKET_SECRETARY',
  /** rekryterare: finds and ranks candidates, presents shortlists to employers */
  RECRUITER = 'RECRUITER',
  /** näringslivsutvecklare: serves employers, logs every contact */
  BUSINESS_DEVELOPER = 'BUSINESS_DEVELOPER',
  /** studie- och yrkesvägledare (SYV) */
  CAREER_COUNSELLOR = 'CAREER_COUNSELLOR',
  /** lärare, e.g. sector SFI */
  TEACHER = 'TEACHER',
  /** verksamhetscontroller, chef: follows results */
  MANAGER = 'MANAGER',
  /** the principal's (huvudman's) reviewer: read-only inspection of their own municipality's data */
  PRINCIPAL_REVIEWER = 'PRINCIPAL_REVIEWER',
  /** manages users, organisations and agreements */
  ADMINISTRATOR = 'ADMINISTRATOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: "A staff member's role; a user has one or more, and they decide what the user may do",
  valuesMap: {
    LABOUR_MARKET_SECRETARY: { description: "Labour-market secretary (arbetsmarknadssekreterare, ASK): owns a job seeker's plan" },
    RECRUITER: { description: 'Recruiter (rekryterare): finds and ranks candidates, presents shortlists to employers' },
    BUSINESS_DEVELOPER: { description: 'Business developer (näringslivsutvecklare): serves employers, logs every contact' },
    CAREER_COUNSELLOR: { description: 'Career counsellor (studie- och yrkesvägledare, SYV)' },
    TEACHER: { description: 'Teacher (lärare), e.g. of sector SFI' },
    MANAGER: { description: 'Controller or manager (verksamhetscontroller, chef): follows results' },
    PRINCIPAL_REVIEWER: { description: "The principal's reviewer: read-only inspection of their own municipality's data" },
    ADMINISTRATOR: { description: 'Manages users, organisations and agreements' },
  },
});

/** Roles of staff who do the administration's work (everyone but the principal's reviewers). */
export const STAFF_ROLES: readonly Role[] = [
  Role.LABOUR_MARKET_SECRETARY,
  Role.RECRUITER,
  Role.BUSINESS_DEVELOPER,
  Role.CAREER_COUNSELLOR,
  Role.TEACHER,
  Role.MANAGER,
  Role.ADMINISTRATOR,
];

/** Every role. */
export const ALL_ROLES: readonly Role[] = [...STAFF_ROLES, Role.PRINCIPAL_REVIEWER];

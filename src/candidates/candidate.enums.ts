import { registerEnumType } from '@nestjs/graphql';

/**
 * Swedish level, in order: SFI courses A-D (Skolverket's SFI course levels), SFI completed, then native or fluent.
 * The order matters: an opening's minimum level is met by any level at or after it.
 */
export enum SwedishLevel {
  NONE = 'NONE',
  SFI_A = 'SFI_A',
  SFI_B = 'SFI_B',
  SFI_C = 'SFI_C',
  SFI_D = 'SFI_D',
  SFI_COMPLETED = 'SFI_COMPLETED',
  NATIVE_OR_FLUENT = 'NATIVE_OR_FLUENT',
}
registerEnumType(SwedishLevel, { name: 'SwedishLevel' });

/** Highest completed education, in the Swedish system's steps. */
export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  POST_SECONDARY_VOCATIONAL = 'POST_SECONDARY_VOCATIONAL',
  UNIVERSITY = 'UNIVERSITY',
}
registerEnumType(EducationLevel, { name: 'EducationLevel' });

/**
 * Limitations that matter for matching, stated without diagnoses: the work they rule out, never why.
 * (docs/rules.md: disability is a ground of the Discrimination Act and is neither stored nor used.)
 */
export enum WorkLimitation {
  NO_HEAVY_LIFTING = 'NO_HEAVY_LIFTING',
  NO_PROLONGED_STANDING = 'NO_PROLONGED_STANDING',
  NO_NIGHT_WORK = 'NO_NIGHT_WORK',
  NO_SHIFT_WORK = 'NO_SHIFT_WORK',
  REDUCED_HOURS = 'REDUCED_HOURS',
  NO_DRIVING = 'NO_DRIVING',
}
registerEnumType(WorkLimitation, { name: 'WorkLimitation' });

/**
 * How a person gets to work, as the secretary records it: the commute is estimated for this mode. CAR needs a driving
 * licence that includes class B and no NO_DRIVING limitation; most people on financial aid have no car, so public
 * transport is the default.
 */
export enum TravelMode {
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
  BICYCLE = 'BICYCLE',
}
registerEnumType(TravelMode, { name: 'TravelMode' });

/** What a consent (samtycke) allows: contact with, or sharing the profile with, another party. */
export enum ConsentPurpose {
  SHARE_PROFILE_WITH_EMPLOYERS = 'SHARE_PROFILE_WITH_EMPLOYERS',
  CONTACT_ARBETSFORMEDLINGEN = 'CONTACT_ARBETSFORMEDLINGEN',
  CONTACT_HEALTH_CARE = 'CONTACT_HEALTH_CARE',
  CONTACT_FORSAKRINGSKASSAN = 'CONTACT_FORSAKRINGSKASSAN',
  CONTACT_OTHER = 'CONTACT_OTHER',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });

/**
 * Why an enrolment period ended (docs/rules.md "Exit"). The Kolada indicator counts WORK_UNSUBSIDISED and
 * WORK_SUBSIDISED as work, never MUNICIPAL_LABOUR_MARKET_EMPLOYMENT, and STUDIES_STUDENT_AID only as studies.
 */
export enum ExitReason {
  WORK_UNSUBSIDISED = 'WORK_UNSUBSIDISED',
  WORK_SUBSIDISED = 'WORK_SUBSIDISED',
  MUNICIPAL_LABOUR_MARKET_EMPLOYMENT = 'MUNICIPAL_LABOUR_MARKET_EMPLOYMENT',
  STUDIES_STUDENT_AID = 'STUDIES_STUDENT_AID',
  STUDIES_OTHER = 'STUDIES_OTHER',
  MOVED = 'MOVED',
  SICKNESS_BENEFIT = 'SICKNESS_BENEFIT',
  OTHER_SUPPORT = 'OTHER_SUPPORT',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ExitReason, { name: 'ExitReason' });

export enum IdentityKind {
  PERSONNUMMER = 'PERSONNUMMER',
  SAMORDNINGSNUMMER = 'SAMORDNINGSNUMMER',
}
registerEnumType(IdentityKind, { name: 'IdentityKind' });

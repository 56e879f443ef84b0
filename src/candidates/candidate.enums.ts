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
registerEnumType(SwedishLevel, {
  name: 'SwedishLevel',
  description: 'Swedish level, in order: SFI courses A-D, SFI completed, native or fluent; a minimum is met by any level at or after it',
  valuesMap: {
    NONE: { description: 'No Swedish yet' },
    SFI_A: { description: "SFI course A (Skolverket's levels)" },
    SFI_B: { description: 'SFI course B' },
    SFI_C: { description: 'SFI course C' },
    SFI_D: { description: 'SFI course D' },
    SFI_COMPLETED: { description: 'SFI completed' },
    NATIVE_OR_FLUENT: { description: 'Swedish as mother tongue, or fluent' },
  },
});

/** Highest completed education, in the Swedish system's steps. */
export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  POST_SECONDARY_VOCATIONAL = 'POST_SECONDARY_VOCATIONAL',
  UNIVERSITY = 'UNIVERSITY',
}
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: "Highest completed education, in the Swedish system's steps",
  valuesMap: {
    NONE: { description: 'No completed schooling' },
    PRIMARY: { description: 'Compulsory school (grundskola) or equivalent' },
    UPPER_SECONDARY: { description: 'Upper secondary school (gymnasium) or equivalent' },
    POST_SECONDARY_VOCATIONAL: { description: 'Post-secondary vocational education (e.g. yrkeshögskola)' },
    UNIVERSITY: { description: 'University or university college' },
  },
});

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
registerEnumType(WorkLimitation, {
  name: 'WorkLimitation',
  description: 'Work a person cannot do, stated without diagnoses (disability is neither stored nor used)',
  valuesMap: {
    NO_HEAVY_LIFTING: { description: 'No heavy lifting: rules out openings that involve it' },
    NO_PROLONGED_STANDING: { description: 'No prolonged standing' },
    NO_NIGHT_WORK: { description: 'No night work: rules out openings that involve it' },
    NO_SHIFT_WORK: { description: 'No shift work' },
    REDUCED_HOURS: { description: 'Cannot work full time' },
    NO_DRIVING: { description: 'Cannot drive for work (also rules out travelMode CAR)' },
  },
});

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
registerEnumType(TravelMode, {
  name: 'TravelMode',
  description: 'How a person gets to work; the commute is estimated for this mode',
  valuesMap: {
    PUBLIC_TRANSPORT: { description: 'Public transport (the default)' },
    CAR: { description: 'Car: needs a driving licence including class B and no NO_DRIVING limitation' },
    BICYCLE: { description: 'Bicycle' },
  },
});

/** What a consent (samtycke) allows: contact with, or sharing the profile with, another party. */
export enum ConsentPurpose {
  SHARE_PROFILE_WITH_EMPLOYERS = 'SHARE_PROFILE_WITH_EMPLOYERS',
  CONTACT_ARBETSFORMEDLINGEN = 'CONTACT_ARBETSFORMEDLINGEN',
  CONTACT_HEALTH_CARE = 'CONTACT_HEALTH_CARE',
  CONTACT_FORSAKRINGSKASSAN = 'CONTACT_FORSAKRINGSKASSAN',
  CONTACT_OTHER = 'CONTACT_OTHER',
}
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What a consent (samtycke) allows: contact with, or sharing the profile with, another party',
  valuesMap: {
    SHARE_PROFILE_WITH_EMPLOYERS: { description: "Share the profile with employers: needed to rank, present or invite the person to a recruitment meeting" },
    CONTACT_ARBETSFORMEDLINGEN: { description: 'Contact with Arbetsförmedlingen (the Public Employment Service)' },
    CONTACT_HEALTH_CARE: { description: 'Contact with health care' },
    CONTACT_FORSAKRINGSKASSAN: { description: 'Contact with Försäkringskassan (the Social Insurance Agency)' },
    CONTACT_OTHER: { description: 'Contact with another party, named as the recipient' },
  },
});

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
registerEnumType(ExitReason, {
  name: 'ExitReason',
  description: 'Why an enrolment period ended (docs/rules.md, Exits); decides whether the exit counts as work, studies or other (Kolada)',
  valuesMap: {
    WORK_UNSUBSIDISED: { description: 'An unsubsidised job on the regular labour market: work, once it has lasted one continuous month' },
    WORK_SUBSIDISED: { description: 'A subsidised job (e.g. nystartsjobb, lönebidrag): work, once it has lasted one continuous month' },
    MUNICIPAL_LABOUR_MARKET_EMPLOYMENT: { description: 'A municipal labour-market employment: never counts as work' },
    STUDIES_STUDENT_AID: { description: 'Studies that entitle to student aid (CSN), e.g. Komvux, folkhögskola, university: counts as studies' },
    STUDIES_OTHER: { description: 'Studies without student aid: counts as other' },
    MOVED: { description: 'Moved from the municipality: other' },
    SICKNESS_BENEFIT: { description: 'Sickness benefit or compensation: other' },
    OTHER_SUPPORT: { description: 'Other support: other' },
    UNKNOWN: { description: 'Not known: other' },
  },
});

export enum IdentityKind {
  PERSONNUMMER = 'PERSONNUMMER',
  SAMORDNINGSNUMMER = 'SAMORDNINGSNUMMER',
}
registerEnumType(IdentityKind, {
  name: 'IdentityKind',
  description: 'The kind of Swedish identity number',
  valuesMap: {
    PERSONNUMMER: { description: 'Personal identity number (personnummer), YYYYMMDD-NNNN' },
    SAMORDNINGSNUMMER: { description: 'Coordination number (samordningsnummer), for people not registered in Sweden (day + 60)' },
  },
});

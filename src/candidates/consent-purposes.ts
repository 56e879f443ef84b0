import { Field, ObjectType } from '@nestjs/graphql';
import { ConsentPurpose } from './candidate.enums.js';

/**
 * What a person is told when they consent, and what the law rests on, per purpose: the one place this is said.
 * Everything the social services' labour-market unit knows about a person is covered by socialtjänstsekretessen
 * (offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §); passing any of it to an employer or another authority
 * needs the person's consent, which lifts the secrecy towards that party (OSL 12 kap. 2 §). Under GDPR the
 * processing rests on consent, art. 6.1 a, and where health data is shared, art. 9.2 a.
 */
export const CONSENT_PURPOSES: Readonly<Record<ConsentPurpose, { description: string; legalBasis: string }>> = {
  [ConsentPurpose.SHARE_PROFILE_WITH_EMPLOYERS]: {
    description:
      'Din profil (namn, kontaktuppgifter, erfarenheter, kompetenser, körkort och språk) får visas för arbetsgivare när vi föreslår dig till ett jobb.',
    legalBasis: 'Samtycke som häver socialtjänstsekretessen, offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § och 12 kap. 2 §; GDPR art. 6.1 a.',
  },
  [ConsentPurpose.CONTACT_ARBETSFORMEDLINGEN]: {
    description: 'Vi får kontakta Arbetsförmedlingen och utbyta uppgifter om din planering, dina insatser och din sökta arbetsinriktning.',
    legalBasis: 'Samtycke som häver socialtjänstsekretessen, offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § och 12 kap. 2 §; GDPR art. 6.1 a.',
  },
  [ConsentPurpose.CONTACT_HEALTH_CARE]: {
    description: 'Vi får kontakta hälso- och sjukvården (den vårdgivare som anges) och utbyta uppgifter om din hälsa och arbetsförmåga.',
    legalBasis:
      'Samtycke som häver socialtjänstsekretessen, offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § och 12 kap. 2 §; GDPR art. 6.1 a och, för hälsouppgifter, art. 9.2 a.',
  },
  [ConsentPurpose.CONTACT_FORSAKRINGSKASSAN]: {
    description: 'Vi får kontakta Försäkringskassan och utbyta uppgifter om din ersättning, sjukskrivning och arbetsförmåga.',
    legalBasis:
      'Samtycke som häver socialtjänstsekretessen, offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § och 12 kap. 2 §; GDPR art. 6.1 a och, för hälsouppgifter, art. 9.2 a.',
  },
  [ConsentPurpose.CONTACT_OTHER]: {
    description: 'Vi får kontakta den mottagare som anges och utbyta de uppgifter som behövs för det du har kommit överens med din handläggare om.',
    legalBasis: 'Samtycke som häver socialtjänstsekretessen, offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § och 12 kap. 2 §; GDPR art. 6.1 a.',
  },
};

/** A purpose with what the person is told and what the law rests on (query consentPurposes). */
@ObjectType({ description: 'A consent purpose with what the person is told and what the law rests on' })
export class ConsentPurposeRule {
  @Field(() => ConsentPurpose, { description: 'The purpose' })
  purpose: ConsentPurpose;

  @Field({ description: 'What is shared with whom, as the person is told it (Swedish)' })
  description: string;

  @Field({ description: 'What the law rests on: the secrecy the consent lifts and the GDPR basis (Swedish)' })
  legalBasis: string;
}

/** Every purpose, in the enum's order. */
export function consentPurposeRules(): ConsentPurposeRule[] {
  return Object.values(ConsentPurpose).map((purpose) => ({ purpose, ...CONSENT_PURPOSES[purpose] }));
}

import { TravelMode, WorkLimitation } from './candidate.enums.js';
import { impliedDrivingLicences, LICENCE } from './driving-licences.js';

/**
 * Why a person cannot travel to work by the given mode, or null when they can: travelling by car needs a driving
 * licence that includes class B (a heavier class implies B) and no NO_DRIVING work limitation.
 */
export function travelModeProblem(person: {
  travelMode: TravelMode;
  drivingLicenceConceptIds: readonly string[];
  workLimitations: readonly WorkLimitation[];
}): string | null {
  if (person.travelMode !== TravelMode.CAR) return null;
  if (!impliedDrivingLicences(person.drivingLicenceConceptIds).includes(LICENCE.B)) return 'travelling by car needs a driving licence including class B';
  if (person.workLimitations.includes(WorkLimitation.NO_DRIVING)) return 'travelling by car conflicts with the limitation NO_DRIVING';
  return null;
}

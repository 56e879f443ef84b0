import { randomUUID } from 'node:crypto';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { ConsentPurpose, ExitReason, IdentityKind } from '../src/candidates/candidate.enums.js';
import { Candidate } from '../src/candidates/candidate.entity.js';
import { Consent } from '../src/candidates/consent.entity.js';
import { Enrolment } from '../src/candidates/enrolment.entity.js';
import { workingDaysBetween } from '../src/modules/calendar/working-days.js';
import { addDays } from '../src/platform/context/clock.js';
import { parseIdentityNumber } from '../src/platform/identifiers/identity-number.js';
import { FOLLOW_UP_INTERVAL_DAYS } from '../src/modules/plans/follow-up-rules.js';
import { FollowUp } from '../src/modules/plans/follow-up.entity.js';
import { PlanActivity } from '../src/modules/plans/plan-activity.entity.js';
import { PlanRevision } from '../src/modules/plans/plan-revision.entity.js';
import { Plan } from '../src/modules/plans/plan.entity.js';
import { ActivityStatus, ActivityType, FollowUpForm, PlanKind } from '../src/modules/plans/plan.enums.js';
import { SfiCourse } from '../src/modules/sfi/sfi-course.entity.js';
import { SfiEnrolment, SfiEnrolmentStatus } from '../src/modules/sfi/sfi-enrolment.entity.js';
import { WorkCheck } from '../src/modules/statistics/exit-outcome.enums.js';
import { checkWork, isWorkReason, monthLastedOn } from '../src/modules/statistics/exit-rules.js';
import { SwedishLevel, TravelMode } from '../src/candidates/candidate.enums.js';
import { impliedDrivingLicences, LICENCE } from '../src/candidates/driving-licences.js';
import { fnv1a } from '../src/matching/candidate-pool.js';
import { demoCandidates, type DemoCandidate } from './demo-candidates.js';
import { MUNICIPALITY } from './demo-employer-seed.js';
import type { DemoWorld } from './demo-world.js';

/** Sector SFI courses of the demo: where newly arrived people learn vocational Swedish with workplace learning. */
const SFI_COURSES = [
  { sector: 'VARD_OMSORG', name: 'Yrkessvenska vård och omsorg', level: SwedishLevel.SFI_C, places: 16 },
  { sector: 'LOKALVARD_FASTIGHET', name: 'Yrkessvenska lokalvård', level: SwedishLevel.SFI_B, places: 12 },
  { sector: 'HOTELL_RESTAURANG', name: 'Yrkessvenska restaurang och storkök', level: SwedishLevel.SFI_B, places: 12 },
  { sector: 'TRANSPORT_LOGISTIK', name: 'Yrkessvenska lager och logistik', level: SwedishLevel.SFI_C, places: 14 },
] as const;

type Rows<T> = Array<Partial<T>>;

/** Inserts in chunks: one statement per few hundred rows keeps the seed quick on the embedded database too. */
async function insertAll<T extends ObjectLiteral>(em: EntityManager, entity: new () => T, rows: Rows<T>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500) as never);
}

/**
 * ~300 job seekers with an enrolment period each, placed along the path relative to today: first meeting, plan
 * (most within a working day, some late), sector and team, weekly follow-ups (some overdue), consents, exits,
 * and sector SFI places and queues for the newly arrived. Returns how many.
 *
 * In bulk rather than through the candidates', plans' and SFI services: their thousands of calls (a few thousand
 * follow-ups alone, each with its access log) would take several times the boot every e2e spec file pays. The rows
 * are made by the rules those services use (working days to plan and sector, Kolada's one-month check, the weekly
 * follow-up interval), and the statistics' triggers see them as they see the services' writes.
 */
export async function seedDemoCandidates(em: EntityManager, world: DemoWorld): Promise<number> {
  const rows = {
    candidates: [] as Rows<Candidate>,
    enrolments: [] as Rows<Enrolment>,
    consents: [] as Rows<Consent>,
    plans: [] as Rows<Plan>,
    activities: [] as Rows<PlanActivity>,
    revisions: [] as Rows<PlanRevision>,
    followUps: [] as Rows<FollowUp>,
    sfi: [] as Rows<SfiEnrolment>,
  };
  const courses = SFI_COURSES.map((c) => ({
    id: randomUUID(),
    name: c.name,
    sectorId: world.sectors.get(c.sector) as string,
    organisationId: world.amfId,
    servedPrincipalIds: [world.principals.Trelleborg, world.principals.Svedala],
    level: c.level,
    startOn: addDays(world.today, -120),
    endOn: addDays(world.today, 150),
    places: c.places,
    workplaceLearning: 'Arbetsplatsförlagt lärande tre dagar i veckan hos en arbetsgivare i branschen.',
    sector: c.sector,
  }));
  const placesTaken = new Map<string, number>();
  const demo = demoCandidates();
  for (const person of demo) seedOne(person, world, rows, courses, placesTaken);

  await insertAll(em, SfiCourse, courses.map(({ sector: _sector, ...course }) => course));
  await insertAll(em, Candidate, rows.candidates);
  await insertAll(em, Enrolment, rows.enrolments);
  await insertAll(em, Consent, rows.consents);
  await insertAll(em, Plan, rows.plans);
  await insertAll(em, PlanActivity, rows.activities);
  await insertAll(em, PlanRevision, rows.revisions);
  await insertAll(em, FollowUp, rows.followUps);
  await insertAll(em, SfiEnrolment, rows.sfi);
  return demo.length;
}

function seedOne(
  person: DemoCandidate,
  world: DemoWorld,
  rows: {
    candidates: Rows<Candidate>;
    enrolments: Rows<Enrolment>;
    consents: Rows<Consent>;
    plans: Rows<Plan>;
    activities: Rows<PlanActivity>;
    revisions: Rows<PlanRevision>;
    followUps: Rows<FollowUp>;
    sfi: Rows<SfiEnrolment>;
  },
  courses: Array<{ id: string; sector: string; places: number }>,
  placesTaken: Map<string, number>,
): void {
  const { today } = world;
  const identity = parseIdentityNumber(person.identityNumber, today);
  if (!identity) throw new Error('demo generator produced an invalid identity number');
  const principalId = world.principals[person.municipality];
  const candidateId = randomUUID();
  const { path } = person;
  const day = (offset: number | null) => (offset === null ? null : clampToToday(addDays(today, -path.firstContactDaysAgo + offset), today));
  const firstContactOn = addDays(today, -path.firstContactDaysAgo);
  const sectorCode = person.wantedSectorCode;
  const team = sectorCode ? world.sectorTeams.get(sectorCode) : undefined;
  const secretaryId = team?.secretaryId ?? (world.sectorTeams.values().next().value as { secretaryId: string }).secretaryId;
  const exitOn = path.exit ? day(path.exit.afterDays) : null;
  const exited = path.exit !== null && exitOn !== null && exitOn < today;
  const firstMeetingOn = day(path.firstMeetingAfterDays);
  const planOn = firstMeetingOn ? day(path.planAfterDays) : null;
  const sectorOn = planOn && team ? day(path.sectorChosenAfterDays) : null;

  rows.candidates.push({
    id: candidateId,
    principalId,
    identityNumber: identity.canonical,
    identityKind: identity.kind === 'PERSONNUMMER' ? IdentityKind.PERSONNUMMER : IdentityKind.SAMORDNINGSNUMMER,
    birthDate: identity.birthDate,
    firstName: person.firstName,
    lastName: person.lastName,
    phone: person.phone,
    email: person.email,
    homeMunicipalityConceptId: MUNICIPALITY[person.municipality],
    addressArea: person.addressArea,
    ...travel(person),
    languages: person.languages,
    swedishLevel: person.swedishLevel as SwedishLevel,
    educationLevel: person.educationLevel as Candidate['educationLevel'],
    drivingLicenceConceptIds: person.drivingLicenceConceptIds,
    certificates: person.certificates,
    experience: person.experience,
    skillConceptIds: person.skillConceptIds,
    wantedOccupationConceptIds: person.wantedOccupationConceptIds,
    wantedSectorIds: sectorCode ? [world.sectors.get(sectorCode) as string] : [],
    wantsInternship: person.wantsInternship,
    wantedWorktimeConceptIds: person.wantedWorktimeConceptIds,
    earliestStartOn: null,
    workLimitations: person.workLimitations as Candidate['workLimitations'],
    newlyArrived: person.newlyArrived,
    version: 1,
  });

  const enrolmentId = randomUUID();
  rows.enrolments.push({
    id: enrolmentId,
    candidateId,
    principalId,
    firstContactOn,
    firstMeetingOn,
    secretaryId: firstMeetingOn ? secretaryId : null,
    activeJobSeeker: firstMeetingOn ? (path.activeJobSeeker ?? true) : null,
    planEstablishedOn: planOn,
    workingDaysToPlan: planOn ? workingDaysBetween(firstContactOn, planOn) : null,
    planningWeekStartOn: planOn ? day((path.planAfterDays ?? 0) + 1) : null,
    sectorChosenOn: sectorOn,
    sectorId: sectorOn && sectorCode ? (world.sectors.get(sectorCode) as string) : null,
    workingDaysToSector: sectorOn ? workingDaysBetween(firstContactOn, sectorOn) : null,
    teamId: sectorOn && team ? team.teamId : null,
    exitOn: exited ? exitOn : null,
    exitReason: exited ? (path.exit?.reason as ExitReason) : null,
    ...demoWorkCheck(exited ? exitOn : null, exited ? (path.exit?.reason as ExitReason) : null, today),
    exitPlacementId: null,
    version: 1,
  });

  if (path.consentToShareWithEmployers && firstMeetingOn) {
    rows.consents.push({ candidateId, principalId, purpose: ConsentPurpose.SHARE_PROFILE_WITH_EMPLOYERS, recipient: null, givenAt: new Date(`${firstMeetingOn}T10:00:00Z`), withdrawnAt: null, recordedById: secretaryId });
  }
  if (!planOn) return;

  const planId = randomUUID();
  const endOfPlan = exited ? (exitOn as string) : today;
  rows.plans.push({
    id: planId,
    enrolmentId,
    candidateId,
    principalId,
    kind: path.exit?.reason === 'STUDIES_STUDENT_AID' ? PlanKind.STUDY : PlanKind.LABOUR_MARKET,
    establishedOn: planOn,
    goalOccupationConceptId: person.wantedOccupationConceptIds[0] ?? null,
    goalSectorId: sectorCode ? (world.sectors.get(sectorCode) as string) : null,
    goalDescription: null,
    sickListed: path.sickListed,
    ownerId: secretaryId,
    version: 1,
  });
  rows.revisions.push({ planId, at: new Date(`${planOn}T11:00:00Z`), authorId: secretaryId, action: 'plan established', changes: [] });
  const activity = (type: ActivityType, startOn: string, responsibleUserId: string | null, status = exited ? ActivityStatus.COMPLETED : ActivityStatus.ONGOING) =>
    rows.activities.push({ planId, type, responsibleUserId, startOn, endOn: exited ? endOfPlan : null, status, adapted: path.sickListed, note: null });
  activity(ActivityType.ACTIVE_JOB_SEARCH, planOn, secretaryId);
  if (path.sickListed) activity(ActivityType.REHABILITATION_ADAPTED, planOn, secretaryId);
  if (person.wantsInternship && sectorOn) activity(ActivityType.INTERNSHIP, addDays(sectorOn, 14) < endOfPlan ? addDays(sectorOn, 14) : sectorOn, world.users.get('recruiter1') ?? null, ActivityStatus.PLANNED);

  if (path.followUpsEveryDays) {
    const every = Math.min(path.followUpsEveryDays, FOLLOW_UP_INTERVAL_DAYS);
    const last = path.lastFollowUpDaysAgo === null ? endOfPlan : clampToToday(addDays(today, -path.lastFollowUpDaysAgo), endOfPlan);
    for (let held = addDays(planOn, every); held <= last; held = addDays(held, every)) {
      rows.followUps.push({ enrolmentId, candidateId, principalId, heldOn: held, byUserId: secretaryId, form: FollowUpForm.MEETING, summary: 'Veckouppföljning: aktivt jobbsökande och planens aktiviteter gick igenom.', nextOn: addDays(held, every) });
    }
  }

  if (path.sfi && sectorOn) {
    const course = courses.find((c) => c.sector === sectorCode) ?? courses[0];
    const taken = placesTaken.get(course.id) ?? 0;
    const started = path.sfi.startedDaysAgo !== null && taken < course.places && !exited;
    if (started) placesTaken.set(course.id, taken + 1);
    rows.sfi.push({
      courseId: course.id,
      candidateId,
      principalId,
      status: started ? SfiEnrolmentStatus.ACTIVE : SfiEnrolmentStatus.QUEUED,
      queuedSince: clampToToday(addDays(today, -path.sfi.queuedDaysAgo), today) < firstContactOn ? firstContactOn : clampToToday(addDays(today, -path.sfi.queuedDaysAgo), today),
      startedOn: started ? clampToToday(addDays(today, -(path.sfi.startedDaysAgo as number)), today) : null,
      endedOn: null,
    });
    if (started) activity(ActivityType.SECTOR_SFI, planOn, world.users.get('teacher1') ?? null);
  }
}

function clampToToday(date: string, today: string): string {
  return date > today ? today : date;
}

/**
 * A demo exit to work started on its exit day and has had its one-month check if the month is over (Kolada:
 * work counts after one continuous month); the demo's jobs all lasted.
 */
function demoWorkCheck(exitOn: string | null, reason: ExitReason | null, today: string): Pick<Enrolment, 'workStartedOn' | 'workEndedOn' | 'workCheck' | 'workCheckedOn'> {
  if (!exitOn || !reason || !isWorkReason(reason)) return { workStartedOn: null, workEndedOn: null, workCheck: null, workCheckedOn: null };
  const check = checkWork(exitOn, null, today);
  return { workStartedOn: exitOn, workEndedOn: null, workCheck: check ?? WorkCheck.PENDING, workCheckedOn: check ? monthLastedOn(exitOn) : null };
}

/**
 * The demo person's travel mode and commute limit, from a hash of their identity number rather than the generator's
 * random stream, so that adding them left every other drawn value as it was: a third of those who may drive go by car,
 * one in ten of the rest by bicycle; one in four has said how far they will travel.
 */
function travel(person: DemoCandidate): { travelMode: TravelMode; maxCommuteMinutes: number | null } {
  const hash = fnv1a(person.identityNumber);
  const mayDrive = impliedDrivingLicences(person.drivingLicenceConceptIds).includes(LICENCE.B) && !person.workLimitations.includes('NO_DRIVING');
  const travelMode = mayDrive && hash % 3 === 0 ? TravelMode.CAR : (hash >>> 4) % 10 === 0 ? TravelMode.BICYCLE : TravelMode.PUBLIC_TRANSPORT;
  const maxCommuteMinutes = (hash >>> 8) % 4 === 0 ? [30, 45, 60][(hash >>> 12) % 3] : null;
  return { travelMode, maxCommuteMinutes };
}

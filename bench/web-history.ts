/**
 * A person with a long history, made through the API as a secretary would over two years: enrolled, first meeting,
 * a plan, 100 weekly follow-ups and the plan changed until it has 10 revisions. The web benchmark opens their page.
 */

/** Posts one GraphQL operation as the signed-in person and returns its data (throws on errors). */
export type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export const LONG_HISTORY = { followUps: 100, planRevisions: 10 } as const;

/** Trelleborg, the demo's own municipality (JobTech municipality concept id). */
const TRELLEBORG = 'STvk_dra_M1X';

function luhn(nine: string): number {
  const sum = nine
    .split('')
    .map(Number)
    .reduce((acc, d, i) => {
      const v = i % 2 === 0 ? d * 2 : d;
      return acc + (v > 9 ? v - 9 : v);
    }, 0);
  return (10 - (sum % 10)) % 10;
}

/** A fictional personnummer in Skatteverket's test series, born in 1949 (no demo person is). */
function identityNumber(): string {
  const date = `194906${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;
  const three = String(980 + Math.floor(Math.random() * 20));
  return `${date}-${three}${luhn(date.slice(2) + three)}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysAfter(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** Creates the person and returns their candidate id. */
export async function seedLongHistory(call: Call): Promise<string> {
  const firstContactOn = daysAfter(isoDay(new Date()), -7 * (LONG_HISTORY.followUps + 2));
  const enrolled = await call<{ enrolCandidate: { candidate: { id: string }; enrolment: { id: string } } }>(
    `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } enrolment { id } } }`,
    { input: { firstName: 'Långa', lastName: 'Historien', identityNumber: identityNumber(), homeMunicipalityConceptId: TRELLEBORG, firstContactOn } },
  );
  const enrolmentId = enrolled.enrolCandidate.enrolment.id;
  await call(`mutation($input: FirstMeetingInput!) { recordFirstMeeting(input: $input) { id } }`, {
    input: { enrolmentId, heldOn: firstContactOn, activeJobSeeker: true },
  });
  const plan = await call<{ startPlan: { id: string; version: number } }>(`mutation($input: StartPlanInput!) { startPlan(input: $input) { id version } }`, {
    input: { enrolmentId, establishedOn: firstContactOn, kind: 'LABOUR_MARKET', goalDescription: 'Arbete inom lager och logistik' },
  });
  // establishing the plan is its first revision; each change of goal and each activity added one more
  let version = plan.startPlan.version;
  const changes = Math.floor((LONG_HISTORY.planRevisions - 1) / 2);
  for (let i = 1; i <= changes; i++) {
    const updated = await call<{ updatePlan: { version: number } }>(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { version } }`, {
      input: { planId: plan.startPlan.id, version, goalDescription: `Arbete inom lager och logistik, steg ${i}` },
    });
    version = updated.updatePlan.version;
  }
  for (let i = 1 + changes; i < LONG_HISTORY.planRevisions; i++) {
    await call(`mutation($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { id } }`, {
      input: { planId: plan.startPlan.id, type: 'ACTIVE_JOB_SEARCH', startOn: daysAfter(firstContactOn, i * 30), note: `Aktivitet ${i}` },
    });
  }
  for (let week = 1; week <= LONG_HISTORY.followUps; week++) {
    const heldOn = daysAfter(firstContactOn, 7 * week);
    await call(`mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`, {
      input: {
        enrolmentId,
        heldOn,
        nextOn: daysAfter(heldOn, 7),
        form: week % 3 === 0 ? 'PHONE' : 'MEETING',
        summary: `Uppföljning vecka ${week}: söker arbete aktivt.`,
      },
    });
  }
  return enrolled.enrolCandidate.candidate.id;
}

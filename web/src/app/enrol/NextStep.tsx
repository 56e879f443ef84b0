/**
 * The next step of the start of a person's path, as a form: the first meeting, starting the plan, the planning week,
 * the sector choice. Shown after enrolment and on the person's page.
 */
export function NextStep(_props: { candidateId: string; onChanged: () => void }) {
  return null;
}

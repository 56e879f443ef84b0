/**
 * Why the screen on show reads people's records, told to the API with each request (X-Brygga-Purpose and, when the
 * route names one, X-Brygga-Case) so the access log says why (docs/rules.md, "The access log says why"). The API
 * validates both and, without them, derives the purpose from the operation; these only make it precise.
 */
type Purpose = 'PLANNING' | 'FOLLOW_UP' | 'MATCHING' | 'RECRUITMENT_MEETING' | 'SFI' | 'PLACEMENT' | 'INSPECTION' | 'ADMINISTRATION';

/** Route path → purpose, and the route param that is the case (an opening, a meeting, a course) if any. */
const ROUTE_PURPOSES: Readonly<Record<string, { purpose: Purpose; caseParam?: string }>> = {
  '/min-dag': { purpose: 'PLANNING' },
  '/arbetssokande': { purpose: 'PLANNING' },
  '/arbetssokande/$candidateId': { purpose: 'PLANNING' },
  '/arbetssokande/$candidateId/vag': { purpose: 'FOLLOW_UP' },
  '/uppfoljningar': { purpose: 'FOLLOW_UP' },
  '/team': { purpose: 'PLANNING' },
  '/team/$teamId': { purpose: 'PLANNING' },
  '/inskrivning': { purpose: 'ADMINISTRATION' },
  '/inskrivning/$candidateId': { purpose: 'ADMINISTRATION' },
  '/platser/$openingId': { purpose: 'MATCHING', caseParam: 'openingId' },
  '/platser/$openingId/matchning': { purpose: 'MATCHING', caseParam: 'openingId' },
  '/moten': { purpose: 'RECRUITMENT_MEETING' },
  '/moten/$meetingId': { purpose: 'RECRUITMENT_MEETING', caseParam: 'meetingId' },
  '/moten/$meetingId/narvaro': { purpose: 'RECRUITMENT_MEETING', caseParam: 'meetingId' },
  '/sfi': { purpose: 'SFI' },
  '/sfi/$courseId': { purpose: 'SFI', caseParam: 'courseId' },
  '/placeringar': { purpose: 'PLACEMENT' },
  '/placeringar/$placementId': { purpose: 'PLACEMENT' },
  '/atkomstlogg': { purpose: 'INSPECTION' },
};

/** The route on show: its path pattern (e.g. `/platser/$openingId/matchning`) and params. */
export interface ShownRoute {
  fullPath: string;
  params: Record<string, string | undefined>;
}

let shownRoute: () => ShownRoute | undefined = () => undefined;

/** main.tsx says how to find the route on show (the router's deepest match), read afresh for every request. */
export function declarePurposeByRoute(current: () => ShownRoute | undefined): void {
  shownRoute = current;
}

/** The headers that say why, for the route on show; none on a route the mapping does not name. */
export function accessPurposeHeaders(): Record<string, string> {
  const route = shownRoute();
  const rule = route ? ROUTE_PURPOSES[route.fullPath.replace(/\/$/, '') || '/'] : undefined;
  if (!route || !rule) return {};
  const caseId = rule.caseParam ? route.params[rule.caseParam] : undefined;
  return { 'X-Brygga-Purpose': rule.purpose, ...(caseId ? { 'X-Brygga-Case': caseId } : {}) };
}

import { sv } from '../i18n/sv';
import { mayUse } from '../session/session';
import type { Viewer } from '../session/documents';

export interface NavItem {
  to:
    | '/min-dag'
    | '/uppfoljningar'
    | '/arbetsgivare'
    | '/platser'
    | '/arbetssokande'
    | '/placeringar'
    | '/team'
    | '/moten'
    | '/sfi'
    | '/statistik'
    | '/atkomstlogg'
    | '/export'
    | '/administration';
  label: string;
  /** The API operation the screen is built on: the item (and its route) is the viewer's when viewer.permissions lists it */
  operation: string;
  /** Left out for a viewer who may use this operation (who reaches the screen elsewhere: an administrator under Administration) */
  unless?: string;
}

/** The screens of the app. Who sees which follows from the API's permissions, never from a list of roles here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/min-dag', label: sv.nav.myDay, operation: 'enrolCandidate' },
  { to: '/uppfoljningar', label: sv.nav.followUps, operation: 'myFollowUpsDue' },
  { to: '/arbetsgivare', label: sv.nav.employers, operation: 'employers' },
  { to: '/platser', label: sv.nav.openings, operation: 'openings' },
  { to: '/arbetssokande', label: sv.nav.candidates, operation: 'candidates' },
  { to: '/placeringar', label: sv.nav.placements, operation: 'placements' },
  { to: '/team', label: sv.nav.teams, operation: 'teamCaseload' },
  { to: '/moten', label: sv.nav.meetings, operation: 'meetings' },
  { to: '/sfi', label: sv.nav.sfi, operation: 'sfiCourses' },
  { to: '/statistik', label: sv.nav.statistics, operation: 'statistics' },
  { to: '/atkomstlogg', label: sv.nav.accessLog, operation: 'accessLog' },
  { to: '/export', label: sv.nav.export, operation: 'startPrincipalExport', unless: 'createUser' },
  { to: '/administration', label: sv.nav.admin, operation: 'createUser' },
];

export function navItemsFor(viewer: Viewer): NavItem[] {
  return NAV_ITEMS.filter((item) => mayUse(viewer, item.operation) && !(item.unless && mayUse(viewer, item.unless)));
}

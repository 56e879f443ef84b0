import { sv } from '../i18n/sv';
import { mayUse } from '../session/session';
import type { Viewer } from '../session/documents';

export interface NavItem {
  to: '/uppfoljningar' | '/arbetsgivare' | '/platser' | '/arbetssokande' | '/placeringar';
  label: string;
  /** The API operation the screen is built on: the item (and its route) is the viewer's when viewer.permissions lists it */
  operation: string;
}

/** The screens of the app. Who sees which follows from the API's permissions, never from a list of roles here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/uppfoljningar', label: sv.nav.followUps, operation: 'myFollowUpsDue' },
  { to: '/arbetsgivare', label: sv.nav.employers, operation: 'employers' },
  { to: '/platser', label: sv.nav.openings, operation: 'openings' },
  { to: '/arbetssokande', label: sv.nav.candidates, operation: 'candidates' },
  { to: '/placeringar', label: sv.nav.placements, operation: 'placements' },
];

export function navItemsFor(viewer: Viewer): NavItem[] {
  return NAV_ITEMS.filter((item) => mayUse(viewer, item.operation));
}

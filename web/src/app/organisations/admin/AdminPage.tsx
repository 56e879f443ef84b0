import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { AnchorLink } from '../../platform/components/links';
import { Page } from '../../platform/components/Page';
import { adminText } from './messages';

const SECTIONS = [
  { to: '/administration', label: adminText.sections.users },
  { to: '/administration/team', label: adminText.sections.teams },
  { to: '/administration/avtal', label: adminText.sections.agreements },
  { to: '/administration/taxonomi', label: adminText.sections.taxonomy },
  { to: '/administration/jobb', label: adminText.sections.jobs },
  { to: '/administration/gallring', label: adminText.sections.retention },
  { to: '/administration/export', label: adminText.sections.export },
] as const;

/** An administration page: its heading ("Administration: Team") and the links to the other parts. */
export function AdminPage({ section, intro, children }: { section: string; intro?: string; children: ReactNode }) {
  return (
    <Page title={`${adminText.title}: ${section}`} intro={intro ?? adminText.intro}>
      <nav aria-label={adminText.subNav}>
        <Group gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <AnchorLink to={s.to} activeOptions={{ exact: true }} activeProps={{ fw: 700 }}>
                {s.label}
              </AnchorLink>
            </li>
          ))}
        </Group>
      </nav>
      {children}
    </Page>
  );
}

/** A moment as Swedish offices write it: 2026-12-03 14:05. */
export function formatMoment(value: string): string {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

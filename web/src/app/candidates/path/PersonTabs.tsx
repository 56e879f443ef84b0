import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { AnchorLink } from '../../platform/components/links';
import { personText } from './messages';

const t = personText.tabs;

/**
 * The two pages of one person as tabs: the profile ("Profil") and the path and plan ("Väg och plan"). They are links
 * (each page has its own address), the current one marked with aria-current.
 */
export function PersonTabs({ candidateId, current }: { candidateId: string; current: 'profile' | 'path' }) {
  return (
    <nav aria-label={t.label}>
      <Group gap="lg" component="ul" className="person-tabs" p={0} m={0} style={{ listStyle: 'none', borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
        <li>
          <Tab current={current === 'profile'}>
            <AnchorLink
              to="/arbetssokande/$candidateId"
              params={{ candidateId }}
              aria-current={current === 'profile' ? 'page' : undefined}
              fw={current === 'profile' ? 700 : 400}
            >
              {t.profile}
            </AnchorLink>
          </Tab>
        </li>
        <li>
          <Tab current={current === 'path'}>
            <AnchorLink
              to="/arbetssokande/$candidateId/vag"
              params={{ candidateId }}
              aria-current={current === 'path' ? 'page' : undefined}
              fw={current === 'path' ? 700 : 400}
            >
              {t.path}
            </AnchorLink>
          </Tab>
        </li>
      </Group>
    </nav>
  );
}

function Tab({ current, children }: { current: boolean; children: ReactNode }) {
  return <div style={{ padding: '6px 2px', borderBottom: current ? '3px solid var(--mantine-color-blue-9)' : '3px solid transparent' }}>{children}</div>;
}

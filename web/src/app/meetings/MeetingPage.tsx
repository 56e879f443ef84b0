import { Anchor, Group, List, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { Facts } from '../platform/components/Facts';
import { AnchorLink } from '../platform/components/links';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatNumber } from '../platform/i18n/sv';
import { mayUse, useViewer } from '../platform/session/session';
import { MeetingInvitationsQuery, MeetingQuery, type MeetingDetails } from './documents';
import { formatSpan } from './format';
import { Interviews } from './Interviews';
import { Invitations } from './Invitations';
import { MeetingActions } from './MeetingActions';
import { mt } from './messages';
import { Proposals } from './Proposals';
import { WriteBacks } from './WriteBacks';

const t = mt.page;

/** A recruitment meeting: its facts and status, the invite list proposed and made, attendance, interviews and what it wrote back. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeetingQuery, variables: { id: meetingId } });
  const readsInvitations = mayUse(viewer, 'meetingInvitations');
  const [invitations, reexecuteInvitations] = useQuery({ query: MeetingInvitationsQuery, variables: { meetingId }, pause: !readsInvitations });
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    if (readsInvitations) reexecuteInvitations({ requestPolicy: 'network-only' });
  };
  const changed = (message: string) => {
    setAnnouncement(message);
    reload();
  };
  const meeting = data?.meeting;

  if (!meeting) {
    return (
      <Page title={t.loadingTitle}>
        {fetching && <PageLoader />}
        {error && <ProblemAlert problem={describeProblem(error)} onRetry={reload} />}
      </Page>
    );
  }
  const writable = viewer.writablePrincipalIds.includes(meeting.principalId);
  const open = meeting.status === 'PLANNED' || meeting.status === 'INVITATIONS_SENT';
  const list = invitations.data?.meetingInvitations.items ?? [];
  return (
    <Page title={meeting.title}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={reload} />}
      <Group>
        <AnchorLink to="/moten">{t.back}</AnchorLink>
      </Group>
      <MeetingActions
        key={meeting.version}
        meeting={meeting}
        onReload={reload}
        onChanged={(message) => {
          changed(message);
          headingRef.current?.focus();
        }}
      />
      <Details meeting={meeting} headingRef={headingRef} />
      <Employers meeting={meeting} />
      {readsInvitations && invitations.error && <ProblemAlert problem={describeProblem(invitations.error)} onRetry={reload} />}
      {open && writable && mayUse(viewer, 'proposedMeetingInvitations') && mayUse(viewer, 'inviteToMeeting') && (
        <Proposals meetingId={meeting.id} onInvited={changed} />
      )}
      {readsInvitations && invitations.data && (
        <Invitations invitations={list} editable={open && writable && mayUse(viewer, 'recordInvitationResponse')} onChanged={changed} onReload={reload} />
      )}
      {readsInvitations && invitations.data && meeting.status !== 'PLANNED' && meeting.status !== 'CANCELLED' && (
        <Interviews meeting={meeting} invitations={list} mayBook={writable && mayUse(viewer, 'bookMeetingInterview')} onBooked={changed} />
      )}
      {readsInvitations && invitations.data && meeting.status !== 'PLANNED' && meeting.status !== 'CANCELLED' && (
        <WriteBacks meeting={meeting} invitations={list} />
      )}
    </Page>
  );
}

function Details({ meeting, headingRef }: { meeting: MeetingDetails; headingRef: React.Ref<HTMLHeadingElement> }) {
  const venue = meeting.venue;
  return (
    <section aria-labelledby="trff-uppgifter">
      <Title order={2} size="h3" mb="sm" id="trff-uppgifter" ref={headingRef} tabIndex={-1}>
        {t.details}
      </Title>
      <Facts
        items={[
          [t.status, mt.status[meeting.status]],
          [t.when, formatSpan(meeting.startsAt, meeting.endsAt)],
          [t.principal, meeting.principal.name],
          [t.team, meeting.team.name],
          [t.sector, meeting.sector.name],
          [t.format, mt.format[meeting.format]],
          venue && [t.venue, [venue.name, venue.street, [venue.postalCode, venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
          venue && [t.capacity, formatNumber(venue.capacity)],
          meeting.onlineUrl
            ? [
                t.link,
                <Anchor href={meeting.onlineUrl} c="blue.9" underline="always">
                  {meeting.onlineUrl}
                </Anchor>,
              ]
            : null,
          [t.staff, meeting.responsibleStaff.map((u) => u.name).join(', ')],
          [t.counts, t.countsText(meeting.invitationCounts)],
          meeting.notes ? [t.notes, meeting.notes] : null,
          meeting.cancelReason ? [t.cancelledBecause, meeting.cancelReason] : null,
        ]}
      />
    </section>
  );
}

function Employers({ meeting }: { meeting: MeetingDetails }) {
  return (
    <section aria-labelledby="trff-arbetsgivare">
      <Stack gap="xs">
        <Title order={2} size="h3" id="trff-arbetsgivare">
          {t.employers}
        </Title>
        {meeting.employers.length === 0 ? (
          t.noEmployers
        ) : (
          <List>
            {meeting.employers.map((e) => (
              <List.Item key={e.id}>
                <AnchorLink to="/arbetsgivare/$employerId" params={{ employerId: e.employer.id }}>
                  {e.employer.name}
                </AnchorLink>
                {': '}
                {e.openings.map((o, i) => (
                  <span key={o.id}>
                    {i > 0 && ', '}
                    <AnchorLink to="/platser/$openingId" params={{ openingId: o.id }}>
                      {o.title}
                    </AnchorLink>
                  </span>
                ))}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </section>
  );
}

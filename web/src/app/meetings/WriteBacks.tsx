import { List, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../platform/components/links';
import { personName, type Invitation, type MeetingDetails } from './documents';
import { formatDateTime } from './format';
import { mt } from './messages';

const t = mt.writeBacks;

/**
 * What the meeting wrote elsewhere: the entry in each employer's contact log once it was held, the recruitment
 * meeting as an activity in the plan of each person whose attendance was recorded, and the placements the
 * interviews created or moved on.
 */
export function WriteBacks({ meeting, invitations }: { meeting: MeetingDetails; invitations: readonly Invitation[] }) {
  const recorded = invitations.filter((i) => i.attendance !== null);
  const interviews = invitations.flatMap((i) => i.interviews.map((interview) => ({ invitation: i, interview })));
  return (
    <section aria-labelledby="trff-aterskrivning">
      <Stack gap="sm">
        <Title order={2} size="h3" id="trff-aterskrivning">
          {t.heading}
        </Title>
        {meeting.status === 'HELD' && (
          <>
            <Title order={3} size="h5">
              {t.contacts}
            </Title>
            <List size="sm">
              {meeting.employers.map((e) => (
                <List.Item key={e.id}>
                  <AnchorLink to="/arbetsgivare/$employerId" params={{ employerId: e.employer.id }}>
                    {t.contactAt(e.employer.name)}
                  </AnchorLink>
                  {': '}
                  {e.contact ? `${formatDateTime(e.contact.occurredAt)} – ${e.contact.summary}` : t.noContact}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Title order={3} size="h5">
          {t.plans}
        </Title>
        {recorded.length === 0 ? (
          <Text size="sm">{t.noPlans}</Text>
        ) : (
          <List size="sm">
            {recorded.map((i) => (
              <List.Item key={i.id}>
                <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId: i.candidateId }}>
                  {personName(i.candidate)}
                </AnchorLink>
                {': '}
                {i.attendance === 'ATTENDED' ? t.planCompleted : t.planCancelled}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h5">
          {t.placements}
        </Title>
        {interviews.length === 0 ? (
          <Text size="sm">{t.noPlacements}</Text>
        ) : (
          <List size="sm">
            {interviews.map(({ invitation, interview }) => (
              <List.Item key={interview.id}>
                <AnchorLink to="/placeringar/$placementId" params={{ placementId: interview.placement.id }}>
                  {t.placementAt(personName(invitation.candidate), interview.placement.opening?.title ?? '')}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </section>
  );
}

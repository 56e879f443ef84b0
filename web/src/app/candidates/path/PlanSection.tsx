import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeProblem, type Problem } from '../../platform/api/errors';
import { CaptionTable } from '../../platform/components/CaptionTable';
import { Facts } from '../../platform/components/Facts';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { TitledSection } from '../../platform/components/TitledSection';
import { formatDate } from '../../platform/i18n/dates';
import { ActivityForm } from './ActivityForm';
import { UpdatePlanMutation, type PersonPlan } from './documents';
import { personText } from './messages';
import { Revisions } from './Revisions';

const t = personText.plan;

type Activity = PersonPlan['activities'][number];

interface PlanSectionProps {
  plan: PersonPlan | null;
  /** The period is open: an ended period's plan is kept as it was */
  open: boolean;
  mayChangePlan: boolean;
  mayAddActivity: boolean;
  mayChangeActivity: boolean;
  onChanged(): void;
}

/** The plan: its goal, the sick-listing, the activities (added and changed in a dialog) and every revision. */
export function PlanSection({ plan, open, mayChangePlan, mayAddActivity, mayChangeActivity, onChanged }: PlanSectionProps) {
  const [editing, setEditing] = useState<Activity | null | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  if (!plan) {
    return (
      <section aria-labelledby="planen">
        <Title order={2} id="planen" size="h3" mb="sm">
          {t.heading}
        </Title>
        <Text>{t.none}</Text>
      </section>
    );
  }

  const closeDialog = () => {
    setEditing(undefined);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <section aria-labelledby="planen">
      <Title order={2} id="planen" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="lg">
        <Facts
          items={[
            [t.kind[plan.kind] ?? plan.kind, t.established(formatDate(plan.establishedOn))],
            [t.owner, plan.owner.name],
            [t.goalOccupation, plan.goalOccupation?.label ?? personText.none],
            [t.goalSector, plan.goalSector?.name ?? personText.none],
            [t.goalDescription, plan.goalDescription ?? personText.none],
            !!plan.goalReachedOn && [t.goalHeading, t.goalReached(formatDate(plan.goalReachedOn))],
          ]}
        />
        <SickListing plan={plan} mayChange={open && mayChangePlan} onChanged={onChanged} />
        <TitledSection id="plan-insatser" heading={t.activitiesHeading} order={3}>
          <CaptionTable
            caption={t.activitiesCaption}
            columns={[t.type, t.status, t.period, t.responsible, t.note, open && mayChangeActivity && t.actions]}
            rows={plan.activities}
            empty={t.noActivities}
            minWidth={640}
            plain
            striped
            row={(activity) => (
              <Table.Tr key={activity.id}>
                <Table.Th scope="row" fw={400}>
                  {personText.activityType[activity.type] ?? activity.type}
                  {activity.adapted && ` (${t.adapted.toLowerCase()})`}
                </Table.Th>
                <Table.Td>{personText.activityStatus[activity.status] ?? activity.status}</Table.Td>
                <Table.Td>
                  {formatDate(activity.startOn)}
                  {activity.endOn ? ` – ${formatDate(activity.endOn)}` : ''}
                </Table.Td>
                <Table.Td>{activity.responsible?.name ?? personText.none}</Table.Td>
                <Table.Td>{activity.placementId ? t.fromPlacement : (activity.note ?? personText.none)}</Table.Td>
                {open && mayChangeActivity && (
                  <Table.Td>
                    <Button size="xs" variant="outline" color="blue.9" onClick={() => setEditing(activity)}>
                      {t.changeActivity(personText.activityType[activity.type] ?? activity.type)}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            )}
          />
          {open && mayAddActivity && (
            <Button ref={addButton} mt="sm" color="blue.9" variant="outline" onClick={() => setEditing(null)}>
              {t.addActivity}
            </Button>
          )}
          <Text role="status" fw={700} mt="xs">
            {announcement}
          </Text>
        </TitledSection>
        <Revisions revisions={plan.revisions} />
      </Stack>
      <Modal
        opened={editing !== undefined}
        onClose={closeDialog}
        title={editing ? t.activityForm.change : t.activityForm.add}
        size="lg"
        closeButtonProps={{ 'aria-label': personText.dialogDone }}
      >
        {editing !== undefined && (
          <ActivityForm
            planId={plan.id}
            activity={editing}
            onCancel={closeDialog}
            onSaved={(message) => {
              setAnnouncement(message);
              closeDialog();
              onChanged();
            }}
          />
        )}
      </Modal>
    </section>
  );
}

/** Sick-listed: the plan is adapted, not paused, and the weekly follow-up goes on (docs/rules.md). */
function SickListing({ plan, mayChange, onChanged }: { plan: PersonPlan; mayChange: boolean; onChanged(): void }) {
  const s = personText.sick;
  const [{ fetching }, update] = useMutation(UpdatePlanMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function toggle() {
    setProblem(null);
    setAnnouncement('');
    const result = await update({ input: { planId: plan.id, version: plan.version, sickListed: !plan.sickListed } });
    if (result.error) return setProblem(describeProblem(result.error));
    setAnnouncement(plan.sickListed ? s.cleared : s.saved);
    onChanged();
  }

  return (
    <section aria-labelledby="sjukskrivning">
      <Title order={3} id="sjukskrivning" size="h4" mb="sm">
        {s.heading}
      </Title>
      <Paper withBorder p="sm">
        {plan.sickListed ? (
          <Alert color="blue" variant="light" p="xs">
            <Text size="sm" c="gray.9">
              {s.listed}
            </Text>
          </Alert>
        ) : (
          <Text size="sm">{s.notListed}</Text>
        )}
        {mayChange && (
          <Group mt="sm">
            <Button variant="outline" color="blue.9" onClick={() => void toggle()} loading={fetching}>
              {plan.sickListed ? s.clear : s.set}
            </Button>
          </Group>
        )}
        {problem && <ProblemAlert problem={problem} onReload={onChanged} />}
        <Text role="status" fw={700} size="sm" mt="xs">
          {announcement}
        </Text>
      </Paper>
    </section>
  );
}

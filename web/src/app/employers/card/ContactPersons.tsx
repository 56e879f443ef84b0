import { Anchor, Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ContactPersonForm } from './ContactPersonForm';
import type { ContactPerson, EmployerCard } from './documents';
import { cardText } from './messages';

const t = cardText.contactPersons;

interface ContactPersonsProps {
  employer: EmployerCard;
  mayEdit: boolean;
  /** Loads the card again (after a save, or when someone else changed the employer meanwhile) */
  onReload(): void;
}

/** Who to call at the employer, with their phone and e-mail one click away; added and changed in a dialog. */
export function ContactPersons({ employer, mayEdit, onReload }: ContactPersonsProps) {
  /** The person being edited, `null` for a new one, `undefined` when the dialog is closed. */
  const [editing, setEditing] = useState<ContactPerson | null | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const persons = employer.contactPersons;

  function open(person: ContactPerson | null) {
    setAnnouncement('');
    setEditing(person);
  }

  function saved(name: string) {
    setEditing(undefined);
    setAnnouncement(t.saved(name));
    onReload();
  }

  return (
    <section aria-labelledby="kontaktpersoner">
      <Title order={2} id="kontaktpersoner" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Stack gap="sm">
        {persons.length === 0 ? (
          <Text>{t.empty}</Text>
        ) : (
          <Table withTableBorder striped verticalSpacing="xs" aria-label={t.caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.name}</Table.Th>
                <Table.Th scope="col">{t.role}</Table.Th>
                <Table.Th scope="col">{t.phone}</Table.Th>
                <Table.Th scope="col">{t.email}</Table.Th>
                {mayEdit && <Table.Th scope="col">{t.actions}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {persons.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Th scope="row">{person.name}</Table.Th>
                  <Table.Td>{person.role ?? cardText.none}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {person.phone ? (
                      <Anchor href={`tel:${person.phone.replace(/[\s-]/g, '')}`} c="blue.9" underline="always">
                        {person.phone}
                      </Anchor>
                    ) : (
                      cardText.none
                    )}
                  </Table.Td>
                  <Table.Td>
                    {person.email ? (
                      <Anchor href={`mailto:${person.email}`} c="blue.9" underline="always">
                        {person.email}
                      </Anchor>
                    ) : (
                      cardText.none
                    )}
                  </Table.Td>
                  {mayEdit && (
                    <Table.Td>
                      <Button size="xs" variant="outline" color="blue.9" onClick={() => open(person)}>
                        {t.edit}
                        <VisuallyHidden> {t.editFor(person.name)}</VisuallyHidden>
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayEdit && (
          <Group>
            <Button variant="outline" color="blue.9" onClick={() => open(null)}>
              {t.add}
            </Button>
          </Group>
        )}
        <Text role="status" fw={700}>
          {announcement}
        </Text>
      </Stack>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t.editTitle : t.addTitle}
        size="lg"
        closeButtonProps={{ 'aria-label': cardText.closeDialog }}
      >
        {editing !== undefined && (
          <ContactPersonForm
            key={editing?.id ?? 'ny'}
            employer={employer}
            person={editing}
            onCancel={() => setEditing(undefined)}
            onSaved={saved}
            onReload={() => {
              setEditing(undefined);
              onReload();
            }}
          />
        )}
      </Modal>
    </section>
  );
}

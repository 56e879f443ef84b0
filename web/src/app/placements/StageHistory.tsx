import { Table } from '@mantine/core';
import { formatDate } from '../platform/i18n/dates';
import type { PlacementDetails } from './documents';
import { pm, stateLabel, type OutcomeValue, type StageValue } from './messages';

/** Every change of the placement, oldest first: the day, from and to, who recorded it and their note. */
export function StageHistory({ history }: { history: PlacementDetails['changes'] }) {
  return (
    <Table captionSide="top" striped withTableBorder verticalSpacing="xs">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {pm.page.historyCaption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{pm.page.date}</Table.Th>
          <Table.Th scope="col">{pm.page.from}</Table.Th>
          <Table.Th scope="col">{pm.page.to}</Table.Th>
          <Table.Th scope="col">{pm.page.by}</Table.Th>
          <Table.Th scope="col">{pm.page.note}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map((change) => (
          <Table.Tr key={change.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(change.on)}</Table.Td>
            <Table.Td>{change.fromStage ? stateLabel(change.fromStage as StageValue, change.fromOutcome as OutcomeValue | null) : pm.page.created}</Table.Td>
            <Table.Td>{stateLabel(change.toStage as StageValue, change.toOutcome as OutcomeValue | null)}</Table.Td>
            <Table.Td>{change.actor?.name ?? pm.page.unknownActor}</Table.Td>
            <Table.Td>{change.note ?? pm.page.none}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

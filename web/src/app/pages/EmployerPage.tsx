import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { graphql } from '../graphql';
import { sv } from '../i18n/sv';

const EmployerQuery = graphql(`
  query EmployerSummary($id: ID!) {
    employer(id: $id) {
      id
      name
      organisationNumber
      municipality {
        label
      }
    }
  }
`);

/** The employer's name, organisation number and municipality: the card itself comes in the next version. */
export function EmployerPage({ employerId }: { employerId: string }) {
  const [{ data, error, fetching }, reload] = useQuery({ query: EmployerQuery, variables: { id: employerId } });
  if (fetching && !data) return <PageLoader />;
  if (!data) {
    const problem = error ? describeProblem(error) : null;
    return (
      <Page title={sv.nav.employers}>
        {problem && <ProblemAlert problem={problem} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      </Page>
    );
  }
  const { employer } = data;
  return (
    <Page title={employer.name}>
      <Stack gap="md">
        <Table variant="vertical" withTableBorder maw={520}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{sv.employer.organisationNumber}</Table.Th>
              <Table.Td>{employer.organisationNumber}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{sv.employer.municipality}</Table.Th>
              <Table.Td>{employer.municipality?.label ?? sv.employer.unknownMunicipality}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text>{sv.employer.comingSoon}</Text>
      </Stack>
    </Page>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { Facts } from '../../platform/components/Facts';
import { SniConceptQuery, type EmployerCard } from './documents';
import { cardText } from './messages';

const t = cardText.facts;

/** Organisationsnummer, status, where the workplace is, what it does (SNI) and who at the administration owns it. */
export function EmployerFacts({ employer }: { employer: EmployerCard }) {
  const postal = [employer.postalCode, employer.city].filter(Boolean).join(' ');
  const address = [employer.street, postal].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="uppgifter">
      <Title order={2} id="uppgifter" size="h3" mb="sm">
        {t.heading}
      </Title>
      <Facts
        items={[
          [t.organisationNumber, employer.organisationNumber],
          [t.status, t.statusLabel[employer.status] ?? employer.status],
          [t.municipality, employer.municipality?.label ?? cardText.none],
          [t.address, address || cardText.none],
          [t.sectors, employer.sectors.map((s) => s.name).join(', ') || cardText.none],
          [t.responsible, employer.responsible?.name ?? cardText.none],
          [t.sni, <SniCodes codes={employer.sniCodes} />],
        ]}
      />
    </section>
  );
}

function SniCodes({ codes }: { codes: string[] }) {
  if (codes.length === 0) return cardText.none;
  return (
    <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
      {codes.map((code) => (
        <li key={code}>
          <SniCode code={code} />
        </li>
      ))}
    </Stack>
  );
}

/**
 * SNI 2007's level follows from the code's form (a section letter, then 2 to 5 digits for the levels below), and
 * the taxonomy holds each level's Swedish label; the API's employer gives only the codes.
 */
function sniLevel(code: string): string {
  return /^[A-U]$/.test(code) ? 'sni-level-1' : `sni-level-${Math.min(5, Math.max(2, code.length))}`;
}

/** "82920 Förpackningsverksamhet": the code with its label, or the code alone while the label is on its way. */
function SniCode({ code }: { code: string }) {
  const [{ data, fetching }] = useQuery({ query: SniConceptQuery, variables: { type: sniLevel(code), code } });
  const label = data?.taxonomyConcepts.items.find((c) => c.code === code)?.label;
  return (
    <>
      <Text span ff="monospace">
        {code}
      </Text>{' '}
      {label ?? (fetching ? '' : `(${t.unknownSni})`)}
    </>
  );
}

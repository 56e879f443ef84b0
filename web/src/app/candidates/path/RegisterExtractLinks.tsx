import { Anchor, Group, Text } from '@mantine/core';
import { mayUse, useViewer } from '../../platform/session/session';
import { personText } from './messages';

const t = personText.registerExtract;

/**
 * The person's register extract (registerutdrag, GDPR art. 15) to hand over, as a PDF in Swedish or as JSON: offered
 * when the API lists `registerExtract` among the viewer's permissions (the labour-market secretary and the principal's
 * reviewer, who read the whole identity number). Plain links: the browser sends the session cookie and saves the file,
 * and the API writes the extract to the person's access log.
 */
export function RegisterExtractLinks({ candidateId, name }: { candidateId: string; name: string }) {
  const viewer = useViewer();
  if (!mayUse(viewer, 'registerExtract')) return null;
  const base = `/api/people/${encodeURIComponent(candidateId)}/registerutdrag`;
  return (
    <Group gap="md" mt="sm" align="baseline">
      <Text size="sm" c="gray.8">
        {t.intro}
      </Text>
      <Anchor href={`${base}.pdf`} download aria-label={t.pdfLabel(name)} c="blue.9" underline="always">
        {t.pdf}
      </Anchor>
      <Anchor href={`${base}.json`} download aria-label={t.jsonLabel(name)} c="blue.9" underline="always">
        {t.json}
      </Anchor>
    </Group>
  );
}

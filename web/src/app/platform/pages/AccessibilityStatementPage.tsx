import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Page } from '../components/Page';
import { accessibilityStatement as statement } from '../i18n/accessibility-statement';

/** Tillgänglighetsredogörelse: open to anyone, signed in or not. */
export function AccessibilityStatementPage() {
  return (
    <Page title={statement.title}>
      <Stack gap="lg" maw={720}>
        {statement.intro.map((p) => (
          <Text key={p}>{p}</Text>
        ))}
        {statement.sections.map((section) => (
          <section key={section.heading}>
            <Title order={2} size="h3" mb="xs">
              {section.heading}
            </Title>
            {section.paragraphs.map((p) => (
              <Text key={p}>{p}</Text>
            ))}
            {'link' in section && (
              <Anchor href={section.link.href} c="blue.9" underline="always">
                {section.link.text}
              </Anchor>
            )}
          </section>
        ))}
        <section>
          <Title order={2} size="h3" mb="xs">
            {statement.shortcomingsHeading}
          </Title>
          <List spacing="xs">
            {statement.shortcomings.map((s) => (
              <List.Item key={s}>{s}</List.Item>
            ))}
          </List>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            {statement.testingHeading}
          </Title>
          {statement.testing.map((p) => (
            <Text key={p}>{p}</Text>
          ))}
        </section>
        <Text>{statement.reviewedOn}</Text>
      </Stack>
    </Page>
  );
}

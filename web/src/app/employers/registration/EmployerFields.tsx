import { Checkbox, Group, MultiSelect, Radio, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { CheckedNumberField } from '../../platform/components/CheckedNumberField';
import { PrincipalRadios } from '../../platform/components/FormParts';
import { Section } from '../../platform/components/Section';
import { CheckIcon } from '../../platform/components/icons';
import { sv } from '../../platform/i18n/sv';
import type { EmployerStatus } from './documents';
import { fieldId, type EmployerFormValues, type FieldName } from './form';
import { messages } from './messages';
import { checkOrganisationNumber } from './organisation-number';

export interface Option {
  value: string;
  label: string;
}

interface EmployerFieldsProps {
  values: EmployerFormValues;
  set<F extends FieldName>(field: F, value: EmployerFormValues[F]): void;
  /** The message to show next to a field, if any */
  errorOf(field: FieldName): string | undefined;
  attempted: boolean;
  municipalities: Option[];
  sectors: Option[];
  /** The principals the viewer may register for; the choice is offered only when there are several */
  principals: Option[];
  viewerName: string;
}

/** In the order a register's card lists them; a new employer is usually a prospect. */
const STATUSES: readonly EmployerStatus[] = ['PROSPECT', 'ACTIVE', 'INACTIVE'];

const descriptionProps = { c: 'gray.8' };

/** The register's fields, in four groups under their own headings. */
export function EmployerFields({ values, set, errorOf, attempted, municipalities, sectors, principals, viewerName }: EmployerFieldsProps) {
  return (
    <Stack gap="xl">
      <Section id="ny-arbetsgivare-grund" heading={messages.basics} headingSize="h3">
        <PrincipalRadios
          id={fieldId('principalId')}
          label={messages.principal}
          description={messages.principalDescription}
          principals={principals}
          value={values.principalId}
          onChange={(value) => set('principalId', value)}
          error={errorOf('principalId')}
        />
        <TextInput
          id={fieldId('name')}
          label={messages.name}
          description={messages.nameDescription}
          descriptionProps={descriptionProps}
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          maxLength={200}
          autoComplete="organization"
          error={errorOf('name')}
        />
        <CheckedNumberField
          id={fieldId('organisationNumber')}
          label={messages.organisationNumber}
          description={messages.organisationNumberDescription}
          value={values.organisationNumber}
          onChange={(value) => set('organisationNumber', value)}
          check={checkOrganisationNumber(values.organisationNumber)}
          texts={messages.organisationNumberChecks}
          required={sv.errors.field.required}
          confirmation={(valid) =>
            (valid.soleTrader ? messages.organisationNumberChecks.soleTrader : messages.organisationNumberChecks.valid)(valid.normalised)
          }
          confirmationIcon={<CheckIcon size={14} />}
          attempted={attempted}
          serverError={errorOf('organisationNumber')}
          w={340}
        />
      </Section>

      <Section id="ny-arbetsgivare-adress" heading={messages.address} headingSize="h3">
        <Select
          id={fieldId('municipalityConceptId')}
          label={messages.municipality}
          description={messages.municipalityDescription}
          descriptionProps={descriptionProps}
          required
          data={municipalities}
          value={values.municipalityConceptId}
          onChange={(value) => set('municipalityConceptId', value)}
          searchable
          nothingFoundMessage={messages.nothingFound}
          error={errorOf('municipalityConceptId')}
          w={300}
        />
        <TextInput
          id={fieldId('street')}
          label={messages.street}
          value={values.street}
          onChange={(e) => set('street', e.currentTarget.value)}
          maxLength={200}
          autoComplete="street-address"
          error={errorOf('street')}
        />
        <Group align="flex-start" gap="sm">
          <TextInput
            id={fieldId('postalCode')}
            label={messages.postalCode}
            value={values.postalCode}
            onChange={(e) => set('postalCode', e.currentTarget.value)}
            maxLength={6}
            inputMode="numeric"
            autoComplete="postal-code"
            error={errorOf('postalCode')}
            w={140}
          />
          <TextInput
            id={fieldId('city')}
            label={messages.city}
            value={values.city}
            onChange={(e) => set('city', e.currentTarget.value)}
            maxLength={100}
            autoComplete="address-level2"
            error={errorOf('city')}
            style={{ flex: 1 }}
          />
        </Group>
      </Section>

      <Section id="ny-arbetsgivare-verksamhet" heading={messages.business} headingSize="h3">
        <MultiSelect
          id={fieldId('sectorIds')}
          label={messages.sectors}
          description={messages.sectorsDescription}
          descriptionProps={descriptionProps}
          data={sectors}
          value={values.sectorIds}
          onChange={(value) => set('sectorIds', value)}
          searchable
          nothingFoundMessage={messages.noSectorFound}
          error={errorOf('sectorIds')}
        />
        <TagsInput
          id={fieldId('sniCodes')}
          label={messages.sniCodes}
          description={messages.sniCodesDescription}
          descriptionProps={descriptionProps}
          value={values.sniCodes}
          // codes are upper case letters or digits; spaces people paste between them are separators
          onChange={(value) =>
            set(
              'sniCodes',
              value.map((code) => code.trim().toUpperCase()),
            )
          }
          splitChars={[',', ' ', ';']}
          clearable={false}
          error={errorOf('sniCodes')}
        />
      </Section>

      <Section id="ny-arbetsgivare-ansvar" heading={messages.relationship} headingSize="h3">
        <Radio.Group
          id={fieldId('status')}
          label={messages.status}
          value={values.status}
          onChange={(value) => set('status', value as EmployerStatus)}
          error={errorOf('status')}
        >
          <Group gap="lg" mt="xs">
            {STATUSES.map((status) => (
              <Radio key={status} value={status} label={sv.employers.statusLabel[status]} />
            ))}
          </Group>
        </Radio.Group>
        <Checkbox
          id={fieldId('responsibleIsMe')}
          label={messages.responsibleMe(viewerName)}
          description={messages.responsibleDescription}
          styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
          checked={values.responsibleIsMe}
          onChange={(e) => set('responsibleIsMe', e.currentTarget.checked)}
          error={errorOf('responsibleIsMe')}
        />
      </Section>
    </Stack>
  );
}

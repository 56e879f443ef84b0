import '@mantine/dates/styles.css';
import { DateInput, DatesProvider } from '@mantine/dates';
import '../i18n/dates';
import { pm } from './messages';

interface DateFieldProps {
  label: string;
  description?: string;
  /** YYYY-MM-DD, or '' when empty */
  value: string;
  onChange(value: string): void;
  error?: string;
  maxDate?: string;
}

/**
 * A date typed or picked, written as Swedish offices write it (2026-12-03) with a Swedish calendar (Monday first),
 * whatever the browser's own date format; the value is the API's YYYY-MM-DD throughout.
 */
export function DateField({ label, description, value, onChange, error, maxDate }: DateFieldProps) {
  return (
    <DatesProvider settings={{ locale: 'sv', firstDayOfWeek: 1 }}>
      <DateInput
        label={label}
        description={description ?? pm.outcomeForm.dateDescription}
        descriptionProps={{ c: 'gray.8' }}
        valueFormat="YYYY-MM-DD"
        placeholder={pm.outcomeForm.datePlaceholder}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        error={error}
        maxDate={maxDate}
        withAsterisk
        popoverProps={{ withinPortal: false }}
      />
    </DatesProvider>
  );
}

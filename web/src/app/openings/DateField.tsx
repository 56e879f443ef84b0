import '@mantine/dates/styles.css';
import { DateInput, DatesProvider } from '@mantine/dates';
import '../i18n/dates';
import { openingsText } from './messages';

interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' when empty */
  value: string;
  onChange(value: string): void;
  error?: string;
  required?: boolean;
  maxDate?: string;
}

/**
 * A date typed or picked, written as Swedish offices write it (2026-12-03) with a Swedish calendar (Monday first).
 * The value is the API's YYYY-MM-DD string throughout.
 */
export function DateField({ label, value, onChange, error, required, maxDate }: DateFieldProps) {
  return (
    <DatesProvider settings={{ locale: 'sv', firstDayOfWeek: 1 }}>
      <DateInput
        label={label}
        description={openingsText.form.dateDescription}
        descriptionProps={{ c: 'gray.8' }}
        valueFormat="YYYY-MM-DD"
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        error={error}
        required={required}
        maxDate={maxDate}
        clearable={!required}
        clearButtonProps={{ 'aria-label': openingsText.form.clear(label) }}
        w={200}
      />
    </DatesProvider>
  );
}

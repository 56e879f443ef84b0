import '@mantine/dates/styles.css';
import { DateInput, DatesProvider } from '@mantine/dates';
import '../i18n/dates';
import { sv } from '../i18n/sv';

interface DateFieldProps {
  label: string;
  /** Below the label; the format (ÅÅÅÅ-MM-DD) unless the field needs to say more */
  description?: string;
  /** YYYY-MM-DD, or '' when empty */
  value: string;
  onChange(value: string): void;
  error?: string;
  /** A required field of a form the browser checks: marked, and never cleared by a button */
  required?: boolean;
  /** Marked as needed (the form checks it itself) and never cleared by a button, without the browser's own check */
  withAsterisk?: boolean;
  placeholder?: string;
  maxDate?: string;
  /** In a dialog: the calendar opens inside it, so that the dialog's focus trap and labels hold */
  inDialog?: boolean;
}

/**
 * A date typed or picked, written as Swedish offices write it (2026-12-03) with a Swedish calendar (Monday first),
 * whatever the browser's own date format; the value is the API's YYYY-MM-DD throughout.
 */
export function DateField({ label, description, value, onChange, error, required, withAsterisk, placeholder, maxDate, inDialog }: DateFieldProps) {
  const needed = required || withAsterisk;
  return (
    <DatesProvider settings={{ locale: 'sv', firstDayOfWeek: 1 }}>
      <DateInput
        label={label}
        description={description ?? sv.dateField.format}
        descriptionProps={{ c: 'gray.8' }}
        valueFormat="YYYY-MM-DD"
        placeholder={placeholder}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        error={error}
        required={required}
        withAsterisk={withAsterisk}
        maxDate={maxDate}
        clearable={!needed}
        clearButtonProps={{ 'aria-label': sv.dateField.clear(label) }}
        popoverProps={inDialog ? { withinPortal: false } : undefined}
        w={200}
      />
    </DatesProvider>
  );
}

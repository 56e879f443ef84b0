import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { DialogForm } from '../platform/components/DialogForm';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { CreateSfiCourseMutation, UpdateSfiCourseMutation, type SfiCourseRow } from './documents';
import { sfiText } from './messages';

const t = sfiText.form;
const LEVELS = ['SFI_A', 'SFI_B', 'SFI_C', 'SFI_D'] as const;
type Level = (typeof LEVELS)[number];

interface Values {
  name: string;
  sectorId: string | null;
  level: Level | null;
  startOn: string;
  endOn: string;
  places: number | string;
  workplaceLearning: string;
}

interface CourseFormProps {
  /** The course to change, or null for a new one */
  course: SfiCourseRow | null;
  sectors: Array<{ value: string; label: string }>;
  onCancel(): void;
  onSaved(name: string): void;
}

/**
 * A sector SFI course's name, sector, level, dates, places and workplace learning, as createSfiCourse and
 * updateSfiCourse take them; what is missing is said next to its field, and so are the API's own field errors.
 */
export function CourseForm({ course, sectors, onCancel, onSaved }: CourseFormProps) {
  const [values, setValues] = useState<Values>({
    name: course?.name ?? '',
    sectorId: course?.sector.id ?? null,
    level: (course?.level as Level | undefined) ?? null,
    startOn: course?.startOn ?? '',
    endOn: course?.endOn ?? '',
    places: course?.places ?? '',
    workplaceLearning: course?.workplaceLearning ?? '',
  });
  const [missing, setMissing] = useState<Partial<Record<keyof Values, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, create] = useMutation(CreateSfiCourseMutation);
  const [updated, update] = useMutation(UpdateSfiCourseMutation);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (field: keyof Values) => missing[field] ?? apiError(field);

  function apiError(field: keyof Values): string | undefined {
    if (field === 'places' && problem?.kind === 'conflict' && fieldError(problem, 'places')) return t.fewerThanActive;
    if (field === 'endOn' && problem?.kind === 'invalid' && fieldError(problem, 'endOn')) return t.endBeforeStart;
    return fieldError(problem, field);
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const required: Array<keyof Values> = ['name', 'sectorId', 'level', 'startOn', 'endOn', 'places'];
    const empty = Object.fromEntries(required.filter((k) => values[k] === null || values[k] === '').map((k) => [k, t.required]));
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    const fields = {
      name: values.name.trim(),
      sectorId: values.sectorId!,
      level: values.level!,
      startOn: values.startOn,
      endOn: values.endOn,
      places: Number(values.places),
      workplaceLearning: values.workplaceLearning.trim() || null,
    };
    const result = course
      ? await update({ input: { id: course.id, ...fields } })
      : await create({ input: { ...fields, workplaceLearning: fields.workplaceLearning ?? undefined } });
    if (result.error) return setProblem(describeProblem(result.error));
    onSaved(fields.name);
  }

  const fieldProblem = problem && Object.keys(problem.fields).length > 0;
  return (
    <DialogForm onSubmit={save} onCancel={onCancel} loading={created.fetching || updated.fetching} cancel={sfiText.cancel} confirm={sfiText.save}>
      <TextInput
        label={t.name}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        withAsterisk
        maxLength={200}
        error={errorOf('name')}
        data-autofocus
      />
      <Select
        label={t.sector}
        data={sectors}
        value={values.sectorId}
        onChange={(v) => set('sectorId', v)}
        withAsterisk
        error={errorOf('sectorId')}
        comboboxProps={{ withinPortal: false }}
      />
      <Select
        label={t.level}
        data={LEVELS.map((level) => ({ value: level, label: sfiText.level[level]! }))}
        value={values.level}
        onChange={(v) => set('level', v as Level | null)}
        withAsterisk
        error={errorOf('level')}
        comboboxProps={{ withinPortal: false }}
      />
      <Group align="flex-start">
        <DateField label={t.startOn} value={values.startOn} onChange={(v) => set('startOn', v)} withAsterisk inDialog error={errorOf('startOn')} />
        <DateField label={t.endOn} value={values.endOn} onChange={(v) => set('endOn', v)} withAsterisk inDialog error={errorOf('endOn')} />
      </Group>
      <NumberInput label={t.places} value={values.places} onChange={(v) => set('places', v)} min={1} max={500} withAsterisk error={errorOf('places')} w={200} />
      <Textarea
        label={t.workplaceLearning}
        description={t.workplaceLearningDescription}
        descriptionProps={{ c: 'gray.8' }}
        value={values.workplaceLearning}
        onChange={(e) => set('workplaceLearning', e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
        error={errorOf('workplaceLearning')}
      />
      {problem && !fieldProblem && <ProblemAlert problem={problem} onRetry={() => void save()} />}
    </DialogForm>
  );
}

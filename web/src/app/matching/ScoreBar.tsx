import { Group, Text, Title } from '@mantine/core';
import { memo, type CSSProperties } from 'react';
import type { RankedPerson } from './documents';
import { factorLook } from './factors';
import { rankingText } from './messages';
import css from './ranking.module.css';

type Factor = RankedPerson['factors'][number];
type Side = 'employer' | 'person';

const SIDES: ReadonlyArray<{ side: Side; label: string }> = [
  { side: 'employer', label: rankingText.sideEmployer },
  { side: 'person', label: rankingText.sidePerson },
];

function swatchStyle(factor: string): CSSProperties {
  const look = factorLook(factor);
  return {
    backgroundColor: look.colour,
    backgroundImage: look.pattern,
    backgroundSize: look.pattern.startsWith('radial') ? '6px 6px' : undefined,
  };
}

/**
 * One person's score as a horizontal stacked bar: what the work needs on the left, what the person wants on the
 * right, each half as wide as its 50 points, each factor a segment as wide as its points. The drawing is hidden from
 * assistive technology; the list beside it says the same in words (factor: points of max).
 */
export const ScoreBar = memo(function ScoreBar({ name, factors }: { name: string; factors: readonly Factor[] }) {
  return (
    <div>
      <div className={css.bar} aria-hidden="true">
        {SIDES.map(({ side, label }) => {
          const own = factors.filter((f) => f.side === side);
          const max = own.reduce((sum, f) => sum + f.weight, 0);
          const got = own.reduce((sum, f) => sum + f.contribution, 0);
          return (
            <div key={side} className={css.half}>
              <span className={css.tiny}>
                {label}: {rankingText.sideTotal(got)}
              </span>
              <div className={css.track}>
                {own.map((f) =>
                  f.contribution > 0 && max > 0 ? (
                    <span
                      key={f.factor}
                      className={css.segment}
                      style={{
                        ...swatchStyle(f.factor),
                        width: `${(f.contribution / max) * 100}%`,
                      }}
                    />
                  ) : null,
                )}
              </div>
            </div>
          );
        })}
      </div>
      <ul className="visually-hidden" aria-label={rankingText.scoreBarLabel(name)}>
        {factors.map((f) => (
          <li key={f.factor}>{rankingText.factorLine(factorLook(f.factor).label, f.contribution, f.weight)}</li>
        ))}
      </ul>
    </div>
  );
});

/** The key to every bar on the page, once: each factor's colour, pattern, name and most points, by side. */
export function ScoreLegend({ factors }: { factors: readonly Factor[] }) {
  return (
    <section aria-labelledby="poangstapel" className={css.legend}>
      <Title order={3} id="poangstapel" size="h5">
        {rankingText.legendHeading}
      </Title>
      <Text size="sm" mb="xs">
        {rankingText.legendIntro}
      </Text>
      <Group align="flex-start" gap="xl">
        {SIDES.map(({ side, label }) => (
          <div key={side}>
            <Text size="sm" fw={700}>
              {label}
            </Text>
            <ul className={css.legendList}>
              {factors
                .filter((f) => f.side === side)
                .map((f) => (
                  <li key={f.factor}>
                    <span className={css.swatch} style={swatchStyle(f.factor)} aria-hidden="true" />
                    {rankingText.legendItem(factorLook(f.factor).label, f.weight)}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </Group>
    </section>
  );
}

import { checkAnalyticsRange, isoDateSchema } from '@jobpilot/contracts';
import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

const PRESETS = [3, 6, 12, 24] as const;

/** Today in the reader's calendar, `YYYY-MM-DD`. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The first day of the month `months - 1` months before `to`: `months` whole calendar months up to `to`. */
export function presetRange(months: number, to = today()): { from: string; to: string } {
  const start = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - months, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

interface RangeFilterProps {
  /** The range the numbers on screen are for. */
  range: { from: string; to: string };
  onChange: (range: { from: string; to: string }) => void;
}

/** Quick ranges and two date fields; a range is applied once both dates are valid and in order. */
export function RangeFilter({ range, onChange }: RangeFilterProps) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  useEffect(() => {
    setFrom(range.from);
    setTo(range.to);
  }, [range.from, range.to]);

  const fromOk = isoDateSchema.safeParse(from).success;
  const toOk = isoDateSchema.safeParse(to).success;
  const problem = fromOk && toOk ? checkAnalyticsRange(from, to) : null;
  const apply = (next: { from: string; to: string }) => {
    const valid = isoDateSchema.safeParse(next.from).success && isoDateSchema.safeParse(next.to).success;
    if (valid && !checkAnalyticsRange(next.from, next.to)) onChange(next);
  };

  return (
    <Group align="flex-end" gap="sm">
      <Group gap={4} role="group" aria-label="Quick ranges">
        {PRESETS.map((months) => {
          const preset = presetRange(months);
          const active = preset.from === range.from && preset.to === range.to;
          return (
            <Button
              key={months}
              size="xs"
              variant={active ? 'filled' : 'default'}
              aria-pressed={active}
              onClick={() => onChange(preset)}
            >
              {months} months
            </Button>
          );
        })}
      </Group>
      <Group gap="sm" align="flex-start">
        <TextInput
          type="date"
          label="From"
          size="xs"
          w="9.5rem"
          value={from}
          error={!fromOk ? 'Enter a date' : problem?.field === 'from' ? problem.message : undefined}
          onChange={(event) => {
            setFrom(event.currentTarget.value);
            apply({ from: event.currentTarget.value, to });
          }}
        />
        <TextInput
          type="date"
          label="To"
          size="xs"
          w="9.5rem"
          value={to}
          error={!toOk ? 'Enter a date' : problem?.field === 'to' ? problem.message : undefined}
          onChange={(event) => {
            setTo(event.currentTarget.value);
            apply({ from, to: event.currentTarget.value });
          }}
        />
      </Group>
    </Group>
  );
}

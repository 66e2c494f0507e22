import { type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { searchTimeZones, timeZoneChoices } from './time-zone-options';

interface TimeZoneSelectProps extends Omit<SelectProps, 'data' | 'filter' | 'searchable'> {
  /** The interview's day (`YYYY-MM-DD`): the offsets shown are the ones in force then. */
  day: string;
}

/**
 * The time-zone picker: "America/Los_Angeles (UTC−08:00)", found by "los angeles", "Angeles", "pacific" or
 * "PST" as well as by its IANA name.
 */
export function TimeZoneSelect({ day, ...props }: TimeZoneSelectProps) {
  const choices = useMemo(() => timeZoneChoices(day), [day]);
  const filter = useMemo<OptionsFilter>(
    () =>
      ({ search, limit }) =>
        searchTimeZones(choices, search, limit).map(({ value, label }) => ({ value, label })),
    [choices],
  );
  return (
    <Select
      {...props}
      data={choices.map(({ value, label }) => ({ value, label }))}
      searchable
      filter={filter}
      limit={100}
      nothingFoundMessage="No time zone matches; try a city such as Los Angeles"
      allowDeselect={false}
    />
  );
}

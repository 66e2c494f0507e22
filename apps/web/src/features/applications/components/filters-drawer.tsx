import { Button, Drawer, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTags } from '../api/use-tags';
import { type ApplicationsSearch, cleanSearch, DEFAULT_SORT } from '../routes/search';

type Draft = Pick<
  ApplicationsSearch,
  'location' | 'source' | 'salaryMin' | 'salaryMax' | 'currency' | 'appliedFrom' | 'appliedTo' | 'tag' | 'sort'
>;

const SORTS = [
  { value: 'relevance', label: 'Best match (when searching)' },
  { value: '-createdAt', label: 'Newest first' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: '-appliedAt', label: 'Applied, latest first' },
  { value: 'appliedAt', label: 'Applied, earliest first' },
  { value: '-salary', label: 'Salary, highest first' },
  { value: 'salary', label: 'Salary, lowest first' },
  { value: 'company', label: 'Company, A–Z' },
  { value: 'position', label: 'Position, A–Z' },
];

interface FiltersDrawerProps {
  opened: boolean;
  onClose: () => void;
  search: ApplicationsSearch;
  onApply: (changes: Draft) => void;
}

const draftOf = (s: ApplicationsSearch): Draft => ({
  location: s.location,
  source: s.source,
  salaryMin: s.salaryMin,
  salaryMax: s.salaryMax,
  currency: s.currency,
  appliedFrom: s.appliedFrom,
  appliedTo: s.appliedTo,
  tag: s.tag,
  sort: s.sort,
});
const EMPTY: Draft = {};

const numberOrUndefined = (v: string | number) => (typeof v === 'number' ? v : undefined);

/**
 * Location, source, salary range, applied dates, tags and sort, edited together and applied with one button;
 * "Clear" empties them. Opens from the right on a wide screen and fills a phone's screen.
 */
export function FiltersDrawer({ opened, onClose, search, onApply }: FiltersDrawerProps) {
  const tags = useTags();
  const [draft, setDraft] = useState<Draft>(() => draftOf(search));
  // Starts from the URL each time it opens, and only then: a search landing meanwhile keeps what is typed here.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (opened && !wasOpen.current) setDraft(draftOf(search));
    wasOpen.current = opened;
  }, [opened, search]);
  const set = (changes: Draft) => setDraft((d) => ({ ...d, ...changes }));
  const salaryUpsideDown =
    draft.salaryMin !== undefined && draft.salaryMax !== undefined && draft.salaryMin > draft.salaryMax;
  const datesUpsideDown = !!draft.appliedFrom && !!draft.appliedTo && draft.appliedFrom > draft.appliedTo;
  const knownTags = (tags.data ?? []).map((t) => ({ value: t.id, label: t.name }));

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title="Filters"
      position="right"
      size="sm"
      closeButtonProps={{ 'aria-label': 'Close the filters' }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (salaryUpsideDown || datesUpsideDown) return;
          onApply(cleanSearch(draft));
          onClose();
        }}
      >
        <Stack>
          <TextInput
            label="Location"
            placeholder="Berlin, Remote…"
            value={draft.location ?? ''}
            onChange={(e) => set({ location: e.currentTarget.value })}
          />
          <TextInput
            label="Source"
            placeholder="LinkedIn, referral…"
            value={draft.source ?? ''}
            onChange={(e) => set({ source: e.currentTarget.value })}
          />
          <Group grow align="flex-start" gap="xs">
            <NumberInput
              label="Salary from"
              min={0}
              thousandSeparator=","
              value={draft.salaryMin ?? ''}
              onChange={(v) => set({ salaryMin: numberOrUndefined(v) })}
            />
            <NumberInput
              label="Salary to"
              min={0}
              thousandSeparator=","
              value={draft.salaryMax ?? ''}
              onChange={(v) => set({ salaryMax: numberOrUndefined(v) })}
              error={salaryUpsideDown ? 'Must be at least the lowest salary' : undefined}
            />
          </Group>
          <TextInput
            label="Currency"
            description="Only salaries in this currency, e.g. EUR"
            maxLength={3}
            value={draft.currency ?? ''}
            onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
            error={draft.currency && !/^[A-Z]{3}$/.test(draft.currency) ? 'Use a 3-letter code such as EUR' : undefined}
          />
          <Group grow align="flex-start" gap="xs">
            <TextInput
              type="date"
              label="Applied from"
              value={draft.appliedFrom ?? ''}
              onChange={(e) => set({ appliedFrom: e.currentTarget.value || undefined })}
            />
            <TextInput
              type="date"
              label="Applied until"
              value={draft.appliedTo ?? ''}
              onChange={(e) => set({ appliedTo: e.currentTarget.value || undefined })}
              error={datesUpsideDown ? 'Must be on or after the first date' : undefined}
            />
          </Group>
          <MultiSelect
            label="Tags"
            description="Applications with any of these tags"
            placeholder={knownTags.length ? 'Pick tags' : 'No tags yet'}
            data={knownTags}
            value={(draft.tag ?? []).filter((id) => knownTags.some((t) => t.value === id))}
            onChange={(tag) => set({ tag })}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Sort by"
            data={SORTS}
            value={draft.sort ?? (search.q ? 'relevance' : DEFAULT_SORT)}
            onChange={(v) => set({ sort: v === 'relevance' ? undefined : (v ?? undefined) })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="space-between" mt="sm">
            <Button variant="default" onClick={() => setDraft(EMPTY)}>
              Clear
            </Button>
            <Button type="submit">Show applications</Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}

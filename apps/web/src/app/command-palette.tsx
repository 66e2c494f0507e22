import '@mantine/spotlight/styles.css';
import './command-palette.css';
import { Modal, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconBriefcase, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { api, unwrapEnvelope } from '#lib/api-client';
import { type PalettePage, palettePages } from '#lib/feature';
import { FEATURES } from './features';
import { attachPalette, paletteClosed, paletteTookFocus } from './palette-opener';

/** Records shown per kind; the palette is for jumping, the list pages are for browsing. */
const FOUND_LIMIT = 5;
/** Typing pauses this long before the palette asks the server: one request per word, not per key. */
const SEARCH_DEBOUNCE_MS = 250;

interface PaletteAction {
  id: string;
  label: string;
  description?: string;
  icon: ReactNode;
  go: () => void;
}

/** Applications and contacts whose name matches, from the list endpoints' `q` search, once typing pauses. */
function useFound(query: string) {
  const [q] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const enabled = q.length >= 2;
  const applications = useQuery({
    queryKey: ['palette', 'applications', q],
    queryFn: () => unwrapEnvelope(api.GET('/api/v1/applications', { params: { query: { q, limit: FOUND_LIMIT } } })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const contacts = useQuery({
    queryKey: ['palette', 'contacts', q],
    queryFn: () => unwrapEnvelope(api.GET('/api/v1/contacts', { params: { query: { q, limit: FOUND_LIMIT } } })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return {
    enabled,
    applications: enabled ? (applications.data?.data ?? []) : [],
    contacts: enabled ? (contacts.data?.data ?? []) : [],
    loading: enabled && (applications.isFetching || contacts.isFetching),
  };
}

/** Every page a person can jump to: the side navigation's and the ones each feature lists for the palette only. */
const PAGES: readonly PalettePage[] = palettePages(FEATURES);

/** A page matches when every word typed is in its label, its group or its keywords. */
function matches(page: PalettePage, needle: string) {
  const haystack = `${page.label} ${page.groupLabel} ${page.keywords ?? ''}`.toLowerCase();
  return needle.split(/\s+/).every((word) => haystack.includes(word));
}

/**
 * Ctrl/⌘-K (or the header's search button): jump to any page, or to an application or contact by name.
 * Loaded on first use (`palette-opener.ts`, ADR 031); it opens as soon as it has loaded.
 */
export function CommandPalette() {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const found = useFound(query);
  const needle = query.trim().toLowerCase();

  useEffect(() => {
    const detach = attachPalette((open) => {
      if (open === undefined) spotlight.toggle();
      else if (open) spotlight.open();
      else spotlight.close();
    });
    spotlight.open();
    return detach;
  }, []);

  const pages: PaletteAction[] = PAGES.filter((page) => matches(page, needle)).map((page) => ({
    id: `page:${page.to}`,
    label: page.label,
    description: page.groupLabel,
    icon: <page.icon size={18} stroke={1.5} />,
    go: () => void navigate({ to: page.to }),
  }));
  const applications: PaletteAction[] = found.applications.map((a) => ({
    id: `application:${a.id}`,
    label: a.company,
    description: a.position,
    icon: <IconBriefcase size={18} stroke={1.5} />,
    go: () => void navigate({ to: '/applications/$applicationId', params: { applicationId: a.id } }),
  }));
  const contacts: PaletteAction[] = found.contacts.map((c) => ({
    id: `contact:${c.id}`,
    label: c.name,
    description: c.company ?? 'Contact',
    icon: <IconAddressBook size={18} stroke={1.5} />,
    go: () => void navigate({ to: '/contacts', search: { q: c.name } }),
  }));

  const sections = [
    { label: 'Applications', actions: applications },
    { label: 'Contacts', actions: contacts },
    { label: 'Pages', actions: pages },
  ].filter((section) => section.actions.length > 0);

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      // The shortcut is palette-opener's, from first paint; Spotlight's own would answer it a second time.
      shortcut={null}
      onSpotlightClose={paletteClosed}
      scrollable
      maxHeight={420}
      data-command-palette
    >
      {/* Names the dialog (Spotlight renders no title of its own). */}
      <VisuallyHidden>
        <Modal.Title>Command palette</Modal.Title>
      </VisuallyHidden>
      <Spotlight.Search
        placeholder="Go to a page, an application or a contact…"
        aria-label="Search pages, applications and contacts"
        leftSection={<IconSearch size={18} stroke={1.5} />}
        onFocus={() => {
          const early = paletteTookFocus();
          if (early) setQuery((q) => q + early);
        }}
      />
      <Spotlight.ActionsList aria-label="Results">
        {sections.map((section) => (
          <Spotlight.ActionsGroup key={section.label} label={section.label}>
            {section.actions.map((action) => (
              <Spotlight.Action
                key={action.id}
                label={action.label}
                description={action.description}
                leftSection={action.icon}
                onClick={action.go}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {sections.length === 0 && (
          <Spotlight.Empty>
            {found.loading ? 'Searching…' : 'Nothing matches. Try a company or a name.'}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

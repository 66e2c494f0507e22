import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDatabaseExport, IconFileImport, IconTableExport } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDownloadExport } from '../api/use-download-export';

const applicationsRoute = getRouteApi('/authed/applications');

/** "Import / Export" on the Applications page: CSV import wizard, CSV of the filtered list, JSON of everything. */
export function TransferMenu() {
  const search = applicationsRoute.useSearch();
  const download = useDownloadExport();

  const run = (what: Parameters<typeof download.mutate>[0]) =>
    download.mutate(what, {
      onSuccess: (filename) => notifySuccess(`Downloaded ${filename}.`),
      onError: (error) => notifyError(error, 'Could not export'),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={download.isPending}>
          Import / Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/applications/import" leftSection={<IconFileImport size={16} />}>
          Import from CSV
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconTableExport size={16} />}
          onClick={() => run({ kind: 'csv', filters: { status: search.status, q: search.q, sort: search.sort } })}
        >
          Export applications (CSV)
        </Menu.Item>
        <Menu.Item leftSection={<IconDatabaseExport size={16} />} onClick={() => run({ kind: 'json' })}>
          Export all my data (JSON)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { exportUrl } from '../api/use-import-contacts';

/** Downloads of the contacts (those matching the current search) as vCard or CSV. */
export function ExportMenu({ q }: { q: string }) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={exportUrl('vcf', q)} download>
          vCard (.vcf) — phones, Gmail, Outlook
        </Menu.Item>
        <Menu.Item component="a" href={exportUrl('csv', q)} download>
          CSV — Excel, Google Sheets
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Card, type MantineColorScheme, SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { SettingsLayout } from '#components/settings-layout';

const THEMES: { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'System' },
];

/** `/settings/appearance`: light, dark, or as the device is set. Kept in this browser. */
export function AppearancePage() {
  useDocumentTitle('Appearance · JobPilot');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SettingsLayout title="Appearance">
      <Card withBorder>
        <Stack gap="sm">
          <Text fw={500} id="theme-label">
            Theme
          </Text>
          <SegmentedControl
            aria-labelledby="theme-label"
            data={THEMES}
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
            fullWidth
            maw={420}
          />
          <Text size="sm" c="dimmed">
            System follows your device's light or dark setting. The choice is kept in this browser.
          </Text>
        </Stack>
      </Card>
    </SettingsLayout>
  );
}

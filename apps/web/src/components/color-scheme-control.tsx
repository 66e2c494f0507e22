import { type MantineColorScheme, Menu, useMantineColorScheme } from '@mantine/core';

const CHOICES: { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'System' },
];

/**
 * Light, dark or the system's choice as `menuitemradio`s, for inside a `Menu.Dropdown` (a segmented control there
 * is a radio group inside `role=menu`, which axe reports as `aria-required-children`). Mantine keeps the choice in
 * localStorage (`jobpilot-color-scheme`); picking one leaves the menu open.
 */
export function ColorSchemeMenuItems() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Menu.RadioGroup value={colorScheme} onChange={(value) => setColorScheme(value as MantineColorScheme)}>
      {CHOICES.map((choice) => (
        <Menu.RadioItem key={choice.value} value={choice.value}>
          {choice.label}
        </Menu.RadioItem>
      ))}
    </Menu.RadioGroup>
  );
}

import { Button } from '@mantine/core';
import { IconLayoutColumns, IconTable } from '@tabler/icons-react';
import { ButtonLink } from '#components/links';

/** Table | Board: two views of the same applications. */
export function ViewSwitch({ value }: { value: 'table' | 'board' }) {
  const props = (view: 'table' | 'board') =>
    ({
      size: 'xs',
      variant: value === view ? 'filled' : 'default',
      'aria-current': value === view ? 'page' : undefined,
    }) as const;
  return (
    <Button.Group aria-label="View">
      <ButtonLink to="/applications" leftSection={<IconTable size={14} />} {...props('table')}>
        Table
      </ButtonLink>
      <ButtonLink to="/applications/board" leftSection={<IconLayoutColumns size={14} />} {...props('board')}>
        Board
      </ButtonLink>
    </Button.Group>
  );
}

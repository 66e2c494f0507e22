import { ActionIcon, Tooltip } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { notifyError } from '#lib/notify';
import { useToggleFavorite } from '../api/use-favorites';

/** The star that adds a person to, or removes them from, the favourites. */
export function FavoriteButton({ userId, name, isFavorite }: { userId: string; name: string; isFavorite: boolean }) {
  const toggle = useToggleFavorite();
  const label = isFavorite ? `Remove ${name} from favourites` : `Add ${name} to favourites`;
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="yellow"
        size="lg"
        aria-label={label}
        aria-pressed={isFavorite}
        loading={toggle.isPending}
        onClick={() =>
          toggle.mutate(
            { userId, favorite: !isFavorite },
            { onError: (error) => notifyError(error, 'Could not change your favourites') },
          )
        }
      >
        {isFavorite ? <IconStarFilled size={20} /> : <IconStar size={20} />}
      </ActionIcon>
    </Tooltip>
  );
}

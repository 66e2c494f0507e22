import { Code, Text } from '@mantine/core';
import { useMailDelivery } from '../api/use-mail-delivery';

/** Without SMTP, links are not mailed: say who can find them, and how. Nothing when mail is sent. */
export function NoMailServerNote({ email, dimmed = true }: { email?: string; dimmed?: boolean }) {
  const delivery = useMailDelivery();
  if (delivery.data !== 'outbox') return null;
  return (
    <Text size="sm" c={dimmed ? 'dimmed' : undefined}>
      This JobPilot has no mail server. Whoever runs it can find your link with{' '}
      <Code>npx jobpilot outbox --to {email?.trim() || 'you@example.com'}</Code>.
    </Text>
  );
}

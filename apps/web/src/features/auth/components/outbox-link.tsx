import { AnchorLink } from '#components/links';

/** Where a self-hoster without SMTP finds the mail JobPilot would have sent. */
export function OutboxLink() {
  return (
    <AnchorLink to="/outbox" size="sm" c="dimmed">
      Outbox (mail that would have been sent)
    </AnchorLink>
  );
}

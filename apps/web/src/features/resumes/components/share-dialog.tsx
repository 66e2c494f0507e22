import { Alert, Button, CopyButton, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconLink, IconLinkOff, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import type { ResumeTemplate } from '../api/use-resume-export';
import { useCreateResumeShare, useResumeShare, useRevokeResumeShare } from '../api/use-resume-share';

interface ShareDialogProps {
  resumeId: string;
  opened: boolean;
  onClose: () => void;
  /** The template the link shows (the one chosen for export and preview). */
  template: ResumeTemplate;
}

const views = (count: number) => (count === 1 ? 'Opened once' : `Opened ${count} times`);

/**
 * A public read-only link (ADR 041): made here, its full URL shown once with Copy; then only its view count.
 * "Make a new link" revokes the one sent; "Stop sharing" asks first.
 */
export function ShareDialog({ resumeId, opened, onClose, template }: ShareDialogProps) {
  const share = useResumeShare(resumeId, opened);
  const create = useCreateResumeShare(resumeId);
  const revoke = useRevokeResumeShare(resumeId);
  const [fresh, setFresh] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setFresh(null);
    setConfirming(false);
    setError(null);
    onClose();
  };
  const makeLink = (replacing: boolean) => {
    setError(null);
    create.mutate(template, {
      onSuccess: (created) => {
        setFresh(created.url ? new URL(created.url, window.location.origin).href : null);
        if (replacing) notifySuccess('Made a new link. The old link no longer works.');
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  };
  const stop = () => {
    setError(null);
    revoke.mutate(undefined, {
      onSuccess: () => {
        setFresh(null);
        setConfirming(false);
        notifySuccess('Stopped sharing. The link no longer works.');
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  };

  const active = share.data ?? null;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Share this résumé"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close the share dialog' }}
    >
      <Stack gap="md">
        <Text size="sm">
          Anyone with the link can read this résumé without signing in. It shows the résumé as it is now, with your
          later edits.
        </Text>
        {share.isPending ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">Loading the link…</Text>
          </Group>
        ) : share.isError ? (
          <Alert color="red" title="Could not load the share link">
            {errorMessage(share.error)}
          </Alert>
        ) : (
          <>
            {fresh && (
              <Stack gap="xs">
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    label="Share link"
                    value={fresh}
                    readOnly
                    flex={1}
                    onFocus={(event) => event.currentTarget.select()}
                  />
                  <CopyButton value={fresh}>
                    {({ copied, copy }) => (
                      <Button
                        variant="light"
                        leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                        onClick={copy}
                      >
                        {copied ? 'Copied' : 'Copy'}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Text size="sm" fw={500}>
                  Copy this link now: it is shown only once. If you lose it, make a new link.
                </Text>
              </Stack>
            )}
            {active ? (
              <Stack gap="sm">
                <Text size="sm" data-testid="share-views">
                  {views(active.viewCount)}
                  {active.lastViewedAt ? `, last on ${new Date(active.lastViewedAt).toLocaleString()}` : ''}. Link made
                  on {new Date(active.createdAt).toLocaleDateString()}.
                </Text>
                {confirming ? (
                  <Alert color="red" title="Stop sharing?">
                    <Stack gap="xs">
                      <Text size="sm">The link stops working at once for everyone who has it.</Text>
                      <Group gap="xs">
                        <Button color="red" onClick={stop} loading={revoke.isPending}>
                          Stop sharing now
                        </Button>
                        <Button variant="default" onClick={() => setConfirming(false)}>
                          Keep the link
                        </Button>
                      </Group>
                    </Stack>
                  </Alert>
                ) : (
                  <Group gap="xs">
                    <Button
                      variant="default"
                      leftSection={<IconRefresh size={16} />}
                      onClick={() => makeLink(true)}
                      loading={create.isPending}
                    >
                      Make a new link
                    </Button>
                    <Button
                      variant="light"
                      color="red"
                      leftSection={<IconLinkOff size={16} />}
                      onClick={() => setConfirming(true)}
                    >
                      Stop sharing
                    </Button>
                  </Group>
                )}
                <Text size="xs" c="dimmed">
                  A new link replaces this one: the old link stops working.
                </Text>
              </Stack>
            ) : (
              <Group>
                <Button leftSection={<IconLink size={16} />} onClick={() => makeLink(false)} loading={create.isPending}>
                  Create link
                </Button>
              </Group>
            )}
          </>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}

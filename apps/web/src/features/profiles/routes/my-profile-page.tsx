import { Alert, Anchor, Card, Center, CopyButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '#components/links';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useMyProfile } from '../api/use-my-profile';
import { useSaveProfile } from '../api/use-save-profile';
import { ProfileForm } from '../components/profile-form';
import { ResumeCard } from '../components/resume-card';

/** `/profile` — edit one's own profile and résumé. */
export function MyProfilePage() {
  const profile = useMyProfile();
  const save = useSaveProfile();

  if (profile.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading your profile" />
      </Center>
    );
  }
  if (profile.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your profile">
        {errorMessage(profile.error)}
      </Alert>
    );
  }
  const me = profile.data;
  return (
    <Stack maw={860}>
      <Title order={1}>My profile</Title>
      <Card withBorder padding="lg">
        <ProfileForm
          profile={me}
          onSubmit={async (input) => {
            const saved = await save.mutateAsync(input);
            notifySuccess('Saved your profile.');
            return saved;
          }}
        />
      </Card>
      <ResumeCard profile={me} />
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Your profile link:
        </Text>
        <AnchorLink to="/people/$userId" params={{ userId: me.userId }} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {me.profileUrl}
        </AnchorLink>
        <CopyButton value={me.profileUrl}>
          {({ copied, copy }) => (
            <Anchor component="button" type="button" size="sm" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Anchor>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

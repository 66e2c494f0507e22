import type { MyProfile } from '@jobpilot/contracts';
import { Anchor, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { AnchorLink } from '#components/links';
import { QueryState } from '#components/query-state';
import { notifySuccess } from '#lib/notify';
import { useMyProfile } from '../api/use-my-profile';
import { useSaveProfile } from '../api/use-save-profile';
import { ProfileForm } from '../components/profile-form';
import { ResumeCard } from '../components/resume-card';

/** `/profile` — edit one's own profile and résumé. */
export function MyProfilePage() {
  useDocumentTitle('My profile · JobPilot');
  const profile = useMyProfile();
  return (
    <QueryState query={profile} loadingLabel="Loading your profile" errorTitle="Could not load your profile">
      {(me) => <MyProfileEditor me={me} />}
    </QueryState>
  );
}

function MyProfileEditor({ me }: { me: MyProfile }) {
  const save = useSaveProfile();
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

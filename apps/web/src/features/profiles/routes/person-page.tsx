import { ErrorCode } from '@jobpilot/contracts';
import { Alert, EmptyState, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink, ButtonLink } from '#components/links';
import { QueryState } from '#components/query-state';
import { ApiRequestError } from '#lib/api-client';
import { usePerson } from '../api/use-people';
import { PersonProfile } from '../components/person-profile';

const route = getRouteApi('/authed/people/$userId');

/** `/people/:id` — a person's profile; a private or unknown one gets the same friendly answer. */
export function PersonPage() {
  const { userId } = route.useParams();
  const person = usePerson(userId);
  useDocumentTitle(`${person.data?.name ?? 'Profile'} · JobPilot`);
  return (
    <Stack maw={760}>
      <AnchorLink to="/people" size="sm">
        ← People
      </AnchorLink>
      {person.data?.isSelf && (
        <Alert variant="light" color="blue">
          This is how other signed-in users see your profile. <AnchorLink to="/profile">Edit your profile</AnchorLink>
        </Alert>
      )}
      <QueryState
        query={person}
        loadingLabel="Loading profile"
        errorTitle="Could not load this profile"
        renderError={(error) =>
          error instanceof ApiRequestError && error.code === ErrorCode.NotFound ? (
            <EmptyState
              icon={<IconLock size={32} />}
              title="This profile is private or does not exist"
              description="Its owner may have made it private."
            >
              <ButtonLink to="/people" variant="light">
                Find people
              </ButtonLink>
            </EmptyState>
          ) : undefined
        }
      >
        {(data) => <PersonProfile person={data} />}
      </QueryState>
    </Stack>
  );
}

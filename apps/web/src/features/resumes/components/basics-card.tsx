import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { SectionCard } from '#components/section-card';
import { EntriesCard } from './entries-card';
import type { ResumeFormValues } from './resume-form-values';
import { type EntryValues, PROFILE_FIELDS } from './sections';

const profileName = (p: EntryValues) => [p.network, p.username].filter((v) => typeof v === 'string' && v).join(' · ');

/** Who the résumé is about: name, headline, contact details, summary, location and online profiles. */
export function BasicsCard({ form }: { form: UseFormReturnType<ResumeFormValues> }) {
  const values = form.getValues();
  const input = (path: string) => form.getInputProps(`basics.${path}`);
  return (
    <Stack gap="lg">
      <SectionCard id="resume-basics" title="Basics">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <TextInput label="Full name" autoComplete="name" {...input('text.name')} />
            <TextInput label="Headline" placeholder="Senior Backend Engineer" {...input('text.label')} />
            <TextInput label="Email" type="email" autoComplete="email" {...input('text.email')} />
            <TextInput label="Phone" type="tel" autoComplete="tel" {...input('text.phone')} />
            <TextInput label="Website" type="url" {...input('text.url')} />
          </SimpleGrid>
          <Textarea label="Summary" autosize minRows={3} maxRows={12} {...input('text.summary')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
            <TextInput label="City" {...input('location.city')} />
            <TextInput label="Region" {...input('location.region')} />
            <TextInput label="Country code" placeholder="US" {...input('location.countryCode')} />
          </SimpleGrid>
        </Stack>
      </SectionCard>
      <EntriesCard
        form={form}
        path="basics.profiles"
        id="resume-profiles"
        title="Profiles"
        entry="profile"
        fields={PROFILE_FIELDS}
        entries={values.basics.profiles}
        describe={profileName}
      />
    </Stack>
  );
}

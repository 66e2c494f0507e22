import {
  type MyProfile,
  PROFILE_LINKS_MAX,
  PROFILE_SKILLS_MAX,
  type ProfileVisibility,
  type UpdateProfileInput,
  updateProfileSchema,
} from '@jobpilot/contracts';
import { Button, Group, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DraftFrame } from '#components/draft-frame';
import { FormError } from '#components/form-error';
import { TextListInput } from '#components/text-list-input';
import { useApiForm } from '#lib/use-api-form';

interface ProfileFormValues {
  name: string;
  headline: string;
  phone: string;
  location: string;
  skills: string[];
  links: string[];
  visibility: ProfileVisibility;
  showEmail: boolean;
  showPhone: boolean;
}

const toValues = (p: MyProfile): ProfileFormValues => ({
  name: p.name,
  headline: p.headline ?? '',
  phone: p.phone ?? '',
  location: p.location ?? '',
  skills: p.skills,
  links: p.links,
  visibility: p.visibility,
  showEmail: p.showEmail,
  showPhone: p.showPhone,
});

const text = (v: string) => (v.trim() === '' ? null : v);
const toInput = (v: ProfileFormValues): UpdateProfileInput => ({
  name: v.name,
  headline: text(v.headline),
  phone: text(v.phone),
  location: text(v.location),
  // A pasted "SQL, Python" arrives as one tag: split it.
  skills: v.skills
    .flatMap((s) => s.split(/[,;]/))
    .map((s) => s.trim())
    .filter(Boolean),
  links: v.links.filter((l) => l.trim() !== ''),
  visibility: v.visibility,
  showEmail: v.showEmail,
  showPhone: v.showPhone,
});

interface ProfileFormProps {
  profile: MyProfile;
  onSubmit: (input: UpdateProfileInput) => Promise<MyProfile>;
}

/**
 * The editable profile; what was typed stays when saving fails, and the field at fault is marked. It keeps a
 * draft (ADR 033): leaving the page or an expired session keeps what was typed for the next visit. After a save
 * the form starts again from the saved profile, with a fresh draft.
 */
export function ProfileForm({ profile, onSubmit }: ProfileFormProps) {
  const [saved, setSaved] = useState<{ profile: MyProfile; count: number }>({ profile, count: 0 });
  return (
    <DraftFrame key={saved.count} draft={{ form: 'profile' }}>
      {() => (
        <ProfileFields
          profile={saved.profile}
          onSubmit={onSubmit}
          onSaved={(next) => setSaved((s) => ({ profile: next, count: s.count + 1 }))}
        />
      )}
    </DraftFrame>
  );
}

function ProfileFields({ profile, onSubmit, onSaved }: ProfileFormProps & { onSaved: (saved: MyProfile) => void }) {
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: toValues(profile),
    schema: updateProfileSchema,
    toInput,
    submit: onSubmit,
    onSuccess: onSaved,
  });

  const values = form.getValues();
  const isPublic = values.visibility === 'public';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Full name" required {...form.getInputProps('name')} />
          <TextInput label="Email" value={profile.email} readOnly description="Your account address" />
          <TextInput label="Headline" placeholder="Senior Frontend Engineer" {...form.getInputProps('headline')} />
          <TextInput label="Location" placeholder="Berlin, remote…" {...form.getInputProps('location')} />
          <TextInput label="Phone" type="tel" placeholder="+1 555 010 2000" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <TagsInput
          label="Skills"
          description="Press Enter or comma after each skill"
          placeholder="TypeScript, React…"
          maxTags={PROFILE_SKILLS_MAX}
          splitChars={[',', ';']}
          acceptValueOnBlur
          clearable
          {...form.getInputProps('skills')}
          error={form.errors.skills ?? Object.entries(form.errors).find(([k]) => k.startsWith('skills.'))?.[1]}
        />
        <TextListInput
          label="Links"
          itemLabel="Link"
          addLabel="Add a link"
          type="url"
          placeholder="https://linkedin.com/in/…"
          max={PROFILE_LINKS_MAX}
          values={values.links}
          onChange={(links) => form.setFieldValue('links', links)}
          itemError={(i) => form.errors[`links.${i}`] as string | undefined}
          error={form.errors.links as string | undefined}
        />
        <Switch
          label="Public profile"
          description={
            isPublic
              ? 'Signed-in JobPilot users can find you by name and see this profile and your résumé; your email and phone only if you show them below.'
              : 'Only you can see this profile. Contacts who saved your address still show that you are on JobPilot.'
          }
          checked={isPublic}
          onChange={(event) => form.setFieldValue('visibility', event.currentTarget.checked ? 'public' : 'private')}
        />
        <Switch
          label="Show my email to signed-in users"
          description="Off unless you turn it on. You always see it yourself."
          disabled={!isPublic}
          {...form.getInputProps('showEmail', { type: 'checkbox' })}
        />
        <Switch
          label="Show my phone to signed-in users"
          description="Off unless you turn it on."
          disabled={!isPublic}
          {...form.getInputProps('showPhone', { type: 'checkbox' })}
        />
        <FormError message={formError} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {form.isDirty() ? 'You have unsaved changes.' : ''}
          </Text>
          <Button type="submit" loading={saving}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

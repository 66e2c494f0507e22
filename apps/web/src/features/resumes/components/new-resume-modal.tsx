import { type CreateResumeInput, createResumeSchema, RESUME_TAGS_MAX } from '@jobpilot/contracts';
import { Button, Group, Stack, TagsInput, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { FormError } from '#components/form-error';
import { FormModal } from '#components/form-modal';
import { useApiForm } from '#lib/use-api-form';
import { useCreateResume } from '../api/use-resume-actions';

interface NewResumeValues {
  name: string;
  tags: string[];
}

function NewResumeForm({ onCancel }: { onCancel: () => void }) {
  const create = useCreateResume();
  const navigate = useNavigate();
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { name: '', tags: [] } as NewResumeValues,
    schema: createResumeSchema,
    toInput: (values): CreateResumeInput => ({ name: values.name, tags: values.tags }),
    submit: (input) => create.mutateAsync(input),
    onSuccess: (resume) => void navigate({ to: '/resumes/$resumeId', params: { resumeId: resume.id } }),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Name"
          description="For you only, e.g. “Backend — long version”"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TagsInput
          label="Role tags"
          description="The role families this résumé is for; press Enter after each"
          placeholder="backend"
          maxTags={RESUME_TAGS_MAX}
          {...form.getInputProps('tags')}
        />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Create résumé
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "New résumé": a name and tags, then the editor of the blank résumé. */
export function NewResumeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <FormModal opened={opened} onClose={onClose} title="New résumé" draft={{ form: 'resume-new' }}>
      {(requestClose) => <NewResumeForm onCancel={requestClose} />}
    </FormModal>
  );
}

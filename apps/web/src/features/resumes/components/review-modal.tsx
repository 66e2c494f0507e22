import { createResumeSchema } from '@jobpilot/contracts';
import { Alert, Button, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { FormError } from '#components/form-error';
import { FormModal } from '#components/form-modal';
import { useApiForm } from '#lib/use-api-form';
import type { ParsedResume } from '../api/use-parse-resume';
import { useCreateResume } from '../api/use-resume-actions';
import { LOW_CONFIDENCE } from './format';
import { ParsedFields } from './parsed-fields';

export interface Review {
  parsed: ParsedResume;
  /** Where it came from, for the title and the suggested name: the file's name or "your profile résumé". */
  source: string;
  suggestedName: string;
}

const lowCount = (parsed: ParsedResume) => Object.values(parsed.confidence).filter((v) => v < LOW_CONFIDENCE).length;

function ReviewForm({ review, onCancel }: { review: Review; onCancel: () => void }) {
  const create = useCreateResume();
  const navigate = useNavigate();
  const { parsed } = review;
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { name: review.suggestedName },
    schema: createResumeSchema,
    toInput: (values) => ({ name: values.name, document: parsed.document }),
    submit: (input) => create.mutateAsync(input),
    onSuccess: (resume) => void navigate({ to: '/resumes/$resumeId', params: { resumeId: resume.id } }),
  });
  const low = lowCount(parsed);
  const pages = parsed.pages === 1 ? '1 page' : `${parsed.pages} pages`;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          Read from {review.source} ({parsed.kind.toUpperCase()}, {pages}). Nothing is saved until you create the
          résumé; you can correct everything in the editor.
        </Text>
        {low > 0 && (
          <Alert color="orange" variant="light" title="Check the marked fields">
            {low === 1 ? 'One field was' : `${low} fields were`} read with low confidence.
          </Alert>
        )}
        <ParsedFields parsed={parsed} />
        <Stack gap={4}>
          <Title order={3} size="h5">
            Lines it could not place
          </Title>
          {parsed.unplaced.length === 0 ? (
            <Text size="sm" c="dimmed">
              None: every line found a place.
            </Text>
          ) : (
            <Code block aria-label="Lines it could not place" style={{ whiteSpace: 'pre-wrap', maxHeight: 200 }}>
              {parsed.unplaced.join('\n')}
            </Code>
          )}
        </Stack>
        <TextInput label="Name of the new résumé" required data-autofocus {...form.getInputProps('name')} />
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

/** A cheap fingerprint of one parse, so a draft of the name returns only to the review of the same file. */
const fingerprint = (review: Review) =>
  [review.source, review.parsed.kind, review.parsed.pages, review.parsed.document.basics?.email ?? ''].join('|');

/** The review of a parse: the fields found with their confidence, the unplaced lines, then "Create résumé". */
export function ReviewModal({ review, onClose }: { review: Review | null; onClose: () => void }) {
  return (
    <FormModal
      opened={review !== null}
      onClose={onClose}
      size="xl"
      title="Review the parsed résumé"
      draft={{ form: 'resume-review', recordId: review ? fingerprint(review) : undefined }}
    >
      {(requestClose) => review && <ReviewForm key={fingerprint(review)} review={review} onCancel={requestClose} />}
    </FormModal>
  );
}

import { RESUME_TAGS_MAX, type ResumeDetail, type ResumeVersionSummary, updateResumeSchema } from '@jobpilot/contracts';
import { Badge, Button, Group, Stack, TagsInput, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconHistory, IconStar } from '@tabler/icons-react';
import { type RefObject, useEffect, useState } from 'react';
import { FormError } from '#components/form-error';
import { notifyError, notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useSetDefaultResume } from '../api/use-resume-actions';
import { useRestoreVersion } from '../api/use-resume-versions';
import { useUpdateResume } from '../api/use-update-resume';
import { AtsReportButton } from './ats-report-button';
import { BasicsCard } from './basics-card';
import { EntriesCard } from './entries-card';
import { HistoryDrawer } from './history-drawer';
import { formPath, type ResumeFormValues, toFormValues, toResumeInput } from './resume-form-values';
import { ResumeOutputActions } from './resume-output-actions';
import { SaveStatusLine } from './save-status';
import { EDITED_SECTIONS, SECTION_SPECS } from './sections';
import { type SaveStatus, toFormErrors, useAutosave } from './use-autosave';

export const SAVE_VERSION_ID = 'resume-save-version';
const HISTORY_ID = 'resume-history';

interface ResumeEditorProps {
  resume: ResumeDetail;
  initialValues: ResumeFormValues;
  lastSaved: RefObject<string>;
  status: SaveStatus;
  setStatus: (status: SaveStatus) => void;
  /** After a sealed save or a restore: the editor starts again from these values (a fresh draft). */
  onReload: (values: ResumeFormValues, focus: string | null) => void;
}

/**
 * The résumé editor: header (name, role tags, default, status, Save version, History), then one card per
 * section. Typing autosaves; "Save version" seals a version (ADR 036); the local draft keeps what a failed save
 * could not send (ADR 033).
 */
export function ResumeEditor({ resume, initialValues, lastSaved, status, setStatus, onReload }: ResumeEditorProps) {
  const update = useUpdateResume(resume.id);
  const setDefault = useSetDefaultResume();
  const restoreVersion = useRestoreVersion(resume.id);
  const [historyOpen, setHistoryOpen] = useState(false);

  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues,
    schema: updateResumeSchema,
    toInput: toResumeInput,
    validate: (_values, errors) => toFormErrors(errors),
    fieldPath: formPath,
    submit: async (input) => {
      await flush();
      setStatus({ state: 'saving' });
      const sealed = await update.mutateAsync({ ...input, save: true });
      // What was sent, not what the form holds now: typing during the request is still to be saved.
      lastSaved.current = JSON.stringify(input);
      return sealed;
    },
    onSuccess: (_saved, saved) => {
      stop();
      setStatus({ state: 'saved', at: new Date() });
      notifySuccess('Saved a version.');
      onReload(saved.getValues(), SAVE_VERSION_ID);
    },
  });
  const { flush, stop } = useAutosave({ form, lastSaved, save: (input) => update.mutateAsync(input), setStatus });
  useEffect(() => {
    if (formError) setStatus({ state: 'failed', message: formError });
  }, [formError, setStatus]);

  const restore = async (version: ResumeVersionSummary) => {
    await flush();
    try {
      const restored = await restoreVersion.mutateAsync(version.id);
      stop();
      const values = toFormValues(restored);
      lastSaved.current = JSON.stringify(toResumeInput(values));
      setStatus({ state: 'saved', at: new Date() });
      notifySuccess(`Restored version ${version.number}.`);
      // The editor starts again with the restored document; the drawer closes and History keeps the focus.
      onReload(values, HISTORY_ID);
    } catch (error) {
      notifyError(error, 'Could not restore the version');
    }
  };
  const makeDefault = () =>
    setDefault.mutate(resume.id, {
      onSuccess: () => notifySuccess('This is now your default résumé.'),
      onError: (error) => notifyError(error, 'Could not change the default résumé'),
    });

  const values = form.getValues();
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Résumé editor">
      <Stack gap="lg">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput label="Résumé name" required flex="1 1 16rem" {...form.getInputProps('name')} />
            <TagsInput
              label="Role tags"
              placeholder="backend, data…"
              maxTags={RESUME_TAGS_MAX}
              flex="1 1 16rem"
              {...form.getInputProps('tags')}
            />
          </Group>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Group gap="sm">
              {resume.isDefault ? (
                <Badge color="teal" variant="light">
                  Default résumé
                </Badge>
              ) : (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconStar size={14} />}
                  onClick={makeDefault}
                  loading={setDefault.isPending}
                >
                  Make default
                </Button>
              )}
              <SaveStatusLine status={status} />
            </Group>
            <Group gap="xs">
              {/* Output actions (export PDF/DOCX, share link, ATS report) join this group once their endpoints exist. */}
              <AtsReportButton resumeId={resume.id} />
              <ResumeOutputActions resume={resume} flush={flush} />
              <Button
                id={HISTORY_ID}
                variant="default"
                leftSection={<IconHistory size={16} />}
                onClick={() => setHistoryOpen(true)}
              >
                History
              </Button>
              <Button id={SAVE_VERSION_ID} type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving}>
                Save version
              </Button>
            </Group>
          </Group>
          <FormError message={formError} />
        </Stack>
        <BasicsCard form={form} />
        {EDITED_SECTIONS.map((key) => {
          const spec = SECTION_SPECS[key];
          return (
            <EntriesCard
              key={key}
              form={form}
              path={`sections.${key}`}
              id={`resume-${key}`}
              title={spec.title}
              entry={spec.entry}
              fields={spec.fields}
              entries={values.sections[key]}
              describe={spec.describe}
              compact={spec.compact ?? false}
            />
          );
        })}
      </Stack>
      <HistoryDrawer
        resumeId={resume.id}
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        onRestore={restore}
      />
    </form>
  );
}

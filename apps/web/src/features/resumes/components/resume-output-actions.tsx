import type { ResumeDetail } from '@jobpilot/contracts';
import { Button } from '@mantine/core';
import { IconEye, IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import type { Paper, ResumeTemplate } from '../api/use-resume-export';
import { ExportMenu } from './export-menu';
import { templateOf } from './output-options';
import { PrintPreview } from './print-preview';
import { ShareDialog } from './share-dialog';

interface ResumeOutputActionsProps {
  resume: ResumeDetail;
  /** Saves what is typed and not yet saved (the editor's autosave), before a file or link is made. */
  flush: () => Promise<void>;
}

/**
 * The editor header's output actions (issue 9): Export (format, template, paper), Preview (the PDF as it will
 * print, renewed after each save) and Share (a public link). Export and preview share the template and paper.
 */
export function ResumeOutputActions({ resume, flush }: ResumeOutputActionsProps) {
  const [template, setTemplate] = useState<ResumeTemplate>(() => templateOf(resume.template));
  const [paper, setPaper] = useState<Paper>('a4');
  const [previewing, setPreviewing] = useState(false);
  const [sharing, setSharing] = useState(false);

  return (
    <>
      <ExportMenu
        resumeId={resume.id}
        template={template}
        paper={paper}
        onTemplate={setTemplate}
        onPaper={setPaper}
        flush={flush}
      />
      <Button
        variant={previewing ? 'light' : 'default'}
        leftSection={<IconEye size={16} />}
        aria-pressed={previewing}
        onClick={() => setPreviewing((open) => !open)}
      >
        Preview
      </Button>
      <Button
        variant="default"
        leftSection={<IconShare size={16} />}
        onClick={() => void flush().then(() => setSharing(true))}
      >
        Share
      </Button>
      <PrintPreview
        resumeId={resume.id}
        opened={previewing}
        onClose={() => setPreviewing(false)}
        template={template}
        paper={paper}
        onTemplate={setTemplate}
        onPaper={setPaper}
        revision={resume.updatedAt}
      />
      <ShareDialog resumeId={resume.id} opened={sharing} onClose={() => setSharing(false)} template={template} />
    </>
  );
}

import { NativeSelect } from '@mantine/core';
import type { Paper, ResumeTemplate } from '../api/use-resume-export';
import { PAPER_OPTIONS, TEMPLATE_OPTIONS } from './output-options';

/** Template and paper of a printed résumé: one pair shared by the Export menu and the print preview. */
export function PrintOptionFields(props: {
  template: ResumeTemplate;
  paper: Paper;
  onTemplate: (template: ResumeTemplate) => void;
  onPaper: (paper: Paper) => void;
}) {
  return (
    <>
      <NativeSelect
        label="Template"
        data={TEMPLATE_OPTIONS}
        value={props.template}
        onChange={(event) => props.onTemplate(event.currentTarget.value as ResumeTemplate)}
      />
      <NativeSelect
        label="Paper"
        data={PAPER_OPTIONS}
        value={props.paper}
        onChange={(event) => props.onPaper(event.currentTarget.value as Paper)}
      />
    </>
  );
}

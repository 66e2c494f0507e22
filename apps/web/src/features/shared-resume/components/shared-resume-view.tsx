import type { ResumeDocument } from '@jobpilot/contracts';
import { Fragment } from 'react';
import { pageTemplate, type ResumeDateRange, type ResumeEntry, resumeHeader, resumeSections } from './resume-sections';
import './shared-resume.css';

function Dates({ dates }: { dates: ResumeDateRange }) {
  return (
    <span className="shared-resume__dates">
      {dates.start && <time dateTime={dates.start.iso}>{dates.start.text}</time>}
      {dates.start && (dates.end || dates.ongoing) && ' – '}
      {dates.end && <time dateTime={dates.end.iso}>{dates.end.text}</time>}
      {dates.ongoing && 'Present'}
    </span>
  );
}

function Entry({ entry }: { entry: ResumeEntry }) {
  return (
    <li className="shared-resume__entry">
      <div className="shared-resume__entry-head">
        <h3 className="shared-resume__entry-title">
          {entry.url ? (
            <a href={entry.url} rel="noopener noreferrer nofollow">
              {entry.title || entry.subtitle}
            </a>
          ) : (
            entry.title || entry.subtitle
          )}
          {entry.title && entry.subtitle && <span className="shared-resume__subtitle"> · {entry.subtitle}</span>}
        </h3>
        {entry.dates && <Dates dates={entry.dates} />}
      </div>
      {entry.location && <p className="shared-resume__meta">{entry.location}</p>}
      {entry.summary && <p className="shared-resume__summary">{entry.summary}</p>}
      {entry.highlights.length > 0 && (
        <ul className="shared-resume__highlights">
          {entry.highlights.map((highlight, index) => (
            // Highlights are free text and may repeat; their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders
            <li key={index}>{highlight}</li>
          ))}
        </ul>
      )}
      {entry.keywords.length > 0 && <p className="shared-resume__keywords">{entry.keywords.join(' · ')}</p>}
    </li>
  );
}

/**
 * A résumé as a read-only page in its template's style (classic serif, modern with a blue accent, compact):
 * the name as the page's heading, each section a heading of its own with its entries as a list.
 */
export function SharedResumeView({
  name,
  document,
  template,
}: {
  name: string;
  document: ResumeDocument;
  template: string;
}) {
  const header = resumeHeader(document, name);
  const sections = resumeSections(document);
  return (
    <article className="shared-resume" data-template={pageTemplate(template)} aria-labelledby="shared-resume-name">
      <header className="shared-resume__header">
        <h1 id="shared-resume-name" className="shared-resume__name">
          {header.name}
        </h1>
        {header.label && <p className="shared-resume__label">{header.label}</p>}
        {header.contacts.length > 0 && (
          <ul className="shared-resume__contacts" aria-label="Contact details">
            {header.contacts.map((contact) => (
              <li key={`${contact.kind}-${contact.text}`}>
                {contact.href ? (
                  <a href={contact.href} rel="noopener noreferrer nofollow">
                    {contact.text}
                  </a>
                ) : (
                  contact.text
                )}
              </li>
            ))}
          </ul>
        )}
      </header>
      {header.summary && (
        <section className="shared-resume__section" aria-labelledby="shared-resume-summary">
          <h2 id="shared-resume-summary" className="shared-resume__heading">
            Summary
          </h2>
          {header.summary.split(/\n{2,}/).map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one fixed text
            <Fragment key={index}>
              <p className="shared-resume__summary">{paragraph}</p>
            </Fragment>
          ))}
        </section>
      )}
      {sections.map((section) => (
        <section
          key={section.id}
          className="shared-resume__section"
          aria-labelledby={`shared-resume-${section.id}`}
          data-section={section.id}
        >
          <h2 id={`shared-resume-${section.id}`} className="shared-resume__heading">
            {section.title}
          </h2>
          <ul className="shared-resume__entries">
            {section.entries.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries of a read-only document, never reordered
              <Entry key={index} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

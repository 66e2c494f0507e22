/**
 * A small Markdown subset for notes, parsed into a tree that React renders as elements: no HTML string is ever
 * built, so `<script>` in a note is shown as text. Supported: paragraphs, `#`–`###` headings, `-`/`*` and `1.`
 * lists, ``` fenced code, `inline code`, **bold**, *italic* / _italic_, and [links](https://…) to http(s) and
 * mailto addresses only (any other link stays text).
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { type: 'paragraph'; lines: Inline[][] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string };

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

// Order matters: code first (nothing inside it is parsed), then links, bold, italic.
const INLINE = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|_([^_\s][^_]*?)_/;

/** The inline elements of one line of text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ type: 'text', text: rest.slice(0, m.index) });
    const [whole, code, label, href, strong, em1, em2] = m;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (label !== undefined && href !== undefined) {
      out.push(
        SAFE_HREF.test(href) ? { type: 'link', href, children: parseInline(label) } : { type: 'text', text: whole },
      );
    } else if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
    else out.push({ type: 'em', children: parseInline(em1 ?? em2 ?? '') });
    rest = rest.slice(m.index + whole.length);
  }
  return out;
}

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** The blocks of a note. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (line.trimStart().startsWith('```')) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith('```')) code.push(lines[i++] ?? '');
      i++;
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1]?.length ?? 1) as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      i++;
      continue;
    }
    const listPattern = BULLET.test(line) ? BULLET : NUMBERED.test(line) ? NUMBERED : null;
    if (listPattern) {
      const items: Inline[][] = [];
      while (i < lines.length && listPattern.test(lines[i] ?? '')) {
        items.push(parseInline(listPattern.exec(lines[i] ?? '')?.[1] ?? ''));
        i++;
      }
      blocks.push({ type: 'list', ordered: listPattern === NUMBERED, items });
      continue;
    }
    const paragraph: Inline[][] = [];
    while (i < lines.length) {
      const next = lines[i] ?? '';
      if (next.trim() === '' || HEADING.test(next) || BULLET.test(next) || NUMBERED.test(next)) break;
      if (next.trimStart().startsWith('```')) break;
      paragraph.push(parseInline(next));
      i++;
    }
    blocks.push({ type: 'paragraph', lines: paragraph });
  }
  return blocks;
}

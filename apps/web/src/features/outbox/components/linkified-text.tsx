import { Anchor, Text } from '@mantine/core';

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Plain mail text with its line breaks kept and every http(s) link clickable. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, index) => {
        const key = `${index}-${part.length}`;
        if (index % 2 === 0) return <span key={key}>{part}</span>;
        const trailing = TRAILING_PUNCTUATION.exec(part)?.[0] ?? '';
        const href = part.slice(0, part.length - trailing.length);
        return (
          <span key={key}>
            <Anchor href={href}>{href}</Anchor>
            {trailing}
          </span>
        );
      })}
    </Text>
  );
}

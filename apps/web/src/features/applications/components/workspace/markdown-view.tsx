import { Anchor, Box, Code, List, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { type Block, type Inline, parseMarkdown } from './markdown';

function InlineView({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, i) => {
    const key = `${node.type}-${i}`;
    switch (node.type) {
      case 'text':
        return <Fragment key={key}>{node.text}</Fragment>;
      case 'code':
        return <Code key={key}>{node.text}</Code>;
      case 'strong':
        return (
          <strong key={key}>
            <InlineView nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={key}>
            <InlineView nodes={node.children} />
          </em>
        );
      case 'link':
        return (
          <Anchor key={key} href={node.href} target="_blank" rel="noreferrer noopener" inherit>
            <InlineView nodes={node.children} />
          </Anchor>
        );
    }
    return null;
  });
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return (
        <Title order={(block.level + 2) as 3 | 4 | 5} mt="xs" mb={4}>
          <InlineView nodes={block.children} />
        </Title>
      );
    case 'paragraph':
      return (
        <Text size="sm" mb="xs">
          {block.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
            <Fragment key={i}>
              {i > 0 && <br />}
              <InlineView nodes={line} />
            </Fragment>
          ))}
        </Text>
      );
    case 'list':
      return (
        <List type={block.ordered ? 'ordered' : 'unordered'} size="sm" mb="xs" withPadding>
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity but their place
            <List.Item key={i}>
              <InlineView nodes={item} />
            </List.Item>
          ))}
        </List>
      );
    case 'code':
      return (
        <Code block mb="xs">
          {block.text}
        </Code>
      );
  }
  return null;
}

/** A note rendered from Markdown as React elements (never as HTML): see `parseMarkdown`. */
export function MarkdownView({ source }: { source: string }) {
  return (
    <Box data-testid="markdown">
      {parseMarkdown(source).map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
        <BlockView key={i} block={block} />
      ))}
    </Box>
  );
}

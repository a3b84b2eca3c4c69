// Small builders for the mdast nodes of generated pages: JSX elements with string attributes,
// paragraphs and text. Attribute values and text are data; the serialiser escapes both.
import type { PhrasingContent, RootContent, Paragraph, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type Attributes = Record<string, string | number | boolean | null | undefined>;

function attributesOf(attributes: Attributes): MdxJsxFlowElement['attributes'] {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value: value === true ? null : encodeAmpersands(String(value)) }));
}

/** MDX decodes character references in attribute values; the serialiser leaves `&` as it is, so a
 * literal `&amp;` in seed text would come back as `&`. Encoding every `&` makes the round trip exact. */
function encodeAmpersands(value: string): string {
  return value.replaceAll('&', '&amp;');
}

export function block(name: string, attributes: Attributes, children: RootContent[] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributesOf(attributes), children: children as MdxJsxFlowElement['children'] };
}

export function inline(name: string, attributes: Attributes, children: PhrasingContent[] = []): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributesOf(attributes), children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

export function paragraph(children: PhrasingContent[] | string): Paragraph {
  return { type: 'paragraph', children: typeof children === 'string' ? [text(children)] : children };
}

import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element of a parsed SVG: its tag, attributes, text and children. */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  children: SvgNode[];
}

type Raw = Record<string, unknown>;

function convert(raw: Raw[]): SvgNode[] {
  const out: SvgNode[] = [];
  for (const item of raw) {
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (!tag || tag === '#text') continue;
    const children = (item[tag] as Raw[]) ?? [];
    const text = children.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
    out.push({ tag, attrs: (item[':@'] as Record<string, string>) ?? {}, text, children: convert(children) });
  }
  return out;
}

/** Parses SVG text (throws when it is not well-formed XML). */
export function parseSvg(svg: string): SvgNode {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`SVG is not well-formed: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: false });
  const root = convert(parser.parse(svg) as Raw[])[0];
  if (!root) throw new Error('empty SVG');
  return root;
}

/** Every element under `node` (itself included), depth first. */
export function all(node: SvgNode): SvgNode[] {
  return [node, ...node.children.flatMap(all)];
}

/** Elements whose class list holds `name`. */
export function byClass(node: SvgNode, name: string): SvgNode[] {
  return all(node).filter((n) => (n.attrs.class ?? '').split(/\s+/).includes(name));
}

/** The (x, y) of a translate(x y) transform. */
export function translation(node: SvgNode): { x: number; y: number } {
  const m = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(node.attrs.transform ?? '');
  if (!m) throw new Error(`no translate() on <${node.tag}>`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** A number attribute. */
export function num(node: SvgNode, name: string): number {
  const v = Number(node.attrs[name]);
  if (!Number.isFinite(v)) throw new Error(`<${node.tag}> has no numeric ${name}`);
  return v;
}

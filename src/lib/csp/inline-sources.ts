/**
 * Hashes of the <script> and <style> elements written out in the site's .astro files, for the
 * Content Security Policy. Astro hashes the scripts and styles it bundles; an `is:inline` script (the
 * settings script that must run before first paint, the map page's no-JS switch) or a <style> inside
 * <noscript> reaches the page as written, so its hash is taken here from the source, at build time.
 *
 * Only text written in the source counts: a script that reached a page any other way — through data,
 * set:html or define:vars — has no hash, is blocked by the browser, and fails the build check
 * (check.ts). Every <style> is hashed, bundled or not: a hash allows only that exact text.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';

export interface InlineHashes {
  /** 'sha256-…' of each script's text. */
  scripts: `sha256-${string}`[];
  /** 'sha256-…' of each style's text. */
  styles: `sha256-${string}`[];
}

/** A CSP hash source of a text, as the browser computes it (SHA-256 of its UTF-8 bytes, base64). */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Script types the browser runs; any other type (application/json, …) is a data block CSP ignores. */
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

interface AstNode {
  type?: string;
  [key: string]: unknown;
}
interface JsxAttribute {
  type: string;
  name?: { name?: string; namespace?: { name?: string }; property?: { name?: string } };
  value?: { type?: string; value?: unknown } | null;
}

function attributeName(a: JsxAttribute): string {
  const n = a.name;
  if (!n) return '';
  if (n.namespace?.name && n.property?.name) return `${n.namespace.name}:${n.property.name}`;
  return n.name ?? '';
}

/** Every node of the parsed file, depth first. */
function* nodes(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  yield node as AstNode;
  for (const value of Object.values(node)) if (value && typeof value === 'object') yield* nodes(value);
}

/**
 * The texts of the <script> and <style> elements of one .astro file as they reach the page: static
 * text only (a `define:vars` script is rebuilt per page and left out), runnable scripts only.
 */
export function inlineBlocks(source: string): { tag: 'script' | 'style'; text: string }[] {
  const { ast } = parse(source);
  const out: { tag: 'script' | 'style'; text: string }[] = [];
  for (const node of nodes(ast)) {
    if (node.type !== 'JSXElement') continue;
    const opening = node.openingElement as { name?: { name?: string }; attributes?: JsxAttribute[]; end: number; selfClosing?: boolean };
    const closing = node.closingElement as { start: number } | null;
    const tag = opening.name?.name;
    if ((tag !== 'script' && tag !== 'style') || opening.selfClosing || !closing) continue;
    const attributes = new Map((opening.attributes ?? []).map((a) => [attributeName(a), a.value?.value]));
    if (attributes.has('define:vars') || attributes.has('set:html') || attributes.has('set:text')) continue;
    if (tag === 'script') {
      // Astro bundles a script with no attributes (and hashes the bundle itself); one with any is left as written.
      if (attributes.size === 0 || attributes.has('src')) continue;
      const type = attributes.get('type');
      if (!RUNNABLE_TYPES.has(typeof type === 'string' ? type.trim().toLowerCase() : '')) continue;
    }
    const text = source.slice(opening.end, closing.start);
    if (text.trim()) out.push({ tag, text });
  }
  return out;
}

/** Every .astro file under a folder. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Hashes of the inline scripts and styles of every .astro file under `srcDir`. */
export function inlineHashes(srcDir: string): InlineHashes {
  const scripts = new Set<`sha256-${string}`>();
  const styles = new Set<`sha256-${string}`>();
  for (const file of astroFiles(srcDir)) {
    for (const block of inlineBlocks(readFileSync(file, 'utf8'))) (block.tag === 'script' ? scripts : styles).add(cspHash(block.text));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

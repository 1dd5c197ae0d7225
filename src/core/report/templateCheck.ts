/**
 * Checks a report template before anything is generated: every `{{name}}` is one the report's data
 * has (else "did you mean" the nearest), every section closes where it opened, and a section that
 * opens in a table row closes in that same row (the row is what it repeats). The template is read
 * as blocks (the declaration's shape, which the CLI reads back from any .docx).
 */
import { foldText } from '../text';
import type { Block } from './document';
import { isSectionStart, type ReportData, type ReportValue, scanTags, type Tag } from './language';

export type TemplateProblemKind = 'unknown' | 'unclosed' | 'unopened' | 'crossesRow';

export interface TemplateProblem {
  kind: TemplateProblemKind;
  /** The tag's name, e.g. "members" or "clubs". */
  name: string;
  /** The nearest name the data has, for an unknown one. */
  suggestion?: string;
  /** The text around the tag, to find it in the document. */
  context: string;
}

interface Unit {
  text: string;
  /** The table row the paragraph sits in ("t1r2"), none outside tables. */
  row?: string;
}

function units(blocks: Block[], row?: string, counter = { tables: 0 }): Unit[] {
  return blocks.flatMap((block): Unit[] => {
    if (block.kind === 'paragraph') return [{ text: block.runs.map((r) => r.text).join(''), row }];
    const table = ++counter.tables;
    return block.rows.flatMap((r, i) => r.cells.flatMap((cell) => units(cell.blocks, row ?? `t${table}r${i}`, counter)));
  });
}

/** The names a scope offers: a record's keys, every item's keys for a list of records. */
function keysOf(value: ReportValue | undefined): Set<string> | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined; // nothing to check the content against
    return new Set(value.flatMap((item) => Object.keys(item)));
  }
  if (value !== null && typeof value === 'object') return new Set(Object.keys(value));
  return new Set();
}

/** Edit distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The known name nearest to an unknown one, when it is near enough to be a typo. */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  const target = foldText(name).replace(/\s+/g, '_');
  let best: { key: string; d: number } | undefined;
  for (const key of known) {
    const d = distance(target, foldText(key));
    if (!best || d < best.d) best = { key, d };
  }
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.key : undefined;
}

const contextOf = (unit: Unit, tag: Tag) => unit.text.slice(Math.max(0, tag.start - 30), tag.end + 30).trim();

interface Open {
  tag: Tag;
  unit: Unit;
  /** Names inside this section, or undefined when they cannot be known (an empty list). */
  keys: Set<string> | undefined;
}

export function checkTemplate(blocks: Block[], data: ReportData): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const stack: Open[] = [];
  const top = new Set(Object.keys(data));
  /** Where a name is looked up: the innermost section first, then outwards, as the renderers do. */
  const known = (name: string): boolean | undefined => {
    const head = name.split('.')[0];
    if (name === '.' || top.has(head)) return true;
    for (const open of stack) {
      if (open.keys === undefined) return undefined;
      if (open.keys.has(head)) return true;
    }
    return false;
  };
  const allNames = () => new Set([...top, ...stack.flatMap((o) => [...(o.keys ?? [])])]);
  /** A section's value: from the data at the top, or from the first item that has it inside lists. */
  const sectionValue = (name: string): ReportValue | undefined => {
    if (Object.hasOwn(data, name)) return data[name];
    for (let i = stack.length - 1; i >= 0; i--) {
      const outer = stack[i].tag.name;
      const list = data[outer];
      if (Array.isArray(list)) for (const item of list) if (Object.hasOwn(item, name)) return item[name];
    }
    return undefined;
  };

  for (const unit of units(blocks)) {
    for (const tag of scanTags(unit.text)) {
      if (isSectionStart(tag) || tag.type === 'value') {
        const isKnown = known(tag.name);
        if (isKnown === false)
          problems.push({ kind: 'unknown', name: tag.name, suggestion: nearestName(tag.name, allNames()), context: contextOf(unit, tag) });
        if (isSectionStart(tag)) stack.push({ tag, unit, keys: tag.type === 'inverted' ? new Set() : keysOf(sectionValue(tag.name)) });
        continue;
      }
      const at = stack.map((o) => o.tag.name).lastIndexOf(tag.name);
      if (at < 0) {
        problems.push({ kind: 'unopened', name: tag.name, context: contextOf(unit, tag) });
        continue;
      }
      for (const left of stack.splice(at + 1))
        problems.push({ kind: 'unclosed', name: left.tag.name, context: contextOf(left.unit, left.tag) });
      const open = stack.pop()!;
      if (open.unit.row !== unit.row && (open.unit.row !== undefined || unit.row !== undefined)) {
        problems.push({ kind: 'crossesRow', name: tag.name, context: contextOf(open.unit, open.tag) });
      }
    }
  }
  for (const left of stack) problems.push({ kind: 'unclosed', name: left.tag.name, context: contextOf(left.unit, left.tag) });
  return problems;
}

/**
 * A `.env` parser that reads keys and values the way `dotenv.parse` does (its default parser;
 * checked against dotenv 18 on generated files) and keeps where each one is written, so findings
 * land on the value.
 *
 * The grammar dotenv accepts, one assignment per match:
 *   [export <ws>] KEY (<ws>* '=' | ':' <ws>) VALUE [<ws>* '#' comment]
 * - KEY is `[A-Za-z0-9_.-]+`.
 * - VALUE is single-, double- or back-quoted (may span lines; `\"` does not end a double-quoted
 *   value, but stays in it with its backslash), or else the rest of the line up to the first `#`,
 *   trimmed. A quoted value must be followed by nothing but spaces and a comment on its closing
 *   line, otherwise dotenv tries an earlier `\"` as the end, and then reads the line unquoted.
 * - In a value whose text starts with `"`, `\n` and `\r` become a newline and a carriage return.
 *   There are no other escapes. Line endings are `\n`, `\r\n` or `\r`. A later key wins.
 *
 * Where dotenv silently skips a line (no `=`, a key with spaces, a stray quote), this parser
 * reports a parse error instead: a line dotenv ignores is a variable the app never gets.
 */

export interface Position {
  /** 1-based. */
  line: number;
  /** 0-based. */
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

interface BaseNode {
  range: [number, number];
  loc: SourceLocation;
}

export interface KeyNode extends BaseNode {
  type: 'Key';
  name: string;
}

export type Quote = "'" | '"' | '`';

export interface ValueNode extends BaseNode {
  type: 'Value';
  /** The value as `dotenv.parse` returns it. */
  value: string;
  /** The quote the value is written in, `null` when it is unquoted. The range includes the quotes. */
  quote: Quote | null;
}

export interface VariableNode extends BaseNode {
  type: 'Variable';
  exported: boolean;
  key: KeyNode;
  value: ValueNode;
}

export interface CommentNode extends BaseNode {
  type: 'Comment';
  /** The text after `#`. */
  value: string;
}

export interface DocumentNode extends BaseNode {
  type: 'Document';
  body: VariableNode[];
  comments: CommentNode[];
}

export type DotenvNode = DocumentNode | VariableNode | KeyNode | ValueNode;

export const visitorKeys: Record<DotenvNode['type'], string[]> = {
  Document: ['body'],
  Variable: ['key', 'value'],
  Key: [],
  Value: [],
};

export interface ParseError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, as ESLint prints it. */
  column: number;
}

export type ParseResult = { ok: true; ast: DocumentNode } | { ok: false; errors: ParseError[] };

const WHITESPACE = /\s/u;
const KEY_CHAR = /[\w.-]/u;
const QUOTES = new Set(["'", '"', '`']);

const isSpace = (char: string | undefined): boolean => char !== undefined && char !== '\n' && WHITESPACE.test(char);

interface Statement {
  /** Offsets in the normalized text. */
  start: number;
  exported: boolean;
  key: [number, number];
  value: [number, number];
  quote: Quote | null;
  text: string;
  comment?: [number, number];
  /** Where the next statement may start (the end of the value's last line). */
  end: number;
}

/** Parses `.env` text. Never throws: a line dotenv would skip is a parse error. */
export function parse(text: string): ParseResult {
  // dotenv reads `\r\n` and a lone `\r` as `\n`. Offsets are kept in the original text.
  const normalized = text.replace(/\r\n?/gu, '\n');
  const toOriginal = offsetMap(text, normalized);
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) lineStarts.push(index + 1);
  }
  const position = (normalizedOffset: number): Position => {
    const offset = toOriginal(normalizedOffset);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! };
  };
  const node = <T extends string>(type: T, start: number, end: number) => ({
    type,
    range: [toOriginal(start), toOriginal(end)] as [number, number],
    loc: { start: position(start), end: position(end) },
  });

  const body: VariableNode[] = [];
  const comments: CommentNode[] = [];
  const errors: ParseError[] = [];
  let offset = 0;
  while (offset <= normalized.length) {
    const lineEnd = endOfLine(normalized, offset);
    let first = offset;
    while (isSpace(normalized[first])) first++;
    if (first === lineEnd) {
      offset = lineEnd + 1;
      continue;
    }
    if (normalized[first] === '#') {
      comments.push({ ...node('Comment', first, lineEnd), value: normalized.slice(first + 1, lineEnd) });
      offset = lineEnd + 1;
      continue;
    }
    const statement = readStatement(normalized, first);
    if (!statement) {
      const { line, column } = position(first);
      errors.push({
        line,
        column: column + 1,
        message: 'Expected KEY=value or a # comment: dotenv ignores this line, so the app never gets this variable.',
      });
      offset = lineEnd + 1;
      continue;
    }
    const key = { ...node('Key', ...statement.key), name: normalized.slice(...statement.key) };
    const value = { ...node('Value', ...statement.value), value: statement.text, quote: statement.quote };
    body.push({ ...node('Variable', statement.start, statement.value[1]), exported: statement.exported, key, value });
    if (statement.comment) {
      comments.push({ ...node('Comment', ...statement.comment), value: normalized.slice(statement.comment[0] + 1, statement.comment[1]) });
    }
    offset = statement.end + 1;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ast: { ...node('Document', 0, normalized.length), body, comments } };
}

/** An offset in the normalized text to the same place in the original text. */
function offsetMap(original: string, normalized: string): (offset: number) => number {
  if (original.length === normalized.length) return (offset) => offset;
  const map: number[] = [];
  for (let index = 0; index < original.length; index++) {
    // A `\r\n` pair is one `\n` in the normalized text: it maps to the `\r`, where the line ends.
    if (original[index] === '\n' && original[index - 1] === '\r') continue;
    map.push(index);
  }
  map.push(original.length);
  return (offset) => map[offset]!;
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** One assignment starting at the first non-space character of a line, or `undefined` if dotenv skips the line. */
function readStatement(text: string, start: number): Statement | undefined {
  // `export KEY=…`, unless `export` is itself the key (`export=1`, `export = 1`).
  if (text.startsWith('export', start) && isSpace(text[start + 6])) {
    let keyStart = start + 6;
    while (isSpace(text[keyStart])) keyStart++;
    const statement = readAssignment(text, start, keyStart, true);
    if (statement) return statement;
  }
  return readAssignment(text, start, start, false);
}

function readAssignment(text: string, start: number, keyStart: number, exported: boolean): Statement | undefined {
  let keyEnd = keyStart;
  while (keyEnd < text.length && KEY_CHAR.test(text[keyEnd]!)) keyEnd++;
  if (keyEnd === keyStart) return undefined;
  let separator = keyEnd;
  while (isSpace(text[separator])) separator++;
  let valueStart: number;
  if (text[separator] === '=') valueStart = separator + 1;
  else if (text[keyEnd] === ':' && text[keyEnd + 1] !== undefined && WHITESPACE.test(text[keyEnd + 1]!)) {
    // `KEY: value` needs one whitespace character after the colon, and dotenv lets that be a newline.
    valueStart = keyEnd + 2;
  } else return undefined;
  const base = { start, exported, key: [keyStart, keyEnd] as [number, number] };
  return readQuoted(text, valueStart, base) ?? readUnquoted(text, valueStart, base);
}

type Head = Pick<Statement, 'start' | 'exported' | 'key'>;

/**
 * A quoted value. dotenv looks for the quote past any whitespace, newlines included. It ends at the
 * first quote not preceded by a backslash; if the rest of that line is not blank or a comment,
 * dotenv tries each earlier backslash-quote as the end instead, last first.
 */
function readQuoted(text: string, valueStart: number, head: Head): Statement | undefined {
  let open = valueStart;
  while (open < text.length && WHITESPACE.test(text[open]!)) open++;
  const quote = text[open];
  if (quote === undefined || !QUOTES.has(quote)) return undefined;
  const escaped: number[] = [];
  let close = -1;
  for (let index = open + 1; index < text.length; index++) {
    if (text[index] === '\\' && text[index + 1] === quote) {
      escaped.push(index + 1);
      index++;
    } else if (text[index] === quote) {
      close = index;
      break;
    }
  }
  const candidates = close === -1 ? escaped.reverse() : [close, ...escaped.reverse()];
  for (const candidate of candidates) {
    const tail = readTail(text, candidate + 1);
    if (!tail) continue;
    let value = text.slice(open + 1, candidate);
    if (quote === '"') value = expandEscapes(value);
    return { ...head, value: [open, candidate + 1], quote: quote as Quote, text: value, ...tail };
  }
  return undefined;
}

/** After a closing quote: spaces and an optional comment up to the end of the line. */
function readTail(text: string, offset: number): Pick<Statement, 'comment' | 'end'> | undefined {
  const lineEnd = endOfLine(text, offset);
  let index = offset;
  while (isSpace(text[index])) index++;
  if (index === lineEnd) return { end: lineEnd };
  if (text[index] === '#') return { end: lineEnd, comment: [index, lineEnd] };
  return undefined;
}

/** An unquoted value: the rest of the line up to the first `#`, trimmed. */
function readUnquoted(text: string, valueStart: number, head: Head): Statement {
  const lineEnd = endOfLine(text, valueStart);
  const hash = text.indexOf('#', valueStart);
  const end = hash !== -1 && hash < lineEnd ? hash : lineEnd;
  let first = valueStart;
  let last = end;
  while (first < last && WHITESPACE.test(text[first]!)) first++;
  while (last > first && WHITESPACE.test(text[last - 1]!)) last--;
  let value = text.slice(first, last);
  const opening = value[0];
  // dotenv strips a pair of matching quotes around an unquoted value too (`A='x' # c` read as text),
  // and expands `\n` in any value whose text starts with a double quote.
  if (value.length >= 2 && opening !== undefined && QUOTES.has(opening) && value.endsWith(opening)) value = value.slice(1, -1);
  if (opening === '"') value = expandEscapes(value);
  const comment: [number, number] | undefined = end < lineEnd ? [end, lineEnd] : undefined;
  return { ...head, value: [first, last], quote: null, text: value, end: lineEnd, ...(comment ? { comment } : {}) };
}

function expandEscapes(value: string): string {
  return value.replaceAll('\\n', '\n').replaceAll('\\r', '\r');
}

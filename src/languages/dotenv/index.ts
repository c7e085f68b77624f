/**
 * The `.env` language (`language: 'secure-jwt/dotenv'`), for ESLint 9's languages API: the file is
 * parsed as dotenv reads it into a Document of Variables, each with a Key and a Value.
 */
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { parse, visitorKeys, type DocumentNode, type DotenvNode } from './parser.js';
import { createDotenvSourceCode, type DotenvSourceCode } from './source-code.js';

type DotenvLanguageOptions = Record<string, never>;

export const dotenvLanguage: Language<{
  LangOptions: DotenvLanguageOptions;
  Code: DotenvSourceCode;
  RootNode: DocumentNode;
  Node: DotenvNode;
}> = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  visitorKeys,
  defaultLanguageOptions: {},
  // The language has no options. JavaScript options from configs without `files` (`globals`,
  // `parser`, `sourceType`) reach `.env` files too, so anything given is accepted and ignored.
  validateLanguageOptions() {},
  parse(file: File): ParseResult<DocumentNode> {
    const result = parse(String(file.body));
    return result.ok ? { ok: true, ast: result.ast } : { ok: false, errors: result.errors };
  },
  createSourceCode(file: File, input: OkParseResult<DocumentNode>) {
    return createDotenvSourceCode({ text: String(file.body), ast: input.ast });
  },
};

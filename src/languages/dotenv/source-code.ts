import { createRequire } from 'node:module';
import type { FileProblem, RulesConfig, SourceLocation as CoreLocation } from '@eslint/core';
import type * as PluginKit from '@eslint/plugin-kit';
import type { Directive, VisitNodeStep } from '@eslint/plugin-kit';
import { visitorKeys, type CommentNode, type DocumentNode, type DotenvNode } from './parser.js';

type InlineConfig = { config: { rules: RulesConfig }; loc: CoreLocation };
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

type Element = DotenvNode | CommentNode;
type Options = {
  LangOptions: Record<string, never>;
  RootNode: DocumentNode;
  SyntaxElementWithLoc: Element;
  ConfigNode: CommentNode;
};

/**
 * A `.env` file as rules see it (`context.sourceCode`): text, lines, locations, parents, and
 * `# eslint-disable…` / `# eslint …` comments, which work as in JavaScript. The class is made on
 * first use: @eslint/plugin-kit costs loading time that a run without `.env` files never needs.
 */
function defineDotenvSourceCode(kit: typeof PluginKit): new (init: { text: string; ast: DocumentNode }) => DotenvSourceCode {
  const commentParser = new kit.ConfigCommentParser();
  return class DotenvSourceCode extends kit.TextSourceCodeBase<Options> {
    override ast: DocumentNode;
    readonly comments: CommentNode[];
    readonly visitorKeys = visitorKeys;
    readonly #parents = new WeakMap<DotenvNode, DotenvNode>();
    #steps: VisitNodeStep[] | undefined;

    constructor({ text, ast }: { text: string; ast: DocumentNode }) {
      super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
      this.ast = ast;
      this.comments = ast.comments;
      for (const variable of ast.body) {
        this.#parents.set(variable, ast);
        this.#parents.set(variable.key, variable);
        this.#parents.set(variable.value, variable);
      }
    }

    override getParent(node: Element): Element | undefined {
      return node.type === 'Comment' ? undefined : this.#parents.get(node);
    }

    /** Document, then each Variable with its Key and Value, entering and leaving. */
    override traverse(): Iterable<VisitNodeStep> {
      if (!this.#steps) {
        const steps: VisitNodeStep[] = [];
        const visit = (node: DotenvNode, parent: DotenvNode | undefined, children: DotenvNode[]): void => {
          steps.push(new kit.VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
          for (const child of children) visit(child, node, []);
          steps.push(new kit.VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
        };
        steps.push(new kit.VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, undefined] }));
        for (const variable of this.ast.body) visit(variable, this.ast, [variable.key, variable.value]);
        steps.push(new kit.VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, undefined] }));
        this.#steps = steps;
      }
      return this.#steps;
    }

    /** The `#` comments. JavaScript rules that a config without `files` also runs here ask for them. */
    getAllComments(): CommentNode[] {
      return this.comments;
    }

    getInlineConfigNodes(): CommentNode[] {
      return this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    }

    getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
      const problems: FileProblem[] = [];
      const directives: Directive[] = [];
      for (const comment of this.getInlineConfigNodes()) {
        const directive = commentParser.parseDirective(comment.value);
        if (!directive || directive.label === 'eslint') continue;
        directives.push(
          new kit.Directive({
            type: directive.label.slice('eslint-'.length) as Directive['type'],
            node: comment,
            value: directive.value,
            justification: directive.justification,
          }),
        );
      }
      return { problems, directives };
    }

    applyInlineConfig(): { problems: FileProblem[]; configs: InlineConfig[] } {
      const problems: FileProblem[] = [];
      const configs: InlineConfig[] = [];
      for (const comment of this.getInlineConfigNodes()) {
        const directive = commentParser.parseDirective(comment.value);
        if (directive?.label !== 'eslint') continue;
        const result = commentParser.parseJSONLikeConfig(directive.value);
        if (result.ok) configs.push({ config: { rules: result.config as RulesConfig }, loc: comment.loc });
        else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
      }
      return { problems, configs };
    }
  };
}

/** What ESLint and the rules see; declared, not inferred, so the published types stay plain. */
export type DotenvSourceCode = PluginKit.TextSourceCodeBase<Options>;

let sourceCodeClass: ReturnType<typeof defineDotenvSourceCode> | undefined;

export function createDotenvSourceCode(init: { text: string; ast: DocumentNode }): DotenvSourceCode {
  sourceCodeClass ??= defineDotenvSourceCode(createRequire(import.meta.url)('@eslint/plugin-kit') as typeof PluginKit);
  return new sourceCodeClass(init);
}

/**
 * The data-row format of the library tests. Each library has `tests/libraries/<library>.test.ts`
 * holding rows; `testLibrary` (in generator.ts) expands every row across binding styles and checks
 * every rule's reports and first suggestion.
 *
 * A row's code never imports the library itself: it writes `$name` where it uses the export
 * `name` (`$expressjwt({ secret })`, `$JwtModule.register(…)`, `constructor(private s: $JwtService)`)
 * and `$default` where it uses the module itself (`require('koa-jwt')` or its default import).
 * The generator writes the import for each style:
 *   esm-named      import { expressjwt } from 'express-jwt';          $expressjwt → expressjwt
 *   esm-alias      import { expressjwt as expressjwt_ } from '…';     $expressjwt → expressjwt_
 *   esm-namespace  import * as lib from '…';                           $expressjwt → lib.expressjwt
 *   cjs-destructure const { expressjwt } = require('…');
 *   cjs-member     const lib = require('…');                           $expressjwt → lib.expressjwt
 *   ts             esm-named in a .ts file
 * `$default` is `import lib from '…'` / `const lib = require('…')`.
 * A row that needs another module too (`@nestjs/passport`, `fastify`) imports it in its own code.
 */
export type RuleName = 'no-hardcoded-secret' | 'require-expiration' | 'require-algorithms' | (string & {});

export type BindingStyle = 'esm-named' | 'esm-alias' | 'esm-namespace' | 'cjs-destructure' | 'cjs-member' | 'ts';

export interface LibraryRow {
  /** What the row shows, e.g. 'expressjwt with a literal secret'. */
  readonly name: string;
  /** Code with `$export` placeholders (see above). */
  readonly code: string;
  /**
   * How many reports each rule makes on the code, by messageId (`{ 'no-hardcoded-secret': ['hardcodedSecret'] }`).
   * Rules not listed must report nothing: a row is a near miss unless it says otherwise.
   */
  readonly reports?: Partial<Record<RuleName, readonly string[]>>;
  /**
   * The code after applying the first suggestion of the first report of a rule (same placeholders).
   * Checked where given; the messageIds in `reports` are checked always.
   */
  readonly fixed?: Partial<Record<RuleName, string>>;
  /** Only these styles (e.g. `['ts']` for code with type annotations); default: all. */
  readonly styles?: readonly BindingStyle[];
}

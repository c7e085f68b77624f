/**
 * eslint-doc-generator 3.x: keeps the README rules/configs tables, the rule doc headers and the
 * rule option lists in sync with the plugin's rule meta. Run `npm run docs`; CI runs `npm run docs:check`.
 *
 * Config emojis: `recommended` (✅), `strict` (🔒) and `all` (🌐) have built-in defaults; `dotenv` is set here.
 *
 * @type {import('eslint-doc-generator').GenerateOptions}
 */
const config = {
  // The eslintrc preset mirrors `recommended`: listing it again in every table adds nothing.
  ignoreConfig: ['recommended-legacy'],
  ruleDocTitleFormat: 'prefix-name',
  configEmoji: [['dotenv', '🔑']],
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'configsWarn',
    'configsOff',
    'fixable',
    'hasSuggestions',
    'options',
    'deprecated',
  ],
};

export default config;

#!/usr/bin/env bash
# End-to-end tests of the packed plugin, as users install it (run `npm run build` first).
#
# Packs the plugin (`npm pack`), checks the tarball with publint and @arethetypeswrong/cli, then in
# scratch projects in a temp dir:
#   ESLint 8.57, 9 and 10 (one project each, the tarball installed with that ESLint):
#     (a) ESM eslint.config.js (plain, --cache twice, --concurrency 2 on 9 and 10);
#     (b) CommonJS eslint.config.cjs; (c) an ESM config that also loads a CommonJS shared config
#         (one plugin object, or ESLint fails with "Cannot redefine plugin"); `import` === `require`;
#     (d) eslint.config.ts (9 and 10) and user config types: a misspelled rule option fails tsc;
#     the audit command with that ESLint;
#     (e) the eslintrc preset `recommended-legacy` (8, and 9 with ESLINT_USE_FLAT_CONFIG=false).
#     (f) on 9 and 10, the .env files of the example app with configs.dotenv (the dotenv language).
#     Every lint must exit 1 and report exactly examples/expected.json (its code findings, and its
#     .env findings for (f)).
#   audit: a JavaScript-only consumer (the tarball alone: no typescript in node_modules) runs
#     `npx eslint-plugin-secure-jwt` on the example app: --no-install (TypeScript files named as
#     skipped), then text (before/after fixes), json and sarif (fetching the parser and the SARIF
#     formatter through npm exec), the SARIF validated against the SARIF 2.1.0 schema; exit codes 0/1/2.
#   lsp: vscode-eslint-language-server over stdio (tests/e2e/lsp.mjs): pull diagnostic and quick fix.
#   oxlint: its JS plugins load the package and report the same findings.
# Prints one PASS/FAIL line per part; exits non-zero if any failed.
#
# Environment: SMOKE_ESLINT="8=~8.57.0 9=^9.39 10=^10" (label=version range, space-separated) picks
# the ESLint versions; SMOKE_KEEP=1 keeps the temp dir.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Pinned, so a new release cannot break CI unannounced.
OXLINT_VERSION=1.94.0
TSESLINT_VERSION=8.72.0
TYPESCRIPT_VERSION=6.0.3
LANGSERVERS_VERSION=4.10.0
findings_js="$repo/scripts/findings.js"
# examples/expected.json lists the code findings and the .env findings; JavaScript linting (any
# ESLint, oxlint) is compared with the first, the dotenv language (ESLint 9+) with the second.
expected="$(mktemp --suffix=.json -t secure-jwt-expected-js.XXXXXX)"
expected_env="$(mktemp --suffix=.json -t secure-jwt-expected-env.XXXXXX)"
node -e '
  const fs = require("node:fs");
  const all = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const isEnv = (finding) => /(^|\/)\.env(\.|$)/u.test(finding.file);
  // Project checks of the audit command (a .env file git tracks) are not lint findings.
  const lint = all.filter((finding) => !/^secure-jwt\/env-/u.test(finding.ruleId));
  fs.writeFileSync(process.argv[2], JSON.stringify(lint.filter((finding) => !isEnv(finding))));
  fs.writeFileSync(process.argv[3], JSON.stringify(lint.filter(isEnv)));
' "$repo/examples/expected.json" "$expected" "$expected_env"
# Sequential installs share npm's cache; --prefer-offline skips revalidating what is cached.
npm_install() {
  npm install --no-audit --no-fund --silent --prefer-offline "$@"
}

# Lints src/ in the current project with the given extra arguments; checks the exit code and findings.
lint() {
  local name=$1
  shift
  local out="$PWD/$name.json" err="$PWD/$name.stderr" rc=0
  npx eslint --format json "$@" src >"$out" 2>"$err" || rc=$?
  if [[ $rc -ne 1 ]]; then
    echo "  $name: eslint exited $rc, expected 1 (findings are errors)" >&2
    cat "$err" >&2
    return 1
  fi
  if ! node "$findings_js" "$out" "$PWD" "$expected" >"$PWD/$name.check" 2>&1; then
    echo "  $name:" >&2
    cat "$PWD/$name.check" >&2
    return 1
  fi
  echo "  $name: $(cat "$PWD/$name.check")"
}

# The example app's settings (examples/eslint.config.js) as a plain array, for configs that cannot
# use eslint/config (ESLint < 9.22) and for the CommonJS and mixed variants.
config_body() {
  cat <<'EOF'
const nodeGlobals = { Buffer: 'readonly', console: 'readonly', process: 'readonly', TextEncoder: 'readonly', URL: 'readonly' };
const appConfig = (secureJwt, tsParser) => [
  secureJwt.configs.recommended,
  { languageOptions: { globals: nodeGlobals } },
  { files: ['src/**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
];
EOF
}

# One ESLint version in its own scratch project; runs in a child bash so `set -e` stops at the first failure.
run_one() {
  local label=$1 spec=$2 tarball=$3 work=$4
  local project="$work/eslint-$label"
  mkdir -p "$project"
  cd "$project"
  printf '{ "name": "secure-jwt-smoke-eslint-%s", "private": true, "type": "module" }\n' "$label" >package.json
  local extra=()
  # ESLint 9 and 10 load eslint.config.ts through jiti on Node 20 (no type stripping there).
  [[ $label != 8 ]] && extra+=(jiti@^2)
  npm_install "$tarball" "eslint@$spec" "typescript-eslint@$TSESLINT_VERSION" "@typescript-eslint/parser@$TSESLINT_VERSION" "typescript@$TYPESCRIPT_VERSION" "${extra[@]}"

  local eslint_version plugin_version
  eslint_version="$(npx eslint --version)"
  plugin_version="$(node -p "require('eslint-plugin-secure-jwt/package.json').version")"
  echo "  installed: eslint $eslint_version, eslint-plugin-secure-jwt $plugin_version"
  if [[ "$eslint_version" != "v$label".* ]]; then
    echo "  eslint@$spec installed $eslint_version, not ESLint $label" >&2
    return 1
  fi
  echo "$eslint_version" >"$project/eslint-version"

  cp -R "$repo/examples/src" src

  # One plugin object: ESLint compares plugins by identity.
  node --input-type=module -e '
    import { createRequire } from "node:module";
    const imported = (await import("eslint-plugin-secure-jwt")).default;
    const required = createRequire(import.meta.url)("eslint-plugin-secure-jwt");
    if (imported !== required) { console.error("  import and require give two plugin objects"); process.exit(1); }
    if (!required.configs["recommended-legacy"]) { console.error("  no recommended-legacy config"); process.exit(1); }
  '
  echo "  one object: import and require return the same plugin"

  # (a) ESM config: the example app's own config file (defineConfig from eslint/config needs 9.22).
  if [[ $label == 8 ]]; then
    { echo "import secureJwt from 'eslint-plugin-secure-jwt';"; echo "import tseslint from 'typescript-eslint';"; config_body
      echo 'export default appConfig(secureJwt, tseslint.parser);'; } >eslint.config.js
  else
    cp "$repo/examples/eslint.config.js" eslint.config.js
  fi
  lint esm
  lint esm-cache-1 --cache --cache-location "$project/.eslintcache"
  if [[ ! -s "$project/.eslintcache" ]]; then
    echo "  --cache wrote no cache file at $project/.eslintcache" >&2
    return 1
  fi
  lint esm-cache-2 --cache --cache-location "$project/.eslintcache"
  [[ $label != 8 ]] && lint esm-concurrency --concurrency 2

  # (b) CommonJS config, loaded with require().
  rm eslint.config.js
  { echo "const secureJwt = require('eslint-plugin-secure-jwt');"; echo "const tseslint = require('typescript-eslint');"; config_body
    echo 'module.exports = appConfig(secureJwt, tseslint.parser);'; } >eslint.config.cjs
  lint cjs
  rm eslint.config.cjs

  # (c) Mixed: an ESM config that uses a CommonJS shared config (a company preset) and adds the
  # plugin itself; with two plugin objects ESLint stops with "Cannot redefine plugin secure-jwt".
  { echo "const secureJwt = require('eslint-plugin-secure-jwt');"; echo "const tseslint = require('typescript-eslint');"; config_body
    echo 'module.exports = appConfig(secureJwt, tseslint.parser);'; } >shared-config.cjs
  cat >eslint.config.js <<'EOF'
import secureJwt from 'eslint-plugin-secure-jwt';
import shared from './shared-config.cjs';

export default [
  ...shared,
  { plugins: { 'secure-jwt': secureJwt }, rules: { 'secure-jwt/require-expiration': ['error', { defaultExpiresIn: '15m' }] } },
];
EOF
  lint mixed
  rm eslint.config.js

  # (d) TypeScript config file and user config types (ESLint 9 and 10: eslint/config and .ts configs).
  if [[ $label != 8 ]]; then
    cat >eslint.config.ts <<'EOF'
import { defineConfig } from 'eslint/config';
import secureJwt, { type SecureJwtRules } from 'eslint-plugin-secure-jwt';
import tseslint from 'typescript-eslint';

const rules = { 'secure-jwt/require-expiration': ['error', { defaultExpiresIn: '15m' }] } satisfies SecureJwtRules;

export default defineConfig([
  secureJwt.configs.recommended,
  { rules },
  { languageOptions: { globals: { Buffer: 'readonly', console: 'readonly', process: 'readonly', TextEncoder: 'readonly', URL: 'readonly' } } },
  { files: ['src/**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
]);
EOF
    lint ts-config
    rm eslint.config.ts
    cat >config-types.mts <<'EOF'
import { defineConfig } from 'eslint/config';
import type { Linter } from 'eslint';
import secureJwt, { type RuleOptions, type SecureJwtRules } from 'eslint-plugin-secure-jwt';

export default defineConfig(
  { extends: [secureJwt.configs.recommended] },
  secureJwt.configs.all,
  { plugins: { 'secure-jwt': secureJwt }, rules: { 'secure-jwt/require-expiration': ['error', { defaultExpiresIn: '15m' }] } satisfies SecureJwtRules },
  // A misspelled option must fail tsc (the @ts-expect-error fails if it does not).
  // @ts-expect-error -- 'defaultExpiresInn' is not an option of require-expiration
  { rules: { 'secure-jwt/require-expiration': ['error', { defaultExpiresInn: '1h' }] } satisfies SecureJwtRules },
);
export const version: string = secureJwt.meta.version;
export const options: RuleOptions['secure-jwt/no-hardcoded-secret'] = [{ envVariable: 'AUTH_SECRET' }];
// Mixed with other plugins' rules.
export const mixed = {
  'no-console': 'error',
  // @ts-expect-error -- 'defaultExpiresInn' is not an option of require-expiration
  'secure-jwt/require-expiration': ['error', { defaultExpiresInn: '1h' }],
} satisfies SecureJwtRules & Linter.RulesRecord;
EOF
    cat >config-types.cts <<'EOF'
import secureJwt = require('eslint-plugin-secure-jwt');
import config = require('eslint/config');

const rules: secureJwt.SecureJwtRules = {
  // @ts-expect-error -- 'envVarible' is not an option of no-hardcoded-secret
  'secure-jwt/no-hardcoded-secret': ['error', { envVarible: 'AUTH_SECRET' }],
};
export = config.defineConfig({ extends: [secureJwt.configs.recommended] }, { rules });
EOF
    cat >tsconfig.json <<'EOF'
{ "compilerOptions": { "strict": true, "module": "nodenext", "moduleResolution": "nodenext", "noEmit": true, "types": [] }, "files": ["config-types.mts", "config-types.cts"] }
EOF
    if ! npx tsc -p tsconfig.json >"$project/types.out" 2>&1; then
      echo "  types: a typed user config does not type-check as expected:" >&2
      cat "$project/types.out" >&2
      return 1
    fi
    echo "  types: typed configs check (ESM and CJS); a misspelled rule option fails tsc"
  fi

  # The audit command on this ESLint (8.57 through loadESLint, 9 and 10 as ESLint), no config file read.
  local rc=0
  npx --no-install eslint-plugin-secure-jwt src --format json --output audit.json 2>audit.stderr || rc=$?
  if [[ $rc -ne 1 ]]; then
    echo "  audit: exit $rc, expected 1" >&2
    cat audit.stderr >&2
    return 1
  fi
  echo "  audit command: $(node "$findings_js" audit.json "$PWD" "$expected")"

  # .env files with the plugin's dotenv language (ESLint 9+: languages).
  if [[ $label != 8 ]]; then
    cp "$repo/examples/.env" "$repo/examples/.env.example" .
    printf "import secureJwt from 'eslint-plugin-secure-jwt';\nexport default [secureJwt.configs.dotenv];\n" >eslint.dotenv.config.mjs
    rc=0
    npx eslint --config eslint.dotenv.config.mjs --format json .env .env.example >dotenv.json 2>dotenv.stderr || rc=$?
    if [[ $rc -ne 1 ]]; then
      echo "  dotenv: eslint exited $rc, expected 1" >&2
      cat dotenv.stderr >&2
      return 1
    fi
    echo "  dotenv: $(node "$findings_js" dotenv.json "$PWD" "$expected_env")"
  fi

  # (e) The eslintrc preset: ESLint 8 (no eslint.config.* file) and ESLint 9 with ESLINT_USE_FLAT_CONFIG=false.
  if [[ $label == 8 || $label == 9 ]]; then
    cat >.eslintrc.json <<'EOF'
{
  "root": true,
  "extends": ["plugin:secure-jwt/recommended-legacy"],
  "env": { "node": true, "es2022": true },
  "parserOptions": { "ecmaVersion": "latest", "sourceType": "script" },
  "overrides": [
    { "files": ["*.mjs"], "parserOptions": { "sourceType": "module" } },
    { "files": ["*.ts"], "parser": "@typescript-eslint/parser", "parserOptions": { "sourceType": "module" } }
  ]
}
EOF
    ESLINT_USE_FLAT_CONFIG=false lint eslintrc
    rm .eslintrc.json
  fi
}

# A JavaScript-only project that installs the plugin, and the audit command on the example app.
run_audit() {
  local tarball=$1 work=$2 tools=$3
  local project="$work/audit"
  mkdir -p "$project"
  cd "$project"
  printf '{ "name": "secure-jwt-smoke-audit", "private": true }\n' >package.json
  npm_install "$tarball"
  for heavy in typescript @typescript-eslint/parser @typescript-eslint/utils; do
    if [[ -e "node_modules/$heavy" ]]; then
      echo "  a JavaScript-only install of the plugin contains $heavy" >&2
      return 1
    fi
  done
  echo "  light install: $(ls node_modules | wc -l) entries in node_modules, no typescript, no @typescript-eslint/*"
  # Load time in a fresh process, median of 5: a guard against pulling TypeScript (or similar) back
  # in at load, with room for a busy CI machine (about 10-15 ms when idle).
  local load_ms
  load_ms="$(for _ in 1 2 3 4 5; do node -e 'const t = performance.now(); require("eslint-plugin-secure-jwt"); console.log((performance.now() - t).toFixed(1))'; done | sort -n | sed -n 3p)"
  if ! node -e 'process.exit(Number(process.argv[1]) < 100 ? 0 : 1)' "$load_ms"; then
    echo "  loading the plugin took ${load_ms} ms (median of 5), expected well under 100 ms" >&2
    return 1
  fi
  echo "  load time: require('eslint-plugin-secure-jwt') ${load_ms} ms (median of 5 fresh processes)"
  cp -R "$repo/examples/src" src

  local rc
  audit_cmd() { rc=0; npx --no-install eslint-plugin-secure-jwt "$@" || rc=$?; }

  # Without fetching: the TypeScript files are named as not audited, the JavaScript ones still are.
  audit_cmd --no-install --format json --output no-install.json 2>no-install.stderr
  [[ $rc -eq 1 ]] || { echo "  --no-install: exit $rc, expected 1" >&2; cat no-install.stderr >&2; return 1; }
  grep -q '2 TypeScript file(s) not audited' no-install.stderr || { echo "  --no-install: skipped TypeScript files not named" >&2; cat no-install.stderr >&2; return 1; }
  node -e '
    const expected = require(process.argv[1]).filter((finding) => !finding.file.endsWith(".ts"));
    require("fs").writeFileSync("expected-js.json", JSON.stringify(expected));
  ' "$expected"
  node "$findings_js" no-install.json "$PWD" expected-js.json >/dev/null
  echo "  --no-install: JavaScript findings as expected; the 2 TypeScript files named as not audited"

  # The re-run through npm exec installs the command from this tarball (it is not on the registry).
  export SECURE_JWT_AUDIT_SELF="$tarball" npm_config_prefer_offline=true
  audit_cmd --format json --output audit.json 2>audit-json.stderr
  [[ $rc -eq 1 ]] || { echo "  json: exit $rc, expected 1" >&2; cat audit-json.stderr >&2; return 1; }
  echo "  json: $(node "$findings_js" audit.json "$PWD" "$expected") (TypeScript parser fetched through npm exec)"

  audit_cmd >audit.txt 2>audit-text.stderr
  [[ $rc -eq 1 ]] || { echo "  text: exit $rc, expected 1" >&2; cat audit-text.stderr >&2; return 1; }
  for line in "src/auth/tokens.js" "suggested fix: Read it from process.env.JWT_SECRET instead." \
    "6 - const JWT_SECRET = 'dev-secret-change-me';" "6 + const JWT_SECRET = process.env.JWT_SECRET;" \
    "10 findings in 3 of 7 files"; do
    grep -qF -- "$line" audit.txt || { echo "  text: report lacks '$line':" >&2; cat audit.txt >&2; return 1; }
  done
  echo "  text: findings by file with before/after fixes; $(tail -1 audit.txt)"

  audit_cmd --format sarif --output audit.sarif 2>audit-sarif.stderr
  [[ $rc -eq 1 ]] || { echo "  sarif: exit $rc, expected 1" >&2; cat audit-sarif.stderr >&2; return 1; }
  echo "  sarif: $(node "$repo/tests/e2e/validate-sarif.mjs" "$tools" audit.sarif "$expected")"
  unset SECURE_JWT_AUDIT_SELF npm_config_prefer_offline

  mkdir -p clean
  printf "const jwt = require('jsonwebtoken');\nmodule.exports = (u) => jwt.sign({ sub: u }, process.env.JWT_SECRET, { expiresIn: '1h' });\n" >clean/a.js
  audit_cmd clean >/dev/null
  [[ $rc -eq 0 ]] || { echo "  clean code: exit $rc, expected 0" >&2; return 1; }
  audit_cmd --format xml 2>/dev/null
  [[ $rc -eq 2 ]] || { echo "  usage error: exit $rc, expected 2" >&2; return 1; }
  audit_cmd no-such-dir src/config.mjs >/dev/null 2>missing.stderr
  [[ $rc -eq 1 ]] && grep -q 'no-such-dir: no such file or directory' missing.stderr || { echo "  a missing path: exit $rc" >&2; cat missing.stderr >&2; return 1; }
  echo "  exit codes: 0 clean, 1 findings (a missing path named, the rest audited), 2 usage error"

  if [[ -e node_modules/typescript ]]; then
    echo "  the audit left typescript in the project's node_modules" >&2
    return 1
  fi
}

# The ESLint language server, driven as an editor does.
run_lsp() {
  local tarball=$1 work=$2
  local project="$work/lsp"
  mkdir -p "$project/src"
  cd "$project"
  printf '{ "name": "secure-jwt-smoke-lsp", "private": true, "type": "module" }\n' >package.json
  npm_install "$tarball" eslint@^10 "vscode-langservers-extracted@$LANGSERVERS_VERSION"
  cat >eslint.config.js <<'EOF'
import secureJwt from 'eslint-plugin-secure-jwt';

export default [secureJwt.configs.recommended];
EOF
  cat >src/app.js <<'EOF'
import jwt from 'jsonwebtoken';

export const issue = (user) => jwt.sign({ sub: user.id }, 'dev-secret-change-me', { expiresIn: '1h' });
EOF
  timeout 120 node "$repo/tests/e2e/lsp.mjs" "$project" src/app.js | sed 's/^/  /'
}

# oxlint's JS plugins load the same package: the same findings from a .oxlintrc.json.
run_oxlint() {
  local tarball=$1 work=$2
  local project="$work/oxlint"
  mkdir -p "$project"
  cd "$project"
  printf '{ "name": "secure-jwt-smoke-oxlint", "private": true, "type": "module" }\n' >package.json
  npm_install "$tarball" "oxlint@$OXLINT_VERSION"
  echo "  installed: oxlint $(npx oxlint --version)"
  cp -R "$repo/examples/src" src
  cat >.oxlintrc.json <<'EOF'
{
  "jsPlugins": ["eslint-plugin-secure-jwt"],
  "rules": {
    "secure-jwt/no-hardcoded-secret": "error",
    "secure-jwt/require-expiration": "error",
    "secure-jwt/require-algorithms": "error"
  }
}
EOF
  local rc=0
  npx oxlint --format=json src >"$project/oxlint.json" 2>"$project/oxlint.stderr" || rc=$?
  if [[ $rc -ne 1 ]]; then
    echo "  oxlint exited $rc, expected 1 (findings are errors)" >&2
    cat "$project/oxlint.stderr" >&2
    return 1
  fi
  echo "  oxlint: $(node "$findings_js" "$project/oxlint.json" "$project" "$expected")"
}

# The tarball as registries and type resolvers see it; installs the checkers used later too.
run_package() {
  local tarball=$1 tools=$2
  mkdir -p "$tools"
  cd "$tools"
  printf '{ "name": "secure-jwt-smoke-tools", "private": true }\n' >package.json
  npm_install publint@0.3.25 @arethetypeswrong/cli@0.18.5 ajv@^8 ajv-draft-04@^1 ajv-formats@^3 @microsoft/jest-sarif@1.0.0-beta.0
  npx publint run "$tarball" --strict | sed 's/^/  /'
  npx attw "$tarball" --format table-flipped | sed 's/^/  /'
}

# Each part runs in a child bash so `set -e` stops it at its first failure.
if [[ "${1:-}" == --part ]]; then
  shift
  set -E
  trap 'echo "  failed (exit $?): $BASH_COMMAND" >&2' ERR
  part=$1
  shift
  "run_$part" "$@"
  exit 0
fi
# Every file that package.json points at (main, module, types, exports) must exist before packing.
if ! (cd "$repo" && node -e '
  const fs = require("node:fs");
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === "string") targets.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect([pkg.main, pkg.module, pkg.types, pkg.exports]);
  const missing = [...targets].filter((target) => !fs.existsSync(target));
  if (missing.length > 0) {
    console.error("smoke: package.json points at files that do not exist: " + missing.join(", "));
    console.error("smoke: run npm run build first (and check that the build writes what package.json exports)");
    process.exit(1);
  }
'); then
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/secure-jwt-smoke.XXXXXX")"
cleanup() {
  if [[ "${SMOKE_KEEP:-}" == 1 ]]; then
    echo "smoke: kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

echo "smoke: packing the plugin"
(cd "$repo" && npm pack --pack-destination "$work" --silent >/dev/null)
tarballs=("$work"/*.tgz)
if [[ ${#tarballs[@]} -ne 1 || ! -f "${tarballs[0]}" ]]; then
  echo "smoke: npm pack did not produce one tarball in $work" >&2
  exit 1
fi
tarball="${tarballs[0]}"
echo "smoke: $(basename "$tarball") ($(tar -tzf "$tarball" | wc -l) files)"

failed=()
passed=0
# part <label> <description> <function> [args...]: runs one part, records PASS/FAIL with its time.
part() {
  local label=$1 description=$2 start=$SECONDS
  shift 2
  echo "smoke: $label"
  if bash "${BASH_SOURCE[0]}" --part "$@"; then
    echo "PASS: $label: $description ($((SECONDS - start))s)"
    passed=$((passed + 1))
  else
    echo "FAIL: $label: see the output above"
    failed+=("$label")
  fi
}

tools="$work/tools"
part "package" "publint --strict and @arethetypeswrong/cli find no problem in the tarball" package "$tarball" "$tools"
for pair in ${SMOKE_ESLINT:-8=~8.57.0 9=^9.39 10=^10}; do
  label="${pair%%=*}"
  spec="${pair#*=}"
  what="ESM, CJS and mixed ESM + CJS shared configs and the audit command report examples/expected.json"
  [[ $label != 8 ]] && what+=", also with --cache and --concurrency, and from eslint.config.ts; typed configs reject a misspelled option"
  [[ $label == 8 ]] && what+=", also with --cache"
  [[ $label == 8 || $label == 9 ]] && what+="; the eslintrc preset recommended-legacy loads and reports the same"
  part "ESLint $label (eslint@$spec)" "$what" one "$label" "$spec" "$tarball" "$work"
done
part "audit command" "a JS-only install has no typescript; the example app's findings in text, json and SARIF 2.1.0 (schema-valid); exit codes" audit "$tarball" "$work" "$tools"
part "language server" "vscode-eslint-language-server reports the secret and its quick fix reads process.env.JWT_SECRET" lsp "$tarball" "$work"
part "oxlint $OXLINT_VERSION" "the JS plugin reports examples/expected.json" oxlint "$tarball" "$work"

echo "smoke: $passed passed, ${#failed[@]} failed"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "smoke: FAILED for ${failed[*]}" >&2
  exit 1
fi

#!/usr/bin/env bash
# End-to-end smoke test of the packed plugin, as a user installs it.
#
# Packs the plugin (`npm pack`; run `npm run build` first), then for each ESLint major makes a
# scratch project in a temp dir, installs the tarball with that ESLint and typescript-eslint,
# copies in examples/src, examples/.env and examples/.env.example and lints them (the .env files
# with configs.dotenv, the plugin's dotenv language):
#   (a) with examples/eslint.config.js (ESM `import` of the plugin), plain, with --cache twice,
#       and with --concurrency 2;
#   (b) with an eslint.config.cjs that loads the plugin with `require()`.
# Every run must exit 1 and report exactly the findings in examples/expected.json.
# Prints one PASS/FAIL line per ESLint version; exits non-zero if any failed.
#
# Environment: SMOKE_ESLINT="9=^9.39 10=^10" (label=version range, space-separated) picks the
# versions; SMOKE_KEEP=1 keeps the temp dir.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# oxlint's JS plugin support is young: pinned, so a new oxlint cannot break CI unannounced.
OXLINT_VERSION=1.94.0
expected="$repo/examples/expected.json"
findings_js="$repo/scripts/findings.js"

# Lints src/ and the env files in the current project with the given extra arguments; checks the exit code and findings.
lint() {
  local name=$1
  shift
  local out="$PWD/$name.json" err="$PWD/$name.stderr" rc=0
  npx eslint --format json "$@" src .env .env.example >"$out" 2>"$err" || rc=$?
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

# One ESLint version in its own scratch project; runs in a child bash so `set -e` stops at the first failure.
run_one() {
  local label=$1 spec=$2 tarball=$3 work=$4
  local project="$work/eslint-$label"
  mkdir -p "$project"
  cd "$project"
  printf '{ "name": "secure-jwt-smoke-eslint-%s", "private": true, "type": "module" }\n' "$label" >package.json
  # Sequential installs share npm's cache; --prefer-offline skips revalidating what is cached.
  npm install --no-audit --no-fund --silent --prefer-offline \
    "$tarball" "eslint@$spec" typescript-eslint@8.72.0 @typescript-eslint/parser@8.72.0 typescript@6.0.3

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
  cp "$repo/examples/.env" "$repo/examples/.env.example" .

  # (a) ESM config: the example app's own config file.
  cp "$repo/examples/eslint.config.js" eslint.config.js
  lint esm
  lint esm-cache-1 --cache --cache-location "$project/.eslintcache"
  if [[ ! -s "$project/.eslintcache" ]]; then
    echo "  --cache wrote no cache file at $project/.eslintcache" >&2
    return 1
  fi
  lint esm-cache-2 --cache --cache-location "$project/.eslintcache"
  lint esm-concurrency --concurrency 2

  # (b) CommonJS config: the same settings as examples/eslint.config.js, loaded with require().
  rm eslint.config.js
  cat >eslint.config.cjs <<'EOF'
// Keep in step with examples/eslint.config.js: only the module system differs.
const { defineConfig } = require('eslint/config');
const secureJwt = require('eslint-plugin-secure-jwt');
const tseslint = require('typescript-eslint');

const nodeGlobals = {
  Buffer: 'readonly',
  console: 'readonly',
  process: 'readonly',
  TextEncoder: 'readonly',
  URL: 'readonly',
};

module.exports = defineConfig([
  secureJwt.configs.recommended,
  secureJwt.configs.dotenv,
  { languageOptions: { globals: nodeGlobals } },
  { files: ['src/**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
]);
EOF
  lint cjs

  # (c) Types: a user's TypeScript config (ESM and CommonJS) type-checks against the shipped .d.mts/.d.cts.
  cat >config-types.mts <<'EOF'
import { defineConfig } from 'eslint/config';
import secureJwt from 'eslint-plugin-secure-jwt';

export default defineConfig(
  { extends: [secureJwt.configs.recommended] },
  secureJwt.configs.all,
  secureJwt.configs.dotenv,
  { plugins: { 'secure-jwt': secureJwt }, rules: { 'secure-jwt/require-expiration': ['error', { defaultExpiresIn: '15m' }] } },
);
export const version: string = secureJwt.meta.version;
EOF
  cat >config-types.cts <<'EOF'
import secureJwt = require('eslint-plugin-secure-jwt');
import config = require('eslint/config');

export = config.defineConfig({ extends: [secureJwt.configs.recommended] });
EOF
  cat >tsconfig.json <<'EOF'
{ "compilerOptions": { "strict": true, "module": "nodenext", "moduleResolution": "nodenext", "noEmit": true, "types": [] }, "files": ["config-types.mts", "config-types.cts"] }
EOF
  if ! npx tsc -p tsconfig.json >"$project/types.out" 2>&1; then
    echo "  types: a typed user config does not type-check:" >&2
    cat "$project/types.out" >&2
    return 1
  fi
  echo "  types: defineConfig({ extends: [secureJwt.configs.recommended] }) type-checks (ESM and CJS)"
}

# oxlint's JS plugins load the same package: the same findings from a .oxlintrc.json.
run_oxlint() {
  local tarball=$1 work=$2
  local project="$work/oxlint"
  mkdir -p "$project"
  cd "$project"
  printf '{ "name": "secure-jwt-smoke-oxlint", "private": true, "type": "module" }\n' >package.json
  npm install --no-audit --no-fund --silent --prefer-offline "$tarball" "oxlint@$OXLINT_VERSION"
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
  # oxlint lints JavaScript only: compare with the findings outside the .env files.
  node -e '
    const fs = require("node:fs");
    const all = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    fs.writeFileSync(process.argv[2], JSON.stringify(all.filter((finding) => !finding.file.startsWith(".env"))));
  ' "$expected" "$project/expected-js.json"
  echo "  oxlint: $(node "$findings_js" "$project/oxlint.json" "$project" "$project/expected-js.json")"
}

if [[ "${1:-}" == "--oxlint" ]]; then
  shift
  set -E
  trap 'echo "  failed (exit $?): $BASH_COMMAND" >&2' ERR
  run_oxlint "$@"
  exit 0
fi

if [[ "${1:-}" == "--one" ]]; then
  shift
  set -E
  trap 'echo "  failed (exit $?): $BASH_COMMAND" >&2' ERR
  run_one "$@"
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
for pair in ${SMOKE_ESLINT:-9=^9.39 10=^10}; do
  label="${pair%%=*}"
  spec="${pair#*=}"
  echo "smoke: ESLint $label (eslint@$spec)"
  start=$SECONDS
  if bash "${BASH_SOURCE[0]}" --one "$label" "$spec" "$tarball" "$work"; then
    echo "PASS: ESLint $label ($(cat "$work/eslint-$label/eslint-version")): ESM, --cache, --concurrency and CJS configs report examples/expected.json; user config types check ($((SECONDS - start))s)"
    passed=$((passed + 1))
  else
    echo "FAIL: ESLint $label (eslint@$spec): see the output above"
    failed+=("$label")
  fi
done

echo "smoke: oxlint $OXLINT_VERSION (JS plugins)"
if bash "${BASH_SOURCE[0]}" --oxlint "$tarball" "$work"; then
  echo "PASS: oxlint $OXLINT_VERSION: the JS plugin reports examples/expected.json (its JavaScript findings)"
  passed=$((passed + 1))
else
  echo "FAIL: oxlint $OXLINT_VERSION: see the output above"
  failed+=("oxlint")
fi

echo "smoke: $passed passed, ${#failed[@]} failed"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "smoke: FAILED for ${failed[*]}" >&2
  exit 1
fi

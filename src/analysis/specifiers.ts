/**
 * Module specifiers as Deno, JSR and CDNs write them, reduced to the npm package path the library
 * models use: `npm:jose@5.9.6` → `jose`, `https://deno.land/x/jose@v4.3.8/jwt/sign.ts` → `jose/jwt/sign`,
 * `https://esm.sh/jsonwebtoken@9` → `jsonwebtoken`. Plain specifiers come back unchanged.
 */

/** Registry hosts and the path prefix before the package name on each. */
const CDN_PATH = /^https?:\/\/(?:deno\.land\/x|esm\.sh(?:\/v\d+)?|cdn\.jsdelivr\.net\/npm|unpkg\.com|cdn\.skypack\.dev|ga\.jspm\.io\/npm:)\/?(.*)$/u;

/** A package name (scoped or not), an optional `@version`, an optional subpath. */
const PACKAGE_PATH = /^(@[^/@]+\/[^/@]+|[^/@]+)(?:@[^/]*)?(?:\/(.*))?$/u;

/** Entry files that stand for the package root. */
const ROOT_ENTRIES = new Set(['', 'index', 'mod', '+esm', 'dist/index', 'dist/browser/index']);

export function normalizeSpecifier(specifier: string): string {
  const cdn = CDN_PATH.exec(specifier);
  let path: string | undefined;
  if (cdn) path = cdn[1];
  else if (/^(?:npm|jsr):/u.test(specifier)) path = specifier.slice(4).replace(/^\//u, '');
  if (path === undefined) return specifier;
  const match = PACKAGE_PATH.exec(path);
  if (!match?.[1]) return specifier;
  const subpath = (match[2] ?? '').replace(/\.(?:[cm]?[jt]s|d\.ts)$/u, '');
  return ROOT_ENTRIES.has(subpath) ? match[1] : `${match[1]}/${subpath}`;
}

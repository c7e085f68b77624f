import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEnvFiles, findEnvFiles } from '../../src/cli/env-files.js';

const FAKE_SECRET = 'FAKE-shared-value-for-tests-0123456789abcdef'; // never a real secret
let root: string | undefined;

function project(files: Record<string, string>, { git = true, add = [] as string[] } = {}): string {
  root = mkdtempSync(path.join(tmpdir(), 'secure-jwt-env-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  if (git) {
    execFileSync('git', ['init', '-q'], { cwd: root });
    if (add.length > 0) execFileSync('git', ['add', '-f', '--', ...add], { cwd: root });
  }
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('auditEnvFiles', () => {
  it('finds .env and .env.* files, skipping node_modules', async () => {
    const dir = project({ '.env': '', 'apps/web/.env.local': '', 'node_modules/x/.env': '', '.envrc': '', 'env.txt': '' }, { git: false });
    expect(await findEnvFiles(dir)).toEqual(['.env', 'apps/web/.env.local']);
  });

  it('reports an env file with a JWT secret that git tracks', async () => {
    const dir = project({ '.gitignore': '.env\n', '.env': `APP=demo\nJWT_SECRET=${FAKE_SECRET}\n` }, { add: ['.env'] });
    expect(await auditEnvFiles(dir)).toEqual([
      { file: '.env', line: 2, column: 12, id: 'env-file-tracked', message: expect.stringContaining('(JWT_SECRET) and git tracks it') },
    ]);
  });

  it('reports an untracked env file with a JWT secret that .gitignore does not cover', async () => {
    const dir = project({ '.gitignore': 'node_modules/\n', 'api/.env.local': `AUTH_SECRET="${FAKE_SECRET}"\n` });
    expect(await auditEnvFiles(dir)).toMatchObject([{ file: 'api/.env.local', line: 1, column: 13, id: 'env-file-not-ignored' }]);
  });

  it('is quiet about ignored files, files without a secret, empty values, references and example files', async () => {
    const dir = project(
      {
        '.gitignore': '.env*\n!.env.example\n',
        '.env': `JWT_SECRET=${FAKE_SECRET}\n`,
        '.env.example': 'JWT_SECRET=change-me\n',
        'other/.env': 'PORT=3000\nJWT_SECRET=\nAUTH_SECRET=${VAULT_AUTH_SECRET}\n',
      },
      { add: ['.env.example', '.gitignore'] },
    );
    expect(await auditEnvFiles(dir)).toEqual([]);
  });

  it('counts private keys under any name as secrets', async () => {
    const dir = project({ '.env.production': 'SIGNER="-----BEGIN PRIVATE KEY-----\\nFAKE\\n-----END PRIVATE KEY-----"\n' }, { add: ['.env.production'] });
    expect(await auditEnvFiles(dir)).toMatchObject([{ id: 'env-file-tracked', message: expect.stringContaining('(SIGNER)') }]);
  });

  it('reports the same secret value in a production and a development env file, on the production one', async () => {
    const dir = project({
      '.gitignore': '.env*\n',
      '.env.development': `JWT_SECRET=${FAKE_SECRET}\nREFRESH_TOKEN_SECRET=FAKE-dev-only-value-0000000000000000000\n`,
      '.env.production': `# prod\nREFRESH_TOKEN_SECRET=FAKE-prod-only-value-111111111111111111\nJWT_SECRET='${FAKE_SECRET}'\n`,
      'other/.env.production': `JWT_SECRET=${FAKE_SECRET}\n`,
    });
    expect(await auditEnvFiles(dir)).toEqual([
      {
        file: '.env.production',
        line: 3,
        column: 12,
        id: 'env-secret-shared',
        message: expect.stringContaining('JWT_SECRET in .env.production has the same value as in .env.development'),
      },
    ]);
  });

  it('reports a file dotenv cannot read with its line', async () => {
    const dir = project({ '.gitignore': '.env\n', '.env': 'A=1\nJWT_SECRET "x"\n' });
    expect(await auditEnvFiles(dir)).toMatchObject([{ file: '.env', line: 2, column: 1, id: 'env-parse-error' }]);
  });

  it('skips the git checks outside a git work tree', async () => {
    const dir = project({ '.env': `JWT_SECRET=${FAKE_SECRET}\n` }, { git: false });
    expect(await auditEnvFiles(dir)).toEqual([]);
  });

  it('never prints a value', async () => {
    const dir = project({
      '.env': `JWT_SECRET=${FAKE_SECRET}\n`,
      '.env.production': `JWT_SECRET=${FAKE_SECRET}\n`,
    }, { add: ['.env', '.env.production'] });
    const findings = await auditEnvFiles(dir);
    expect(findings.map(({ id }) => id)).toEqual(['env-file-tracked', 'env-file-tracked', 'env-secret-shared']);
    for (const { message } of findings) expect(message).not.toContain('FAKE');
  });
});

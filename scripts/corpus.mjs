/**
 * A corpus of real code for the crash run and the benchmark: a fixed list of npm packages at
 * pinned versions, fetched with `npm pack` at run time (their own published files only, no
 * dependencies, no install scripts) into a temporary directory. Nothing is committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const PACKAGES = [
  'express@4.21.2',
  'koa@2.15.3',
  'fastify@5.2.1',
  '@nestjs/core@10.4.15',
  'next-auth@4.24.11',
  'jsonwebtoken@9.0.2',
  'jose@5.9.6',
  'passport@0.7.0',
  'typeorm@0.3.20',
  'sequelize@6.37.5',
  'mongoose@8.9.5',
  'lodash@4.17.21',
];

const SOURCE = /\.(?:[cm]?js|ts|tsx)$/u;

function listFiles(directory) {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path);
      return SOURCE.test(entry.name) && !entry.name.endsWith('.min.js') && statSync(path).size < 1_000_000 ? [path] : [];
    });
}

/**
 * Packs the packages and reads up to `maxLines` lines of their sources, in a fixed order.
 * Returns `{ packages, files: [{ name, text, lines }], lines, cleanup }`; `name` is a neutral
 * path (ESLint ignores anything under node_modules/).
 */
export function packCorpus(maxLines) {
  const work = mkdtempSync(join(tmpdir(), 'secure-jwt-corpus-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  try {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', work, ...PACKAGES], { stdio: ['ignore', 'ignore', 'inherit'], cwd: work });
    const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
    const files = [];
    let lines = 0;
    for (const tarball of tarballs) {
      const target = join(work, tarball.replace(/\.tgz$/u, ''));
      mkdirSync(target);
      execFileSync('tar', ['-xzf', join(work, tarball), '-C', target]);
      for (const path of listFiles(target)) {
        if (lines >= maxLines) break;
        const text = readFileSync(path, 'utf8');
        const count = text.split('\n').length;
        lines += count;
        files.push({ name: `corpus/${relative(work, path).replace(/[^\w.]+/gu, '-')}`, text, lines: count });
      }
    }
    return { packages: tarballs.length, files, lines, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

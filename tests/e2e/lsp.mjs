// Drives the ESLint language server (vscode-eslint-language-server from vscode-langservers-extracted)
// over stdio as VS Code does, in a project that has the packed plugin installed:
//   initialize -> initialized -> didOpen -> textDocument/diagnostic (pull) -> textDocument/codeAction
//   -> workspace/executeCommand of the quick fix -> the server's workspace/applyEdit.
// Asserts the diagnostic's rule id and range on the hardcoded secret, and that the quick fix
// replaces exactly that literal with process.env.JWT_SECRET.
// Usage: node lsp.mjs <project dir> <file in it>   (exit 0 on success; every step is time-bounded)
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';

const [projectDir, fileArg] = process.argv.slice(2);
const project = path.resolve(projectDir);
const file = path.resolve(project, fileArg);
const text = readFileSync(file, 'utf8');
const SECRET = "'dev-secret-change-me'";
const RULE = 'secure-jwt/no-hardcoded-secret';
const STEP_TIMEOUT_MS = 30_000;

const fail = (message) => {
  console.error(`lsp: FAIL: ${message}`);
  server.kill();
  process.exit(1);
};
setTimeout(() => fail('the whole exchange took over 90 s'), 90_000).unref();

/** Position of the secret literal, as an LSP range (0-based lines and UTF-16 columns). */
const offset = text.indexOf(SECRET);
if (offset < 0) throw new Error(`${file} has no ${SECRET}`);
const positionAt = (index) => {
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
};
const secretRange = { start: positionAt(offset), end: positionAt(offset + SECRET.length) };

const bin = path.join(project, 'node_modules', '.bin', 'vscode-eslint-language-server');
const server = spawn(bin, ['--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (chunk) => (serverLog += chunk));
server.on('exit', (code) => {
  if (!done) fail(`the server exited (${code}) early:\n${serverLog}`);
});

const uri = pathToFileURL(file).href;
const rootUri = pathToFileURL(project).href;
// What VS Code's ESLint extension answers to workspace/configuration, with its defaults.
const settings = {
  validate: 'on',
  packageManager: 'npm',
  useESLintClass: false,
  useFlatConfig: true,
  experimental: { useFlatConfig: false },
  codeAction: { disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' }, showDocumentation: { enable: true } },
  codeActionOnSave: { enable: false, mode: 'all' },
  format: false,
  quiet: false,
  onIgnoredFiles: 'off',
  options: {},
  rulesCustomizations: [],
  run: 'onType',
  problems: { shortenToSingleLine: false },
  nodePath: null,
  workspaceFolder: { name: path.basename(project), uri: rootUri },
  workingDirectory: { mode: 'location' },
};

let nextId = 1;
let done = false;
const pending = new Map();
const appliedEdits = [];

function send(message) {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
    pending.set(id, (message) => {
      clearTimeout(timer);
      if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
      else resolve(message.result);
    });
  });
}
const notify = (method, params) => send({ method, params });

/** Requests from the server to the client (the editor). */
function answer(message) {
  switch (message.method) {
    case 'workspace/configuration':
      return message.params.items.map(() => settings);
    case 'workspace/applyEdit':
      appliedEdits.push(message.params.edit);
      return { applied: true };
    default:
      return null; // client/registerCapability, window/workDoneProgress/create, ...
  }
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/iu.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.method !== undefined && message.id !== undefined) send({ id: message.id, result: answer(message) });
    else if (message.id !== undefined) pending.get(message.id)?.(message);
  }
});

const sameRange = (a, b) => JSON.stringify(a) === JSON.stringify(b);

try {
  const init = await request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(project) }],
    capabilities: {
      workspace: { configuration: true, applyEdit: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        synchronization: { didSave: true },
      },
    },
  });
  if (!init.capabilities.diagnosticProvider) fail('the server offers no pull diagnostics');
  notify('initialized', {});
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });

  // The first pull can come before the server has loaded ESLint and the config: pull until it reports.
  let diagnostic;
  for (let attempt = 0; attempt < 20 && !diagnostic; attempt++) {
    const report = await request('textDocument/diagnostic', { textDocument: { uri } });
    diagnostic = report.items?.find((item) => (item.code?.value ?? item.code) === RULE);
    if (!diagnostic) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!diagnostic) fail(`no ${RULE} diagnostic after 20 pulls; server log:\n${serverLog}`);
  if (!sameRange(diagnostic.range, secretRange)) fail(`diagnostic range ${JSON.stringify(diagnostic.range)}, expected the secret at ${JSON.stringify(secretRange)}`);
  console.log(`lsp: diagnostic ${RULE} at ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.character + 1} (the secret literal)`);

  const actions = await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
  const quickFix = actions.find((action) => action.title.startsWith('Read it from process.env.JWT_SECRET'));
  if (!quickFix) fail(`no 'Read it from process.env.JWT_SECRET' quick fix among: ${actions.map((action) => action.title).join(' | ')}`);
  await request('workspace/executeCommand', { command: quickFix.command.command, arguments: quickFix.command.arguments });
  const edits = appliedEdits.flatMap((edit) => [
    ...(edit.documentChanges ?? []).flatMap((change) => change.edits ?? []),
    ...Object.values(edit.changes ?? {}).flat(),
  ]);
  if (edits.length !== 1) fail(`the quick fix applied ${edits.length} edits: ${JSON.stringify(appliedEdits)}`);
  const [edit] = edits;
  if (!sameRange(edit.range, secretRange) || edit.newText !== 'process.env.JWT_SECRET') {
    fail(`the quick fix edit ${JSON.stringify(edit)} does not replace the secret with process.env.JWT_SECRET`);
  }
  console.log(`lsp: quick fix "${quickFix.title}" replaces the literal with process.env.JWT_SECRET`);

  done = true;
  await request('shutdown', null);
  notify('exit', null);
  setTimeout(() => server.kill(), 2000).unref();
} catch (error) {
  fail(`${error.message}\nserver log:\n${serverLog}`);
}

import { constants, closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { compareText, described } from '@agent-guards/action-kit';
import { checkoutGit } from '@agent-guards/git';
import * as z from 'zod/mini';
import { protectedPathReason, resolveForRead, resolveForWrite, type ResolvedPath } from './path-safety.js';
import { capText, defineTool, ToolRefusal, ToolRejection, type SessionServices } from './tool.js';

const READ_CAP = 200_000;
const WRITE_CAP = 1024 * 1024;
const path = described(z.string().check(z.minLength(1), z.maxLength(4096)), 'Repo-relative path, / separated.');

function readable(services: SessionServices, input: string): ResolvedPath {
  return resolveForRead(services.repo, input);
}

/**
 * Implement (and Review, which inherits its tools) writes only files the plan
 * names, inside the ticket scope; widening needs Plan again (spec §4).
 */
export function assertPlannedWrite(services: SessionServices, rel: string, operation: 'write' | 'delete'): void {
  const plan = services.plan;
  if (!plan) throw new ToolRefusal('there is no approved plan in this session; files can be written only in Implement after Plan.');
  const verdict = services.scope.verdict(rel);
  if (verdict) throw new ToolRefusal(`${verdict.message} (${verdict.rule}); it cannot be written in this ticket — call request_escalation if the ticket needs it.`);
  if (!plan.files.includes(rel)) {
    throw new ToolRefusal(`${rel} is not in the approved plan (${plan.files.length} file(s)); call revisit_plan to add it.`);
  }
  if (operation === 'delete' && services.scope.isTestFile(rel)) {
    throw new ToolRefusal(`${rel} is a test file; tests are never deleted (spec §4) — if a test is wrong, escalate.`);
  }
}

/** Writes without following a symlink at the final component (the parent chain was checked by resolveForWrite). */
function writeNoFollow(abs: string, content: string): void {
  mkdirSync(dirname(abs), { recursive: true });
  const fd = openSync(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).includes(0);
}

export const readFileTool = defineTool({
  name: 'read_file',
  description: 'Read a text file in the repository. Optionally a line range (1-based, inclusive). Large files are truncated with a marker.',
  input: z.strictObject({
    path,
    start_line: z.optional(z.int().check(z.positive())),
    end_line: z.optional(z.int().check(z.positive())),
  }),
  async run(input, services) {
    const target = readable(services, input.path);
    if (!target.exists) throw new ToolRejection(`${target.rel} does not exist.`);
    if (target.isDirectory) throw new ToolRejection(`${target.rel} is a directory; use list_dir.`);
    const buffer = readFileSync(target.abs);
    if (isBinary(buffer)) return { content: `${target.rel}: binary file, ${buffer.length} bytes (not shown).`, attributes: { bytes: buffer.length } };
    let text = buffer.toString('utf8');
    if (input.start_line !== undefined || input.end_line !== undefined) {
      const lines = text.split('\n');
      const from = (input.start_line ?? 1) - 1;
      text = lines.slice(from, input.end_line ?? lines.length).join('\n');
    }
    return { content: capText(text, READ_CAP, `${target.rel}`), attributes: { bytes: buffer.length } };
  },
});

export const listDirTool = defineTool({
  name: 'list_dir',
  description: 'List a folder of the repository (folders end with /). depth 1 lists the folder itself, up to 3 recurses.',
  input: z.strictObject({ path: z._default(path, '.'), depth: z._default(z.int().check(z.gte(1), z.lte(3)), 1) }),
  async run(input, services) {
    const target = readable(services, input.path);
    if (!target.exists) throw new ToolRejection(`${target.rel} does not exist.`);
    if (!target.isDirectory) throw new ToolRejection(`${target.rel} is a file; use read_file.`);
    const out: string[] = [];
    const walk = (absDir: string, prefix: string, depth: number): void => {
      const entries = readdirSync(absDir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
      for (const e of entries) {
        if (out.length >= 2000) return;
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        if (e.name === '.git') continue;
        if (e.isSymbolicLink()) out.push(`${rel} (symlink)`);
        else if (e.isDirectory()) {
          out.push(`${rel}/`);
          if (depth > 1) walk(`${absDir}/${e.name}`, rel, depth - 1);
        } else out.push(protectedPathReason(rel) ? `${rel} (protected: not readable)` : rel);
      }
    };
    walk(target.abs, target.rel === '.' ? '' : target.rel, input.depth);
    if (out.length >= 2000) out.push('[listing truncated at 2000 entries]');
    return { content: out.join('\n') || '(empty folder)', attributes: { entries: out.length } };
  },
});

export const grepTool = defineTool({
  name: 'grep',
  description: 'Search file contents (extended regular expression) in tracked and untracked, non-ignored files. Returns path:line:text.',
  input: z.strictObject({
    pattern: z.string().check(z.minLength(1), z.maxLength(500)),
    path: described(z._default(path, '.'), 'A folder or file to search in.'),
    glob: described(z.optional(z.string().check(z.maxLength(200))), 'Only files matching this glob, e.g. "**/*.ts".'),
    ignore_case: z._default(z.boolean(), false),
    max_results: z._default(z.int().check(z.gte(1), z.lte(500)), 100),
  }),
  async run(input, services) {
    const target = readable(services, input.path);
    if (!target.exists) throw new ToolRejection(`${target.rel} does not exist.`);
    if (input.glob !== undefined && (input.glob.includes('..') || input.glob.startsWith('/') || input.glob.includes('\0'))) {
      throw new ToolRefusal('the glob must be repo-relative, without ..');
    }
    const pathspec = input.glob ? `:(glob)${target.realRel === '.' ? '' : `${target.realRel}/`}${input.glob}` : `:(literal)${target.realRel}`;
    const args = ['grep', '-n', '-I', '-z', '-E', '--untracked', '--no-color', ...(input.ignore_case ? ['-i'] : []), '-e', input.pattern, '--', pathspec];
    const result = await checkoutGit(services.repo, args, { okExitCodes: [0, 1] });
    if (result.exitCode === 1) return { content: 'no matches', attributes: { matches: 0 } };
    const lines: string[] = [];
    let total = 0;
    for (const record of result.stdout.toString('utf8').split('\n')) {
      if (!record) continue;
      const [file, line, ...rest] = record.split('\0');
      if (!file || protectedPathReason(file)) continue;
      total += 1;
      if (lines.length < input.max_results) lines.push(`${file}:${line}:${capText(rest.join('\0'), 300, 'line')}`);
    }
    if (total > lines.length) lines.push(`[${total - lines.length} more match(es) not shown; narrow the search]`);
    return { content: lines.join('\n') || 'no matches', attributes: { matches: total } };
  },
});

export const editFileTool = defineTool({
  name: 'edit_file',
  description: 'Replace an exact, unique piece of text in a planned file (old_string must occur once unless replace_all is true).',
  input: z.strictObject({ path, old_string: z.string().check(z.minLength(1)), new_string: z.string(), replace_all: z._default(z.boolean(), false) }),
  async run(input, services) {
    const target = resolveForWrite(services.repo, input.path);
    assertPlannedWrite(services, target.rel, 'write');
    if (!target.exists) throw new ToolRejection(`${target.rel} does not exist; use write_file to create it.`);
    const text = readFileSync(target.abs, 'utf8');
    const count = text.split(input.old_string).length - 1;
    if (count === 0) throw new ToolRejection(`old_string was not found in ${target.rel}.`);
    if (count > 1 && !input.replace_all) throw new ToolRejection(`old_string occurs ${count} times in ${target.rel}; make it unique or set replace_all.`);
    const next = input.replace_all ? text.split(input.old_string).join(input.new_string) : text.replace(input.old_string, () => input.new_string);
    if (Buffer.byteLength(next) > WRITE_CAP) throw new ToolRejection(`the result would exceed ${WRITE_CAP} bytes.`);
    writeNoFollow(target.abs, next);
    services.invalidateGraph();
    return { content: `edited ${target.rel} (${count} replacement(s))`, attributes: { replacements: count } };
  },
});

export const writeFileTool = defineTool({
  name: 'write_file',
  description: 'Create or overwrite a planned file with the given content.',
  input: z.strictObject({ path, content: z.string().check(z.maxLength(WRITE_CAP)) }),
  async run(input, services) {
    const target = resolveForWrite(services.repo, input.path);
    assertPlannedWrite(services, target.rel, 'write');
    writeNoFollow(target.abs, input.content);
    services.invalidateGraph();
    return { content: `${target.exists ? 'overwrote' : 'created'} ${target.rel} (${Buffer.byteLength(input.content)} bytes)`, attributes: { bytes: Buffer.byteLength(input.content) } };
  },
});

export const deleteFileTool = defineTool({
  name: 'delete_file',
  description: 'Delete a file the plan names. Test files are never deleted.',
  input: z.strictObject({ path }),
  async run(input, services) {
    const target = resolveForWrite(services.repo, input.path);
    assertPlannedWrite(services, target.rel, 'delete');
    if (!target.exists || !lstatSync(target.abs).isFile()) throw new ToolRejection(`${target.rel} does not exist.`);
    unlinkSync(target.abs);
    services.invalidateGraph();
    return { content: `deleted ${target.rel}` };
  },
});

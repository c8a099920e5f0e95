import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportFromFindings, type Finding } from '@agent-guards/action-kit';
import { DEFAULT_MANIFEST_PATH, manifestViolations, parseConfig, ToolManifestSchema } from '@agent-guards/config';
import { parse } from 'yaml';
import { reportOf, printReport, str, type CommandImplementation } from '../command.js';

/**
 * Lints the tool manifest in the working tree: no generic shell and none of the
 * deliberate exclusions in any mode (spec §4 cross-mode invariant). Every
 * violation is listed, not only the first one the schema would report.
 */
export const manifestLintCommand: CommandImplementation = {
  async run(values, io) {
    const rel = str(values, 'manifest') ?? DEFAULT_MANIFEST_PATH;
    const report = await reportOf('manifest-lint', io, async () => {
      const text = await readFile(join(str(values, 'repo')!, rel), 'utf8');
      const raw = (parse(text) ?? {}) as { modes?: Record<string, { read?: unknown[]; write?: unknown[] }> };
      const modes = Object.fromEntries(
        Object.entries(raw.modes ?? {}).map(([mode, tools]) => [mode, { read: (tools?.read ?? []) as never[], write: (tools?.write ?? []) as never[] }]),
      );
      const findings: Finding[] = manifestViolations(modes).map((v) => ({
        rule: 'manifest-grants-excluded-tool',
        severity: 'error',
        path: rel,
        message: `mode '${v.mode}' binds '${v.tool}': ${v.reason}.`,
      }));
      if (findings.length === 0) parseConfig(text, rel, ToolManifestSchema, 'tool manifest');
      return { report: reportFromFindings('manifest-lint', findings, { modes: Object.keys(modes).length }) };
    });
    return printReport(report, values.json === true, io);
  },
};

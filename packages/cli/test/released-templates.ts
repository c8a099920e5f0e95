import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTemplatesDir, templateFilesAt, type TemplateFiles } from '../src/setup/template-files.js';

/**
 * A copy of this checkout's action-templates as a release ships them: every
 * agent-guards reference stamped with the release's repository, commit and
 * version comment, the examples' schema lines with its version (and,
 * optionally, actions/checkout with another commit).
 */
export function releasedTemplates(release: { repository: string; sha: string; version: string; checkoutSha?: string }): TemplateFiles & { cleanup(): void } {
  const source = findTemplatesDir();
  if (!source) throw new Error('no action-templates in this checkout');
  const dir = join(mkdtempSync(join(tmpdir(), 'agent-guards-release-')), 'action-templates');
  cpSync(source, dir, { recursive: true });
  const workflows = join(dir, 'workflow-templates');
  for (const name of readdirSync(workflows).filter((f) => f.endsWith('.yml'))) {
    const path = join(workflows, name);
    let text = readFileSync(path, 'utf8').replace(
      /[\w.-]+\/agent-guards\/([^@\s]+)@[0-9a-f]{40}(?: # \S+)?/g,
      (_, inner: string) => `${release.repository}/${inner}@${release.sha} # v${release.version}`,
    );
    if (release.checkoutSha) text = text.replace(/actions\/checkout@[0-9a-f]{40}/g, `actions/checkout@${release.checkoutSha}`);
    writeFileSync(path, text);
  }
  const examples = join(dir, 'examples');
  for (const name of readdirSync(examples)) {
    const path = join(examples, name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/raw\.githubusercontent\.com\/[\w.-]+\/agent-guards\/[^/\s]+\/schemas\//g, `raw.githubusercontent.com/${release.repository}/v${release.version}/schemas/`));
  }
  // An installed CLI package carries its engines range beside the templates, as this checkout's root does.
  const engines = (JSON.parse(readFileSync(join(source, '..', 'package.json'), 'utf8')) as { engines?: unknown }).engines;
  writeFileSync(join(dir, '..', 'package.json'), `${JSON.stringify({ name: '@agent-guards/cli', version: release.version, engines }, null, 2)}\n`);
  return { ...templateFilesAt(dir, release.version), cleanup: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}

// Finding and stamping the places a release names itself: `uses:` pins of this repository's actions and
// reusable workflows, and `$schema=` URLs of the example configuration.
import { REPOSITORY, SCHEMAS_DIR } from './config.mjs';

export const SHA = /^[0-9a-f]{40}$/;
export const VERSION_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

// `<owner>/<name>/actions/<action>@<ref> # <comment>` or `…/.github/workflows/<file>.yml@<ref> # <comment>`;
// a `<placeholder with spaces>` counts as one ref, so it is found and replaced whole.
const PIN = /(?<slug>[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(?<path>actions\/[A-Za-z0-9_-]+|\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml)@(?<ref><[^>\n]*>|[^\s#`'"]+)(?:[ \t]+#[ \t]*(?<comment>[^\s`'"]+))?/g;
const SCHEMA = /\$schema=(?<url>[^\s`'"]*?)(?<file>[A-Za-z0-9_.-]+\.schema\.json)(?=[\s`'"]|$)/g;

/** The URL a release publishes a schema at: raw file of the release tag. */
export function schemaUrl(tag, file) {
  return `https://raw.githubusercontent.com/${REPOSITORY}/${tag}/${SCHEMAS_DIR}/${file}`;
}

/**
 * What a tree offers to be pinned: its actions (`actions/<name>`, those with an action.yml), its
 * workflows (`.github/workflows/<file>`) and its schema files.
 */
export function pinTargets(paths) {
  const targets = new Set();
  const schemas = new Set();
  for (const path of paths) {
    const action = /^(actions\/[^/]+)\/action\.ya?ml$/.exec(path);
    if (action) targets.add(action[1]);
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) targets.add(path);
    const schema = new RegExp(`^${SCHEMAS_DIR}/([^/]+\\.schema\\.json)$`).exec(path);
    if (schema) schemas.add(schema[1]);
  }
  return { targets, schemas };
}

function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Every pin and schema URL in one file, with its line. */
export function findReferences(file, text, { targets, schemas }) {
  const found = [];
  for (const m of text.matchAll(PIN)) {
    if (!targets.has(m.groups.path)) continue;
    found.push({ kind: 'pin', file, line: lineAt(text, m.index), text: m[0], slug: m.groups.slug, path: m.groups.path, ref: m.groups.ref, comment: m.groups.comment });
  }
  for (const m of text.matchAll(SCHEMA)) {
    if (!schemas.has(m.groups.file)) continue;
    found.push({ kind: 'schema', file, line: lineAt(text, m.index), text: m[0], url: `${m.groups.url}${m.groups.file}`, schema: m.groups.file });
  }
  return found;
}

/** The file with every pin set to `<REPOSITORY>/<path>@<sha> # <tag>` and every schema URL to the tag's. */
export function stampText(text, { sha, tag }, { targets, schemas }) {
  return text
    .replace(PIN, (whole, ...args) => {
      const groups = args.at(-1);
      return targets.has(groups.path) ? `${REPOSITORY}/${groups.path}@${sha} # ${tag}` : whole;
    })
    .replace(SCHEMA, (whole, ...args) => {
      const groups = args.at(-1);
      return schemas.has(groups.file) ? `$schema=${schemaUrl(tag, groups.file)}` : whole;
    });
}

/** A 40-hex value that no commit has: every digit the same (the all-zero placeholder and its kin). */
export function isPlaceholderSha(ref) {
  return /^(.)\1{39}$/.test(ref);
}

// Release notes and the next version, from the conventional commits since the last release.
import { REPOSITORY, RELEASE_SUBJECT } from './config.mjs';
import { git } from './git.mjs';

const HEADER = /^(?<type>[a-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: (?<description>\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: ?([\s\S]*?)(?=\n[A-Za-z-]+(?:: | #)|$)/m;

/** Sections in the order they are read; breaking changes come before all of them. */
const SECTIONS = [
  ['feat', 'Features'],
  ['fix', 'Bug fixes'],
  ['perf', 'Performance'],
  ['revert', 'Reverts'],
  ['refactor', 'Refactoring'],
  ['docs', 'Documentation'],
  ['test', 'Tests'],
  ['build', 'Build'],
  ['ci', 'Continuous integration'],
  ['style', 'Style'],
  ['chore', 'Chores'],
];
/** The types that make a release by themselves. */
const RELEASING = { feat: 'minor', fix: 'patch', perf: 'patch', revert: 'patch' };

/** The commits of `range` (oldest first), parsed; the release's own commits left out. */
export function commitsIn(dir, range) {
  const log = git(dir, ['log', '--reverse', '--no-merges', '--format=%H%x1f%B%x1e', range]);
  return log
    .split('\x1e')
    .map((entry) => entry.replace(/^\n/, ''))
    .filter(Boolean)
    .map((entry) => {
      const [sha, message] = entry.split('\x1f');
      const [subject, ...rest] = message.trim().split('\n');
      const body = rest.join('\n').trim();
      const header = HEADER.exec(subject.trim());
      const footer = BREAKING_FOOTER.exec(body);
      const breaking = Boolean(header?.groups.bang) || Boolean(footer);
      return {
        sha,
        subject: subject.trim(),
        type: header?.groups.type,
        scope: header?.groups.scope,
        description: header?.groups.description ?? subject.trim(),
        breaking,
        breakingNote: footer?.[1].trim() || undefined,
      };
    })
    .filter((c) => !c.subject.startsWith(RELEASE_SUBJECT));
}

/** The semver bump the commits call for: a breaking change is major, a feature minor, a fix patch. */
export function bumpFor(commits) {
  if (commits.some((c) => c.breaking)) return 'major';
  const kinds = commits.map((c) => RELEASING[c.type]).filter(Boolean);
  if (kinds.includes('minor')) return 'minor';
  return kinds.includes('patch') ? 'patch' : undefined;
}

export function bumped(version, bump) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

function line(commit) {
  const scope = commit.scope ? `**${commit.scope}:** ` : '';
  const link = `[${commit.sha.slice(0, 7)}](https://github.com/${REPOSITORY}/commit/${commit.sha})`;
  return `- ${scope}${commit.description} (${link})`;
}

/** The notes of one release: breaking changes first, then one section per commit type. */
export function releaseNotes(commits, { version, previousTag, date }) {
  const tag = `v${version}`;
  const compare = previousTag ? `https://github.com/${REPOSITORY}/compare/${previousTag}...${tag}` : `https://github.com/${REPOSITORY}/tree/${tag}`;
  const out = [`## [${version}](${compare}) (${date})`, ''];
  const breaking = commits.filter((c) => c.breaking);
  if (breaking.length > 0) {
    out.push('### ⚠ Breaking changes', '');
    for (const c of breaking) out.push(c.breakingNote ? `${line(c)}\n  ${c.breakingNote.replace(/\n/g, '\n  ')}` : line(c));
    out.push('');
  }
  for (const [type, title] of SECTIONS) {
    const of = commits.filter((c) => c.type === type);
    if (of.length === 0) continue;
    out.push(`### ${title}`, '', ...of.map(line), '');
  }
  const other = commits.filter((c) => !SECTIONS.some(([type]) => type === c.type));
  if (other.length > 0) out.push('### Other changes', '', ...other.map(line), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// The service's linter: every source and test file parses as an ES module, relative imports name
// their file (with the .js extension), and src/ has no console output and no default export.
// Run with `node --experimental-vm-modules scripts/lint.js` (vm.SourceTextModule parses without running).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
}

const problems = [];
const files = [...filesUnder('src'), ...filesUnder('tests')];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  try {
    new vm.SourceTextModule(text, { identifier: file });
  } catch (error) {
    problems.push(`${file}: does not parse: ${error.message}`);
  }
  text.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const spec = /^\s*(?:import|export)\b.*\bfrom\s+'(\.[^']*)'/.exec(line)?.[1];
    if (spec && !spec.endsWith('.js')) problems.push(`${where}: relative import '${spec}' must name the file with its .js extension`);
    if (file.startsWith('src') && /\bconsole\.(log|info|debug)\(/.test(line)) problems.push(`${where}: no console output in src/ (return values, publish events)`);
    if (file.startsWith('src') && /^\s*export\s+default\b/.test(line)) problems.push(`${where}: no default exports (name what a module exports)`);
  });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`lint: ${files.length} file(s) clean`);

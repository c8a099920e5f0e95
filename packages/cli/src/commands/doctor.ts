import { resolve } from 'node:path';
import { str, type CliIo, type CommandImplementation, type OptionValues } from '../command.js';
import { checklistExitCode, renderChecklist, tally } from '../setup/checklist.js';
import { runDoctor } from '../setup/doctor.js';
import { runningTemplateFiles, type TemplateFiles } from '../setup/template-files.js';

/** Runs doctor with explicit templates (the running CLI's, or a release's copy). */
export async function runDoctorCommand(values: OptionValues, io: CliIo, templates: TemplateFiles, nodeVersion = process.versions.node): Promise<number> {
  const token = io.env.GITHUB_TOKEN;
  const githubRepo = str(values, 'github-repo');
  const ref = str(values, 'ref');
  const apiUrl = str(values, 'api-url') ?? io.env.GITHUB_API_URL;
  const items = await runDoctor({
    dir: resolve(io.cwd, str(values, 'repo') ?? '.'),
    templates,
    nodeVersion,
    logger: io.logger,
    ...(ref ? { ref } : {}),
    ...(githubRepo ? { githubRepo } : {}),
    ...(token ? { token } : {}),
    ...(apiUrl ? { apiUrl } : {}),
  });
  io.stdout(values.json === true ? JSON.stringify({ items, counts: tally(items) }, null, 2) : renderChecklist(items));
  return checklistExitCode(items);
}

/**
 * Checks a service repository end to end and prints a checklist with a fix
 * for every failing item: trusted files at the default branch, workflow pins,
 * templates, the sandbox on this machine, Node.js, and (with a token) the
 * rulesets. Exits 1 when something fails.
 */
export const doctorCommand: CommandImplementation = {
  run: (values, io) => runDoctorCommand(values, io, runningTemplateFiles()),
};

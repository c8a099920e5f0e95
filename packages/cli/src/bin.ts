import module from 'node:module';

// Node ≥ 22.1 keeps the compiled code of the modules it loads between runs; on older Node the
// call does not exist and start-up compiles them as before. Enabled before the CLI is imported,
// so that every module after this one is cached.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('./cli.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  env: process.env,
});

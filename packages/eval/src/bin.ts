#!/usr/bin/env node
import { runEvalCli } from './cli.js';

process.exitCode = await runEvalCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
});

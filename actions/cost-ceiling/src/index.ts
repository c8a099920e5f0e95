import module from 'node:module';

// Node ≥ 22.1 keeps the compiled code of the modules it loads between runs (a self-hosted runner
// starts this action again and again); on older Node the call does not exist. Enabled before the
// action's code is imported, so that all of it is cached.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { run } = await import('./main.js');
await run();

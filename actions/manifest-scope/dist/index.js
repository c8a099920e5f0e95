import module from "node:module";
// actions/manifest-scope/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-BO0apyMe.js");
await run();
export {};

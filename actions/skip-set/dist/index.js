import module from "node:module";
// actions/skip-set/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-BBx7PNlN.js");
await run();
export {};

import module from "node:module";
// actions/cost-ceiling/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-v0M_hqWk.js");
await run();
export {};

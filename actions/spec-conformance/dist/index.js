import module from "node:module";
// actions/spec-conformance/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-WcF2_dWV.js");
await run();
export {};

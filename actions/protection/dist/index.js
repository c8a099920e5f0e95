import module from "node:module";
// actions/protection/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-D-6jrMLM.js");
await run();
export {};

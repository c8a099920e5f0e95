import module from "node:module";
// actions/boundaries/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-_Yowgd2L.js");
await run();
export {};

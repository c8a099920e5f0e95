import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/skip-set/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-CHQoykpP.js");
await run();
export {};

import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/boundaries/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-DHH43A2I.js");
await run();
export {};

import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/manifest-scope/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-jZUI4LTk.js");
await run();
export {};

import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/spec-conformance/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-96CyAhKz.js");
await run();
export {};

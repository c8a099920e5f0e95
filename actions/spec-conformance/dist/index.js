import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/spec-conformance/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-CyrW5Hr_.js");
await run();
export {};

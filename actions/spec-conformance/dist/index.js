import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/spec-conformance/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-CA5CY43Z.js");
await run();
export {};

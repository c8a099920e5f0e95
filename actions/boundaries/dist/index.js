import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/boundaries/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-BXm1UDdU.js");
await run();
export {};

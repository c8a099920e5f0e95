import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/cost-ceiling/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-B6frWr7w.js");
await run();
export {};

import "./rolldown-runtime-C1I3wEg2.js";
import module from "node:module";
// actions/protection/lib/index.js
module.enableCompileCache?.();
const { run } = await import("./main-k2Ra_vcW.js");
await run();
export {};

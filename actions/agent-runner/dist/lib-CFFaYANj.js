import "./dependency-files-CN4JWig5.js";
import "./locked-packages-B2Nck-N-.js";
export { t as devOnlyChange } from "./lib-DtA1lUgd.js";
import "./pep508-q2qKcZDC.js";

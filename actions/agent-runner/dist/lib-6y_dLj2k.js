import "./dependency-files-CIQMu26D.js";
import "./locked-packages-DhDOmF47.js";
export { t as devOnlyChange } from "./lib-Cf7upjmc.js";
import "./pep508-Bbru85ZZ.js";

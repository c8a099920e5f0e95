import "./dependency-files-SKu9d1j7.js";
import "./locked-packages-B2Nck-N-.js";
export { t as devOnlyChange } from "./lib-Bn5gtdUa.js";
import "./pep508-q2qKcZDC.js";

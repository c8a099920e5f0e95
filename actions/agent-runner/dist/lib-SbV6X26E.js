import "./dependency-files-SKu9d1j7.js";
import "./locked-packages-B2Nck-N-.js";
export { t as devOnlyChange } from "./lib-BXq4PzD7.js";
import "./pep508-q2qKcZDC.js";

export { t as default } from "./sdk-DwVulG_A.js";

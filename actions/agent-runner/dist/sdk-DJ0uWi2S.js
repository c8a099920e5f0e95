export { t as default } from "./sdk-tCrwB9Of.js";

export { t as default } from "./sdk-CTfJh02l.js";

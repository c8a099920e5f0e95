export { r as fs, i as path } from "./node-D6qi13sF.js";

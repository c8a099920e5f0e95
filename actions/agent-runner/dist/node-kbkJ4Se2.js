export { r as fs, i as path } from "./node-CSjM_2Xv.js";

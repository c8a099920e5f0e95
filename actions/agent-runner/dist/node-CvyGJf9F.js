export { r as fs, i as path } from "./node-BoJv7AvD.js";

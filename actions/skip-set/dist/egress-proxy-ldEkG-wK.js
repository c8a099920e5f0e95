export { t as EgressProxy } from "./egress-proxy-UiUGzLwx.js";

export { t as EgressProxy } from "./egress-proxy-CvH7ZOFt.js";

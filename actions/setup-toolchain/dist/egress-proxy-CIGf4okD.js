export { t as EgressProxy } from "./egress-proxy-DDxgwK7q.js";

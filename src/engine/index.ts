// The engine's facade: what the layers above (cli, lessons, hosts) may use.

export { createCluster, Cluster, ADMIN_USER, type ClusterOptions, type ClusterSnapshot } from './sim/cluster.ts';
export { MetricsProvider, SCRAPE_PERIOD_MS, type ContainerMetrics, type NodeMetrics, type PodMetrics } from './metrics/provider.ts';
export { METRICS_APISERVICE, METRICS_AVAILABLE_DELAY_MS } from './metrics/apiservice.ts';
export { ApiClient, type ResourceName } from './client/client.ts';
export type { ApiServer, DeleteOptions, PropagationPolicy, WatchEvent, WriteOptions } from './apiserver/server.ts';
export type { ListOptions } from './apiserver/list-filter.ts';
export type { ExecCallbacks, ExecSession, LogLine, LogRequest, ExecRequest, NodeProxy } from './apiserver/node-proxy.ts';
export type { PodLogOptions } from './apiserver/registry/pods/log.ts';
export { ExecStreamError, isExecStreamError, type PodExecOptions } from './apiserver/registry/pods/exec.ts';
export type { PatchType } from './apiserver/patch/apply.ts';
export { mergeKeyFor } from './apiserver/patch/merge-keys.ts';
export { StatusError, isStatusError, qualifiedResource, type FieldCause } from './api/errors.ts';
export { RESOURCES, groupVersions, resolveResource, resourceByName, resourceForKind, servesVersion, type ResourceInfo } from './api/kinds.ts';
export { apiVersionOf, splitApiVersion, type KubeList, type KubeObject, type ObjectMeta } from './api/types.ts';
export { formatLabelSelector, labelSelectorMatches, parseLabelSelector, matchesRequirements, SelectorError } from './api/selectors.ts';
export { age, goDuration, humanDuration, parseTime, rfc1123z, rfc3339 } from './base/time.ts';
export { addQuantities, compareQuantities, formatQuantity, milliValue, quantitySign, quantityValue, tryParseQuantity, type Quantity } from './api/quantity.ts';
export { goQuote } from './base/go-quote.ts';
export { Base64Error, decodeBase64, encodeBase64, encodeBase64Text } from './base/base64.ts';
export { utf8ByteLength, utf8Decode, utf8Encode } from './base/utf8.ts';
export { clone, deepEqual, isPlainObject, stableStringify, type Json, type JsonObject } from './base/json.ts';
export { isDns1123Label, isDns1123Subdomain, isConfigMapKey, isEnvVarName, isQualifiedName, isLabelValue } from './api/validation/names.ts';
export type { Profile, ProfileInfo } from './profiles/profile.ts';
export { emptyProfile } from './profiles/empty/index.ts';
export { courseProfile } from './profiles/course/index.ts';
export { scaleProfile, type ScaleOptions } from './profiles/scale/index.ts';
export { openApiDocument, type OpenApiDocument } from './api/schema/openapi.ts';

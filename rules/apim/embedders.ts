import type { Embedder, EmbeddedRegion } from '../../engine/engine';
import { armPolicies, isPolicyXml } from '../../engine/parsers/apim/hosts';

/** Separator between a host path and a policy's index in a region label (`main.json#apim-policy:2`). */
export const LABEL_MARK = '#apim-policy:';

/** A whole `.xml` file whose root element is `<policies>` or `<fragment>`: one region, identity mapping. */
export const xmlPolicyEmbedder: Embedder = {
  id: 'apim-policy-xml',
  hostKinds: ['xml'],
  prefilter: /<(?:policies|fragment)\b/,
  extract(host) {
    if (!isPolicyXml(host.text)) return [];
    return [{ kind: 'apim-policy', text: host.text, toOuter: (o) => o }];
  },
};

/**
 * ARM templates: the `properties.value` string of `Microsoft.ApiManagement/service/**\/policies` and
 * `policyFragments` resources (format xml/rawxml), JSON-unescaped with an exact offset map.
 */
export const armPolicyEmbedder: Embedder = {
  id: 'apim-policy-arm',
  hostKinds: ['json'],
  prefilter: /Microsoft\.ApiManagement\/service/i,
  extract(host) {
    return armPolicies(host.text).map(
      (p): EmbeddedRegion => ({
        kind: 'apim-policy',
        text: p.text,
        toOuter: p.toOuter,
        encode: p.encode,
        label: `${host.path}${LABEL_MARK}${p.index}`,
      }),
    );
  },
};

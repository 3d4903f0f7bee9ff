import type { Embedder, EmbeddedRegion } from '../../engine/engine';
import type { SourceFile } from '../../engine/source';
import { armPolicies, bicepPolicies, isPolicyXml, terraformPolicies, type HostedPolicy } from '../../engine/parsers/apim/hosts';
import { bicepParser } from '../../engine/parsers/bicep';
import { hclParser } from '../../engine/parsers/hcl';

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
    return regions(host, armPolicies(host.text));
  },
};

/**
 * Bicep: policy and policy-fragment resources whose `properties.value` is a string literal
 * (`'…'` or `'''…'''`); interpolated strings and `loadTextContent(...)` yield nothing.
 */
export const bicepPolicyEmbedder: Embedder = {
  id: 'apim-policy-bicep',
  hostKinds: ['bicep'],
  prefilter: /Microsoft\.ApiManagement\/service/i,
  parsers: [bicepParser],
  extract(host, parse) {
    return regions(host, bicepPolicies(host.text, parse(bicepParser)));
  },
};

/** Terraform: `xml_content` of the azurerm policy resources (heredoc or plain string), fragments' `value`. */
export const terraformPolicyEmbedder: Embedder = {
  id: 'apim-policy-terraform',
  hostKinds: ['terraform'],
  prefilter: /azurerm_api_management/,
  parsers: [hclParser],
  extract(host, parse) {
    return regions(host, terraformPolicies(host.text, parse(hclParser)));
  },
};

function regions(host: SourceFile, policies: HostedPolicy[]): EmbeddedRegion[] {
  return policies.filter((p) => p.loadPath === undefined).map((p) => ({
    kind: 'apim-policy',
    text: p.text,
    toOuter: p.toOuter,
    encode: p.encode,
    label: `${host.path}${LABEL_MARK}${p.index}`,
  }));
}

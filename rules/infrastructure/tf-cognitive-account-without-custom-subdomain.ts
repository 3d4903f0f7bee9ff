import { hclParser } from '../../engine/parsers/hcl';
import type { Rule } from '../../engine/rule';
import { REFERENCES } from './cognitive-account';
import { keysOn, targetOf } from './tf-accounts';
import { evaluateTf, type TfModuleScope } from './tf-values';

export const rule: Rule = {
  meta: {
    code: 'AOAI623',
    name: 'tf-cognitive-account-without-custom-subdomain',
    description: 'Terraform deploys an Azure OpenAI / AI Services account without a custom subdomain, which Microsoft Entra ID authentication requires.',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['terraform'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `azurerm_cognitive_account` and `azurerm_ai_services` without `custom_subdomain_name`, `azapi_resource` accounts whose body has no `properties.customSubDomainName`, and calls of the Terraform Azure Verified Module for accounts without `custom_subdomain_name`. It is a warning when the account also turns keys off (no way left to authenticate) and information otherwise.',
      whyBad:
        'Microsoft Entra ID tokens are only accepted on the custom subdomain endpoint (`https://<name>.openai.azure.com`); regional endpoints do not support Entra authentication. An account without a subdomain cannot move off API keys, and one with keys disabled cannot be called at all. The subdomain cannot be changed once set (it forces a new resource in azurerm), so it belongs in the configuration from the start.',
      example: ['resource "azurerm_cognitive_account" "openai" {', '  name               = "oai-contoso"', '  kind               = "OpenAI"', '  sku_name           = "S0"', '  local_auth_enabled = false', '}'].join('\n'),
      useInstead: [
        'resource "azurerm_cognitive_account" "openai" {',
        '  name                  = "oai-contoso"',
        '  kind                  = "OpenAI"',
        '  sku_name              = "S0"',
        '  custom_subdomain_name = "oai-contoso"',
        '  local_auth_enabled    = false',
        '}',
      ].join('\n'),
      exampleLanguage: 'hcl',
      references: [REFERENCES.customSubdomain, REFERENCES.authentication, REFERENCES.azurermAccount],
    },
  },
  prefilter: /azurerm_cognitive_account|azurerm_ai_services|Microsoft\.CognitiveServices\/accounts|avm-res-cognitiveservices-account/i,
  check(context) {
    if (!context.file.path.toLowerCase().endsWith('.tf')) return;
    const file = context.parse(hclParser);
    const scope: TfModuleScope = { filePath: context.file.path, file, workspace: context.workspace };
    for (const block of file.body.blocks) {
      const target = targetOf(block);
      if (!target || !target.subdomainKnown || target.oldApi) continue;
      if (target.subdomain && !(target.subdomain.kind === 'null' || (target.subdomain.kind === 'template' && target.subdomain.parts.length === 0))) continue;
      const value = target.node ? evaluateTf(target.node, scope) : undefined;
      const keysOff = value !== undefined && value.state === 'known' && !keysOn(target, value);
      const labels = block.labels;
      const head = labels.length ? { start: labels[0].start, end: labels[labels.length - 1].end } : { start: block.type.start, end: block.type.end };
      const label = target.label[0].toUpperCase() + target.label.slice(1);
      const attr = target.setting === 'disableLocalAuth' ? 'properties.customSubDomainName' : 'custom_subdomain_name';
      context.report({
        ...head,
        severity: keysOff ? 'warning' : 'info',
        message: keysOff
          ? `${label} turns API keys off but sets no ${attr}, so Microsoft Entra ID tokens are not accepted either. Set a custom subdomain.`
          : `${label} sets no ${attr}: Microsoft Entra ID authentication only works on the custom subdomain endpoint, so clients cannot move off API keys.`,
      });
    }
  },
};

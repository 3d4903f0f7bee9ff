/**
 * The advice for an API Management subscription key sent as a header (`Ocp-Apim-Subscription-Key`,
 * or an `api-key` header whose value is named for APIM), shared by the Go, Java and PowerShell rules.
 */
export function gatewayKeyHeaderMessage(subject: 'request' | 'script', subscriptionKeyHeader: boolean, valueText: string): string {
  const what = subscriptionKeyHeader ? ' (`Ocp-Apim-Subscription-Key`)' : ` in an \`api-key\` header (${valueText})`;
  const cure = subject === 'script' ? 'send a Microsoft Entra token instead' : 'call it with a Microsoft Entra token instead';
  return `The ${subject} sends an API Management subscription key${what}: front-door key auth to the gateway, not the Azure OpenAI account key. Protect the gateway with a \`validate-azure-ad-token\` policy and ${cure}.`;
}

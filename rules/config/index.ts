import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as dockerfileKeySetting } from './dockerfile-azure-openai-key-setting';
import { rule as bicepparamKeySetting } from './bicepparam-azure-openai-key-setting';
import { rule as envKeySetting } from './env-azure-openai-key-setting';
import { rule as jsonKeySetting } from './json-azure-openai-key-setting';
import { rule as httpApiKeyHeader } from './http-api-key-header';
import { rule as propertiesKeySetting } from './properties-azure-openai-key-setting';
import { rule as shellCurlApiKeyHeader } from './shell-curl-api-key-header';
import { rule as shellKeyExport } from './shell-azure-openai-key-export';
import { rule as shellKeysList } from './shell-cognitiveservices-keys-list';
import { rule as yamlKeySetting } from './yaml-azure-openai-key-setting';
import { rule as promptFlowConnection } from './yaml-prompt-flow-connection-key-auth';
import { rule as httpKeyEnvRead } from './http-azure-openai-key-env-read';
import { yamlShellEmbedder } from './yaml-shell-embedder';

/** The config rules, in code order. */
export const configRules: Rule[] = [envKeySetting, jsonKeySetting, httpApiKeyHeader, shellCurlApiKeyHeader, shellKeyExport, shellKeysList, yamlKeySetting, promptFlowConnection, httpKeyEnvRead, propertiesKeySetting, dockerfileKeySetting, bicepparamKeySetting];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const configEmbedders: Embedder[] = [yamlShellEmbedder];

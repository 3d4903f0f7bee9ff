import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as csHardcodedKeyLiteral } from './cs-hardcoded-key-literal';
import { rule as csKeyCredentialClient } from './cs-key-credential-client';
import { rule as csKeyReadFromConfig } from './cs-key-read-from-config';
import { rule as csSemanticKernelApiKey } from './cs-semantic-kernel-api-key';
import { rule as csApiKeyHeaderRequest } from './cs-api-key-header-request';
import { csharpNotebookEmbedder } from './notebook-embedder';

/** The csharp rules, in code order. */
export const csharpRules: Rule[] = [csKeyCredentialClient, csSemanticKernelApiKey, csKeyReadFromConfig, csHardcodedKeyLiteral, csApiKeyHeaderRequest];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const csharpEmbedders: Embedder[] = [csharpNotebookEmbedder];

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { javaParser } from '../../../engine/parsers/java';
import { SourceFile } from '../../../engine/source';
import { rule } from '../../../rules/java/java-azure-openai-key-credential';
import { rule as readRule } from '../../../rules/java/java-azure-openai-key-env-read';
import { fixWith, lintWith, testRule } from '../../helpers/rule-tester';

const ROLE = 'Cognitive Services OpenAI User';
const SCOPE = 'https://cognitiveservices.azure.com/.default';

const azureSdk = [
  'package com.contoso;',
  '',
  'import com.azure.ai.openai.OpenAIClient;',
  'import com.azure.ai.openai.OpenAIClientBuilder;',
  'import com.azure.core.credential.AzureKeyCredential;',
  '',
  'class Clients {',
  '    OpenAIClient chat() {',
  '        String key = System.getenv("AZURE_OPENAI_API_KEY");',
  '        return new OpenAIClientBuilder()',
  '            .endpoint("https://contoso.openai.azure.com")',
  '            .credential(new AzureKeyCredential(key))',
  '            .buildClient();',
  '    }',
  '}',
  '',
].join('\n');

testRule(rule, {
  path: 'src/main/java/com/contoso/Clients.java',
  valid: [
    {
      name: 'the Azure SDK builder with DefaultAzureCredential',
      code: 'class A { Object c = new OpenAIClientBuilder().endpoint(e).credential(new DefaultAzureCredentialBuilder().build()).buildClient(); }\n',
    },
    {
      name: 'KeyCredential for api.openai.com (non-Azure OpenAI through the Azure SDK)',
      code: 'class A { Object c = new OpenAIClientBuilder().credential(new KeyCredential(System.getenv("OPENAI_API_KEY"))).buildClient(); }\n',
    },
    {
      name: 'OpenAI Java SDK apiKey with no Azure endpoint (public OpenAI)',
      code: 'class A { Object c = OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_API_KEY")).build(); }\n',
    },
    {
      name: 'LangChain4j with a token credential, and nonAzureApiKey for OpenAI',
      code: 'class A { Object m = AzureOpenAiChatModel.builder().endpoint(e).tokenCredential(cred).build(); Object n = AzureOpenAiChatModel.builder().nonAzureApiKey(k).build(); }\n',
    },
    {
      name: 'a fake key in a unit test (a fixture, not key auth)',
      path: 'src/test/java/com/contoso/ClientsTest.java',
      code: 'class ClientsTest { void t() { Object m = AzureOpenAiChatModel.builder().endpoint("https://test.openai.azure.com").apiKey("test-key").build(); } }\n',
    },
    {
      name: 'an AzureKeyCredential given to an unrelated builder (Azure AI Search)',
      code: 'class A { Object s = new SearchClientBuilder().endpoint(e).credential(new AzureKeyCredential(k)).buildClient(); }\n',
    },
  ],
  invalid: [
    {
      name: 'Azure SDK builder with an AzureKeyCredential: DefaultAzureCredentialBuilder, imports swapped in order',
      code: azureSdk,
      errors: [{ line: 12, column: 25, endColumn: 52, message: 'The Azure OpenAI client builder (`OpenAIClientBuilder`) authenticates with a key credential', severity: 'warning' }],
      fixTitle: ROLE,
      output: azureSdk
        .replace('import com.azure.core.credential.AzureKeyCredential;\n', 'import com.azure.identity.DefaultAzureCredentialBuilder;\n')
        .replace('.credential(new AzureKeyCredential(key))', '.credential(new DefaultAzureCredentialBuilder().build())'),
    },
    {
      name: 'a builder held in a variable, a credential variable, and another use of the credential type keeps its import',
      code: [
        'import com.azure.ai.openai.OpenAIClientBuilder;',
        'import com.azure.core.credential.AzureKeyCredential;',
        '',
        'class A {',
        '    AzureKeyCredential other;',
        '    void m(String k) {',
        '        OpenAIClientBuilder builder = new OpenAIClientBuilder();',
        '        AzureKeyCredential cred = new AzureKeyCredential(k);',
        '        builder.credential(cred);',
        '    }',
        '}',
        '',
      ].join('\n'),
      errors: [{ line: 9, column: 28, endColumn: 32 }],
      output: [
        'import com.azure.ai.openai.OpenAIClientBuilder;',
        'import com.azure.core.credential.AzureKeyCredential;',
        'import com.azure.identity.DefaultAzureCredentialBuilder;',
        '',
        'class A {',
        '    AzureKeyCredential other;',
        '    void m(String k) {',
        '        OpenAIClientBuilder builder = new OpenAIClientBuilder();',
        '        AzureKeyCredential cred = new AzureKeyCredential(k);',
        '        builder.credential(new DefaultAzureCredentialBuilder().build());',
        '    }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'an integration test that reads the real key from the environment still counts',
      path: 'src/test/java/com/contoso/ChatIT.java',
      code: 'class ChatIT { Object m = AzureOpenAiChatModel.builder().apiKey(System.getenv("AZURE_OPENAI_KEY")).build(); }\n',
      errors: [{ line: 1, column: 65 }],
    },
    {
      name: 'KeyCredential with an Azure endpoint',
      code: 'import com.azure.core.credential.KeyCredential;\n\nclass A { Object c = new OpenAIClientBuilder().endpoint("https://x.openai.azure.com/").credential(new KeyCredential(k)).buildClient(); }\n',
      errors: [{ line: 3, column: 99 }],
      output: 'import com.azure.identity.DefaultAzureCredentialBuilder;\n\nclass A { Object c = new OpenAIClientBuilder().endpoint("https://x.openai.azure.com/").credential(new DefaultAzureCredentialBuilder().build()).buildClient(); }\n',
    },
    {
      name: 'OpenAI Java SDK with AzureApiKeyCredential: a bearer token supplier with the configured scope',
      code: [
        'package app;',
        '',
        'import com.openai.client.okhttp.OpenAIOkHttpClient;',
        'import com.openai.credential.AzureApiKeyCredential;',
        '',
        'class A {',
        '    Object c = OpenAIOkHttpClient.builder()',
        '        .baseUrl("https://contoso.openai.azure.com/openai/v1/")',
        '        .credential(AzureApiKeyCredential.create(System.getenv("AZURE_OPENAI_API_KEY")))',
        '        .build();',
        '}',
        '',
      ].join('\n'),
      errors: [{ line: 9, column: 21, message: 'authenticates with an `AzureApiKeyCredential`' }],
      output: [
        'package app;',
        '',
        'import com.azure.identity.AuthenticationUtil;',
        'import com.azure.identity.DefaultAzureCredentialBuilder;',
        'import com.openai.client.okhttp.OpenAIOkHttpClient;',
        'import com.openai.credential.BearerTokenCredential;',
        '',
        'class A {',
        '    Object c = OpenAIOkHttpClient.builder()',
        '        .baseUrl("https://contoso.openai.azure.com/openai/v1/")',
        `        .credential(BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(new DefaultAzureCredentialBuilder().build(), "${SCOPE}")))`,
        '        .build();',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'OpenAI Java SDK apiKey beside azureServiceVersion',
      code: 'class A { Object c = OpenAIOkHttpClient.builder().baseUrl(endpoint).azureServiceVersion(AzureOpenAIServiceVersion.latestStableVersion()).apiKey(key).build(); }\n',
      errors: [{ line: 1, column: 145, message: '`.apiKey(...)`' }],
    },
    {
      name: 'LangChain4j apiKey becomes tokenCredential',
      code: 'import dev.langchain4j.model.azure.AzureOpenAiEmbeddingModel;\n\nclass A { Object m = AzureOpenAiEmbeddingModel.builder().endpoint(e).apiKey(k).build(); }\n',
      errors: [{ line: 3, column: 77, message: 'The LangChain4j Azure OpenAI model (`AzureOpenAiEmbeddingModel`)' }],
      output: 'import com.azure.identity.DefaultAzureCredentialBuilder;\nimport dev.langchain4j.model.azure.AzureOpenAiEmbeddingModel;\n\nclass A { Object m = AzureOpenAiEmbeddingModel.builder().endpoint(e).tokenCredential(new DefaultAzureCredentialBuilder().build()).build(); }\n',
    },
    {
      name: 'Azure AI Inference builder: reported, no fix (its token audience depends on the SDK version)',
      code: 'class A { Object c = new ChatCompletionsClientBuilder().endpoint(e).credential(new AzureKeyCredential(k)).buildClient(); }\n',
      errors: [{ line: 1, column: 80, message: 'Azure AI Inference' }],
      output: null,
    },
    {
      name: 'unfinished code: reported, no fix',
      code: 'class A { void m() { Object c = new OpenAIClientBuilder().credential(new AzureKeyCredential(k)).buildClient( } }\n',
      errors: [{ line: 1, column: 70 }],
      output: null,
    },
  ],
});

describe('AOAI811 and AOAI812', () => {
  before(() => javaParser.init!());
  it('point at each other through the local key variable', () => {
    const [client] = lintWith(rule, { name: 'c', code: azureSdk }, { path: 'A.java' });
    const [read] = lintWith(readRule, { name: 'r', code: azureSdk }, { path: 'A.java' });
    assert.deepEqual(client.related?.map((r) => r.range.start.line + 1), [9]);
    assert.deepEqual(read.related?.map((r) => r.range.start.line + 1), [12]);
  });
  it('leave files that parse without error nodes', () => {
    const fixed = fixWith(rule, { name: 'x', code: azureSdk }, { path: 'A.java' });
    assert.notEqual(fixed, azureSdk);
    assert.equal(javaParser.parse(new SourceFile('/ws/A.java', fixed, 'java')).hasError, false);
  });
});

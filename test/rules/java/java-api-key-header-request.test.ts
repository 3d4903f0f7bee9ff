import { rule } from '../../../rules/java/java-api-key-header-request';
import { rule as readRule } from '../../../rules/java/java-azure-openai-key-env-read';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'src/main/java/app/Rest.java',
  valid: [
    { name: 'a bearer token', code: 'class A { Object r = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(); }\n' },
    {
      name: 'Azure AI Search only (same header name, another service)',
      code: 'class A { String u = "https://acme.search.windows.net/indexes"; Object r = HttpRequest.newBuilder(URI.create(u)).header("api-key", k).build(); }\n',
    },
    {
      name: 'Pinecone takes an Api-Key header too: no Azure OpenAI in the file',
      code: 'class P { Object r = HttpRequest.newBuilder().uri(URI.create("https://" + host + "/namespaces")).header("Api-Key", apiKey).DELETE().build(); }\n',
    },
    { name: 'another header', code: 'class A { void m(HttpURLConnection c) { c.setRequestProperty("Content-Type", "application/json"); } }\n' },
    { name: 'the name only in a comment', code: '// conn.setRequestProperty("api-key", key);\nclass A {}\n' },
  ],
  invalid: [
    {
      name: 'java.net.http header with a constant name',
      code: 'class A {\n    static final String H = "api-key";\n    Object r = HttpRequest.newBuilder(uri).header(H, System.getenv("AZURE_OPENAI_API_KEY")).build();\n}\n',
      errors: [{ line: 3, column: 16, message: 'sends an `api-key` header', severity: 'warning' }],
      output: null,
    },
    {
      name: 'HttpURLConnection and OkHttp, mixed-case names',
      code: 'class AzureOpenAiRest { void m(HttpURLConnection c, Request.Builder b, String k) { c.setRequestProperty("Api-Key", k); b.addHeader("API-KEY", k); } }\n',
      errors: [{ line: 1, column: 84 }, { line: 1, column: 120 }],
    },
    {
      name: 'a hard-coded key is an error',
      code: '// calls https://contoso.openai.azure.com\nclass A { void m(Request.Builder b) { b.header("api-key", "0123456789abcdef0123456789abcdef"); } }\n',
      errors: [{ line: 2, column: 39, severity: 'error', message: 'hard-coded key' }],
    },
    {
      name: 'an APIM subscription key is info',
      code: 'class A { void m(Request.Builder b, String k) { b.header("Ocp-Apim-Subscription-Key", k); } }\n',
      errors: [{ line: 1, column: 49, severity: 'info', message: 'API Management subscription key' }],
    },
  ],
});

testRule(readRule, {
  path: 'src/main/java/app/Config.java',
  valid: [
    { name: 'the endpoint', code: 'class A { String e = System.getenv("AZURE_OPENAI_ENDPOINT"); }\n' },
    { name: 'OPENAI_API_KEY without an Azure client', code: 'class A { String k = System.getenv("OPENAI_API_KEY"); }\n' },
    { name: 'a getenv of another class', code: 'class A { String k = Env.getenv("AZURE_OPENAI_API_KEY"); }\n' },
  ],
  invalid: [
    {
      name: 'System.getenv and a static import, a constant name',
      code: 'import static java.lang.System.getenv;\n\nclass A {\n    static final String VAR = "AZURE_OPENAI_KEY";\n    String a = System.getenv("AZURE_OPENAI_API_KEY");\n    String b = getenv(VAR);\n}\n',
      errors: [
        { line: 5, column: 16, message: 'Reads the Azure OpenAI key AZURE_OPENAI_API_KEY' },
        { line: 6, column: 16, message: 'AZURE_OPENAI_KEY' },
      ],
    },
  ],
});

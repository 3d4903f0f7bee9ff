import { rule } from '../../../rules/go/go-api-key-header-request';
import { testRule } from '../../helpers/rule-tester';

const URL = '"https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"';

testRule(rule, {
  path: 'proxy/proxy.go',
  valid: [
    {
      name: 'a bearer token instead of the key',
      code: `package proxy\n\nimport "net/http"\n\nfunc f(token string) {\n\treq, _ := http.NewRequest(http.MethodPost, ${URL}, nil)\n\treq.Header.Set("Authorization", "Bearer "+token)\n}\n`,
    },
    {
      name: 'Azure AI Search, which uses the same header name',
      code: 'package proxy\n\nimport "net/http"\n\nfunc f(key string) {\n\treq, _ := http.NewRequest("GET", "https://acme.search.windows.net/indexes?api-version=2023-11-01", nil)\n\treq.Header.Set("api-key", key)\n}\n',
    },
    {
      name: 'another named host',
      code: 'package proxy\n\nimport "net/http"\n\nfunc f(key string) {\n\treq, _ := http.NewRequest("GET", "https://api.example.com/v1/items", nil)\n\treq.Header.Add("api-key", key)\n}\n',
    },
    {
      name: 'the header removed from an incoming request (Del) and an empty value',
      code: 'package proxy\n\nfunc f(req *http.Request) {\n\treq.Header.Del("api-key")\n\treq.Header.Set("api-key", "")\n}\n',
    },
    {
      name: 'an api-key header in a file that shows no Azure OpenAI (Pinecone, Qdrant take it too)',
      code: 'package vectors\n\nfunc f(req *http.Request, k string) {\n\treq.Header.Set("Api-Key", k)\n}\n',
    },
    {
      name: 'a header name from another package that does not say it is the key header, or a value not named for a key',
      code: `package proxy\n\nfunc f(req *http.Request, cfg Config, token string) {\n\treq, _ = http.NewRequest("GET", ${URL}, nil)\n\treq.Header.Set(headers.RequestID, cfg.ApiKey)\n\treq.Header.Set(headers.AuthHeaderKey, token)\n}\n`,
    },
    {
      name: 'a constant header name that is not api-key',
      code: 'package proxy\n\nconst h = "X-Request-Id"\n\nfunc f(req *http.Request, v string) { req.Header.Set(h, v) }\n',
    },
  ],
  invalid: [
    {
      name: 'Header.Set with a literal name, request to an Azure OpenAI host',
      code: `package proxy\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc f() {\n\treq, _ := http.NewRequest(http.MethodPost, ${URL}, nil)\n\treq.Header.Set("api-key", os.Getenv("AZURE_OPENAI_API_KEY"))\n}\n`,
      errors: [{ line: 10, column: 2, endColumn: 62, message: 'sends an `api-key` header to Azure OpenAI', severity: 'warning' }],
      output: null,
    },
    {
      name: 'the header name is a constant declared in another file of the package; request URL unknown',
      code: '// Package proxy forwards requests to Azure OpenAI deployments.\npackage proxy\n\nfunc forward(req *http.Request, key string) {\n\treq.Header.Set(AuthHeaderKey, key)\n}\n',
      files: { 'proxy/init.go': 'package proxy\n\nconst (\n\tAuthHeaderKey = "api-key"\n)\n' },
      errors: [{ line: 5, column: 2, message: 'to a host the file does not name' }],
    },
    {
      name: 'a key-header constant from another package, a value named for a key, a request to Azure OpenAI',
      code: `package proxy\n\nfunc list(d Deployment) {\n\treq, _ := http.NewRequest(http.MethodGet, d.Endpoint+"/openai/deployments?api-version=2022-12-01", nil)\n\treq.Header.Set(config.AuthHeaderKey, d.ApiKey)\n}\n`,
      errors: [{ line: 5, column: 2, message: 'in the header named by `config.AuthHeaderKey`' }],
    },
    {
      name: 'index assignment and an http.Header literal, mixed-case name',
      code: 'package proxy // talks to Azure OpenAI\n\nimport "net/http"\n\nfunc f(req *http.Request, k string) {\n\treq.Header["Api-Key"] = []string{k}\n\th := http.Header{"api-key": {k}}\n\t_ = h\n}\n',
      errors: [{ line: 6, column: 2 }, { line: 7, column: 19 }],
    },
    {
      name: 'a hard-coded key is an error and is never printed whole',
      code: 'package proxy // AOAI\n\nfunc f(req *http.Request) {\n\treq.Header.Set("api-key", "0123456789abcdef0123456789abcdef")\n}\n',
      errors: [{ line: 4, column: 2, severity: 'error', message: /hard-coded key \(0123…, 32 characters\)|hard-coded key \(/ }],
    },
    {
      name: 'an APIM subscription key header is info with gateway advice',
      code: 'package proxy\n\nfunc f(req *http.Request, k string) {\n\treq.Header.Set("Ocp-Apim-Subscription-Key", k)\n}\n',
      errors: [{ line: 4, column: 2, severity: 'info', message: 'API Management subscription key' }],
    },
  ],
});

// A small service that summarizes support tickets with Azure OpenAI.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

const deployment = "gpt-4o-mini"

func newClient() (*azopenai.Client, error) {
	endpoint := os.Getenv("AZURE_OPENAI_ENDPOINT")
	key := os.Getenv("AZURE_OPENAI_API_KEY")
	client, err := azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential(key), nil)
	if err != nil {
		return nil, fmt.Errorf("creating the Azure OpenAI client: %w", err)
	}
	return client, nil
}

// listDeployments calls the REST API directly, as the health check does.
func listDeployments(ctx context.Context) (*http.Response, error) {
	url := os.Getenv("AZURE_OPENAI_ENDPOINT") + "/openai/deployments?api-version=2022-12-01"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, bytes.NewReader(nil))
	if err != nil {
		return nil, err
	}
	req.Header.Set(authHeader, os.Getenv("AZURE_OPENAI_API_KEY"))
	return http.DefaultClient.Do(req)
}

func main() {
	client, err := newClient()
	if err != nil {
		log.Fatal(err)
	}
	_ = client
	resp, err := listDeployments(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&body)
	fmt.Println(deployment, body["data"])
}

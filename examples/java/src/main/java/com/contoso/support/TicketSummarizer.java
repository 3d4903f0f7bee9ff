package com.contoso.support;

import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.ai.openai.models.ChatCompletionsOptions;
import com.azure.ai.openai.models.ChatRequestUserMessage;
import com.azure.core.credential.AzureKeyCredential;
import java.util.List;

/** Summarizes support tickets with an Azure OpenAI deployment. */
public final class TicketSummarizer {
    private final OpenAIClient client;
    private final String deployment;

    public TicketSummarizer() {
        String endpoint = System.getenv("AZURE_OPENAI_ENDPOINT");
        String apiKey = System.getenv("AZURE_OPENAI_API_KEY");
        this.deployment = System.getenv().getOrDefault("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini");
        this.client = new OpenAIClientBuilder()
            .endpoint(endpoint)
            .credential(new AzureKeyCredential(apiKey))
            .buildClient();
    }

    public String summarize(String ticket) {
        var options = new ChatCompletionsOptions(List.of(new ChatRequestUserMessage("Summarize: " + ticket)));
        return client.getChatCompletions(deployment, options).getChoices().get(0).getMessage().getContent();
    }
}

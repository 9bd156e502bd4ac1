import { createServer } from "node:http";

/**
 * A local server speaking the OpenAI wire protocol's model list (`GET /v1/models`) and chat completions
 * (`POST /v1/chat/completions`, JSON) on a free loopback port, for the server's real provider client. Requests must
 * carry `Bearer <apiKey>`; others get OpenAI's 401 error body. `close()` stops it.
 */
export async function startOpenAiChat({ apiKey, models }) {
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const json = (status, value) => {
        response.writeHead(status, { "Content-Type": "application/json" });
        response.end(JSON.stringify(value));
      };
      if (request.headers.authorization !== `Bearer ${apiKey}`) {
        json(401, {
          error: {
            message: "Incorrect API key provided",
            type: "invalid_request_error",
          },
        });
        return;
      }
      if (request.method === "GET" && request.url === "/v1/models") {
        json(200, {
          object: "list",
          data: models.map((id) => ({
            id,
            object: "model",
            created: 1,
            owned_by: "e2e",
          })),
        });
        return;
      }
      if (request.method === "POST" && request.url === "/v1/chat/completions") {
        const parsed = JSON.parse(body);
        json(200, {
          id: "chatcmpl-e2e",
          object: "chat.completion",
          created: 1,
          model: parsed.model,
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: "Hello" },
              finish_reason: "stop",
            },
          ],
          usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
        });
        return;
      }
      response.writeHead(404).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

using DocsGen.SampleParsing;

namespace DocsGen.Tests.Checks.Samples.Parsing;

/// <summary>
/// Each language's parser reads the request a sample makes, in the shapes writers use: the short
/// form DocsGen generated so far, and complete programs that read credentials from the environment.
/// </summary>
public sealed class SampleParserTests
{
    [Fact]
    public void Python_complete_program_with_environment_credentials_params_and_json()
    {
        var sample = Parse("python", """
            import os
            import requests

            API_KEY = os.environ["ACME_API_KEY"]
            response = requests.request(
                "POST",
                "https://api.acme.test/v1/payments",
                params={"expand": ["customer", "invoice"], "limit": 10},
                headers={
                    "X-API-Key": API_KEY,
                    "Authorization": f"Bearer {os.environ['ACME_TOKEN']}",
                    "Idempotency-Key": "order-1234",
                },
                json={"amount": 2500, "currency": "usd", "capture": True},
            )
            print(response.json())
            """);

        Assert.Equal("POST", sample.Method);
        Assert.Equal("https://api.acme.test/v1/payments", sample.Url);
        Assert.Equal(["expand=customer", "expand=invoice", "limit=10"], sample.Query.Select(q => $"{q.Name}={q.Value}"));
        Assert.False(sample.Header("X-API-Key")!.Exact);
        Assert.StartsWith("Bearer ", sample.Header("Authorization")!.Value, StringComparison.Ordinal);
        Assert.Equal("order-1234", sample.Header("Idempotency-Key")!.Value);
        Assert.Equal("application/json", sample.Body!.ContentType);
        Assert.Equal("""{"amount":2500,"currency":"usd","capture":true}""", sample.Json!.ToJsonString());
    }

    [Fact]
    public void Python_basic_auth_form_data_and_files()
    {
        var form = Parse("python", """requests.post("https://api.acme.test/v1/customers", auth=("user", os.environ["PASSWORD"]), data={"email": "ada@example.com", "seats": 3})""");
        Assert.True(form.HasBasicAuth);
        Assert.Equal("application/x-www-form-urlencoded", form.Body!.ContentType);
        Assert.Equal(["email=ada@example.com", "seats=3"], form.Body.Fields!.Select(f => $"{f.Name}={f.Value}"));

        var multipart = Parse("python", """
            requests.request("POST", "https://api.acme.test/v1/docs", files=[("purpose", (None, "identity")), ("file", ("id.pdf", open("id.pdf", "rb")))])
            """);
        Assert.Equal("multipart/form-data", multipart.Body!.ContentType);
        Assert.Equal("identity", multipart.Body.Fields![0].Value);
        Assert.False(multipart.Body.Fields[1].Exact);
    }

    [Fact]
    public void JavaScript_fetch_with_environment_key_template_literal_and_url_search_params()
    {
        var sample = Parse("javascript", """
            const url = new URL("https://api.acme.test/v1/payments");
            url.searchParams.append("limit", "10");
            const response = await fetch(url, {
              method: "GET",
              headers: {
                "X-API-Key": process.env.ACME_API_KEY,
                Authorization: `Bearer ${process.env.ACME_TOKEN}`,
              },
            });
            """);

        Assert.Equal("GET", sample.Method);
        Assert.Equal("https://api.acme.test/v1/payments", sample.Url);
        Assert.Equal("limit=10", Assert.Single(sample.Query).Name + "=" + sample.Query[0].Value);
        Assert.False(sample.Header("X-API-Key")!.Exact);
        Assert.StartsWith("Bearer ", sample.Header("Authorization")!.Value, StringComparison.Ordinal);

        var form = Parse("js", """
            await fetch("https://api.acme.test/v1/customers?api_key=" + process.env.ACME_API_KEY, {
              method: "POST",
              body: new URLSearchParams({ email: "ada@example.com", plan: "pro" }),
            });
            """);
        Assert.Equal("application/x-www-form-urlencoded", form.Body!.ContentType);
        Assert.Equal(["email", "plan"], form.Body.Fields!.Select(f => f.Name));

        var multipart = Parse("js", """
            const form = new FormData();
            form.append("purpose", "identity");
            form.append("file", new Blob([bytes]), "id.pdf");
            await fetch("https://api.acme.test/v1/docs", { method: "POST", body: form });
            """);
        Assert.Equal("multipart/form-data", multipart.Body!.ContentType);
        Assert.Equal(["purpose", "file"], multipart.Body.Fields!.Select(f => f.Name));
    }

    [Fact]
    public void CSharp_program_with_environment_key_authentication_header_and_json_content()
    {
        var sample = Parse("csharp", """"
            using System.Net.Http.Headers;
            using System.Net.Http.Json;

            using var client = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.acme.test/v1/payments");
            request.Headers.Add("X-API-Key", Environment.GetEnvironmentVariable("ACME_API_KEY"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(bytes));
            request.Content = JsonContent.Create(new { amount = 2500, currency = "usd" });
            var response = await client.SendAsync(request);
            """");

        Assert.Equal("POST", sample.Method);
        Assert.False(sample.Header("X-API-Key")!.Exact);
        Assert.StartsWith("Basic ", sample.Header("Authorization")!.Value, StringComparison.Ordinal);
        Assert.Equal("""{"amount":2500,"currency":"usd"}""", sample.Json!.ToJsonString());

        var raw = Parse("csharp", """"
            using var request = new HttpRequestMessage(new HttpMethod("PATCH"), "https://api.acme.test/v1/payments/pay_1");
            request.Content = new StringContent(
                """
                {"description": "Refill"}
                """,
                System.Text.Encoding.UTF8,
                "application/merge-patch+json");
            """");
        Assert.Equal("application/merge-patch+json", raw.Body!.ContentType);
        Assert.Equal("""{"description":"Refill"}""", raw.Json!.ToJsonString());

        var form = Parse("csharp", """
            var response = await client.PostAsync("https://api.acme.test/v1/customers", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "ada@example.com",
                ["plan"] = "pro",
            }));
            """);
        Assert.Equal(["email=ada@example.com", "plan=pro"], form.Body!.Fields!.Select(f => $"{f.Name}={f.Value}"));
    }

    [Fact]
    public void Go_program_with_getenv_url_values_and_json_reader()
    {
        var sample = Parse("go", """
            package main

            import (
            	"bytes"
            	"net/http"
            	"os"
            )

            func main() {
            	body := bytes.NewBufferString(`{"amount": 2500, "currency": "usd"}`)
            	req, err := http.NewRequest(http.MethodPost, "https://api.acme.test/v1/payments", body)
            	if err != nil {
            		panic(err)
            	}
            	q := req.URL.Query()
            	q.Add("expand", "customer")
            	req.URL.RawQuery = q.Encode()
            	req.Header.Set("X-API-Key", os.Getenv("ACME_API_KEY"))
            	req.Header.Set("Content-Type", "application/json")
            	http.DefaultClient.Do(req)
            }
            """);

        Assert.Equal("POST", sample.Method);
        Assert.Equal("expand", Assert.Single(sample.Query).Name);
        Assert.False(sample.Header("X-API-Key")!.Exact);
        Assert.Equal("""{"amount":2500,"currency":"usd"}""", sample.Json!.ToJsonString());

        var form = Parse("go", """
            data := url.Values{"email": {"ada@example.com"}, "plan": []string{"pro"}}
            req, _ := http.NewRequest("POST", "https://api.acme.test/v1/customers", strings.NewReader(data.Encode()))
            req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
            req.SetBasicAuth(os.Getenv("USER"), os.Getenv("PASSWORD"))
            """);
        Assert.True(form.HasBasicAuth);
        Assert.Equal(["email=ada@example.com", "plan=pro"], form.Body!.Fields!.Select(f => $"{f.Name}={f.Value}"));
    }

    [Fact]
    public void Java_main_class_with_getenv_and_text_block_body()
    {
        var sample = Parse("java", """"
            import java.net.URI;
            import java.net.http.HttpClient;
            import java.net.http.HttpRequest;
            import java.net.http.HttpResponse;

            public class Main {
                public static void main(String[] args) throws Exception {
                    HttpRequest request = HttpRequest.newBuilder()
                        .uri(URI.create("https://api.acme.test/v1/payments?limit=10"))
                        .header("Authorization", "Bearer " + System.getenv("ACME_TOKEN"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                            {"amount": 2500, "currency": "usd"}
                            """))
                        .build();
                    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
                }
            }
            """");

        Assert.Equal("POST", sample.Method);
        Assert.Equal("https://api.acme.test/v1/payments?limit=10", sample.Url);
        Assert.False(sample.Header("Authorization")!.Exact);
        Assert.Equal("""{"amount":2500,"currency":"usd"}""", sample.Json!.ToJsonString());
    }

    [Fact]
    public void Curl_forms_cookies_and_shell_variables()
    {
        var sample = Parse("bash", """
            curl -X DELETE "https://api.acme.test/v1/customers/42" \
              -b "session=$ACME_SESSION" \
              -H "X-API-Key: $ACME_API_KEY"
            """);
        Assert.Equal("DELETE", sample.Method);
        Assert.False(sample.Header("X-API-Key")!.Exact);
        Assert.Equal("session=$ACME_SESSION", sample.Header("Cookie")!.Value);

        var form = Parse("bash", "curl https://api.acme.test/v1/docs -F purpose=identity -F file=@id.pdf -u \"$USER:$PASSWORD\"");
        Assert.True(form.HasBasicAuth);
        Assert.Equal("multipart/form-data", form.Body!.ContentType);
        Assert.False(form.Body.Fields![1].Exact);
    }

    private static HttpSample Parse(string language, string code) =>
        SampleParser.Parse(language, code) ?? throw new Xunit.Sdk.XunitException($"No request found in the {language} sample.");
}

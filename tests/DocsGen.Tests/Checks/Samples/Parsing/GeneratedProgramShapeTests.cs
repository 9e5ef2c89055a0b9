using DocsGen.SampleParsing;

namespace DocsGen.Tests.Checks.Samples.Parsing;

/// <summary>
/// The complete programs DocsGen's generator writes (issue 26) read as the request they send: the query
/// is a list joined onto the URL only when it has items, credentials come from environment variables,
/// and a commented-out optional parameter is shown but not sent.
/// </summary>
public sealed class GeneratedProgramShapeTests
{
    [Fact]
    public void Go_joins_the_query_list_onto_the_target_when_it_has_items()
    {
        var sample = Parse("go", """
            // API_KEY_QUERY: your API key (ApiKeyQuery).

            package main

            import (
            	"net/http"
            	"os"
            	"strings"
            )

            func main() {
            	query := []string{
            		"api_key=" + os.Getenv("API_KEY_QUERY"),
            		// "expand=customer", // What to include.
            		"limit=10",
            	}
            	target := "https://api.acme.test/v1/payments"
            	if len(query) > 0 {
            		target += "?" + strings.Join(query, "&")
            	}
            	req, err := http.NewRequest("GET", target, nil)
            	if err != nil {
            		panic(err)
            	}
            	// req.Header.Set("X-Request-Id", "42")
            	res, err := http.DefaultClient.Do(req)
            }
            """);

        Assert.Equal("GET", sample.Method);
        Assert.Equal("https://api.acme.test/v1/payments?api_key=…&limit=10", sample.Url);
        Assert.Empty(sample.Headers);
    }

    [Fact]
    public void Go_with_every_optional_parameter_commented_out_calls_the_bare_url()
    {
        var sample = Parse("go", """
            func main() {
            	query := []string{
            		// "limit=20", // How many to return.
            	}
            	target := "https://api.acme.test/v1/payments"
            	if len(query) > 0 {
            		target += "?" + strings.Join(query, "&")
            	}
            	req, err := http.NewRequest("GET", target, nil)
            }
            """);

        Assert.Equal("https://api.acme.test/v1/payments", sample.Url);
    }

    [Fact]
    public void CSharp_list_initializer_on_the_next_line_and_environment_header()
    {
        var sample = Parse("csharp", """
            // BEARER_AUTH: your JWT token (bearerAuth).

            var query = new List<string>
            {
                // "limit=20", // How many pets to return.
                "status=available",
            };
            using var client = new HttpClient();
            using var request = new HttpRequestMessage(new HttpMethod("GET"), "https://eu.petstore.example/v1/pets" + (query.Count > 0 ? "?" + string.Join("&", query) : ""));
            // request.Headers.TryAddWithoutValidation("X-Request-Id", "3fa85f64");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Environment.GetEnvironmentVariable("BEARER_AUTH"));
            using var response = await client.SendAsync(request);
            """);

        Assert.Equal("https://eu.petstore.example/v1/pets?status=available", sample.Url);
        Assert.Equal(["Authorization"], sample.HeaderNames);
        Assert.False(sample.Header("Authorization")!.Exact);
    }

    [Fact]
    public void Java_query_list_built_with_add_calls()
    {
        var sample = Parse("java", """
            public class Main {
                public static void main(String[] args) throws Exception {
                    List<String> query = new ArrayList<>();
                    // query.add("limit=20"); // How many pets to return.
                    query.add("status=available");
                    query.add("api_key=" + System.getenv("API_KEY"));
                    HttpRequest request = HttpRequest.newBuilder()
                        .uri(URI.create("https://eu.petstore.example/v1/pets" + (query.isEmpty() ? "" : "?" + String.join("&", query))))
                        // .header("X-Request-Id", "3fa85f64")
                        .method("GET", HttpRequest.BodyPublishers.noBody())
                        .build();
                }
            }
            """);

        Assert.Equal("GET", sample.Method);
        Assert.Equal("https://eu.petstore.example/v1/pets?status=available&api_key=…", sample.Url);
        Assert.Empty(sample.Headers);
    }

    [Fact]
    public void JavaScript_and_python_query_lists_skip_commented_out_items()
    {
        var js = Parse("javascript", """
            // BEARER_AUTH: your JWT token (bearerAuth).
            const query = [
              // "limit=20", // How many pets to return.
              "status=available",
            ];
            const response = await fetch("https://eu.petstore.example/v1/pets" + (query.length > 0 ? "?" + query.join("&") : ""), {
              method: "GET",
              headers: {
                // "X-Request-Id": "3fa85f64",
                "Authorization": "Bearer " + process.env.BEARER_AUTH,
              },
            });
            """);
        var python = Parse("python", """
            # BEARER_AUTH: your JWT token (bearerAuth).
            import os
            import requests

            query = [
                # "limit=20", # How many pets to return.
                "status=available",
            ]
            response = requests.request(
                "GET",
                "https://eu.petstore.example/v1/pets" + ("?" + "&".join(query) if query else ""),
                headers={
                    # "X-Request-Id": "3fa85f64",
                    "Authorization": "Bearer " + os.environ["BEARER_AUTH"],
                },
            )
            """);

        foreach (var sample in new[] { js, python })
        {
            Assert.Equal("https://eu.petstore.example/v1/pets?status=available", sample.Url);
            Assert.Equal(["Authorization"], sample.HeaderNames);
            Assert.False(sample.Header("Authorization")!.Exact);
        }
    }

    [Fact]
    public void Go_multipart_writer_fields_and_files()
    {
        var sample = Parse("go", """
            func main() {
            	var body bytes.Buffer
            	form := multipart.NewWriter(&body)
            	if err := form.WriteField("purpose", "identity"); err != nil {
            		panic(err)
            	}
            	file, err := form.CreateFormFile("file", filepath.Base("passport.pdf"))
            	if err := form.Close(); err != nil {
            		panic(err)
            	}
            	req, err := http.NewRequest("POST", "https://api.acme.test/v1/customers/42/documents", &body)
            	req.Header.Set("Content-Type", form.FormDataContentType())
            }
            """);

        Assert.Equal("multipart/form-data", sample.Body!.MediaType);
        Assert.Equal(["purpose=identity", "file=…"], sample.Body.Fields!.Select(f => $"{f.Name}={f.Value}"));
        Assert.False(sample.Body.Fields![1].Exact);
    }

    [Fact]
    public void Java_multipart_parts_written_by_a_helper()
    {
        var sample = Parse("java", """
            public class Main {
                public static void main(String[] args) throws Exception {
                    String boundary = UUID.randomUUID().toString();
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    part(body, boundary, "purpose", null, "identity".getBytes(StandardCharsets.UTF_8));
                    part(body, boundary, "file", "id.pdf", Files.readAllBytes(Path.of("id.pdf")));
                    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                    HttpRequest request = HttpRequest.newBuilder()
                        .uri(URI.create("https://api.acme.test/v1/customers/42/documents"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .method("POST", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build();
                }

                static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content) throws Exception {
                    body.write(content);
                }
            }
            """);

        Assert.Equal("POST", sample.Method);
        Assert.Equal("multipart/form-data", sample.Body!.MediaType);
        Assert.Equal(["purpose=identity", "file=…"], sample.Body.Fields!.Select(f => $"{f.Name}={f.Value}"));
    }

    private static HttpSample Parse(string language, string code) =>
        SampleParser.Parse(language, code) ?? throw new Xunit.Sdk.XunitException($"No request found in the {language} sample.");
}

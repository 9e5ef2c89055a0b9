using System.Net;

namespace DocsGen.Checks.External;

/// <summary>
/// Asks for one URL: HEAD first (cheap), GET when a server refuses or fails HEAD, redirects followed
/// by hand so each hop is known, transient failures retried with exponential backoff.
/// </summary>
internal sealed class UrlProber(HttpClient http, HostGate gate, ExternalCheckSettings settings)
{
    public async Task<ExternalResult> ProbeAsync(string url, CancellationToken cancellationToken)
    {
        ExternalResult result = Failed(url, ExternalStatus.Unreachable, null, "not tried");
        for (var attempt = 0; attempt <= settings.Retries; attempt++)
        {
            var (outcome, retryAfter) = await FollowAsync(url, cancellationToken);
            result = outcome;
            if (!IsTransient(result) || attempt == settings.Retries)
            {
                break;
            }

            if (retryAfter is { } wait)
            {
                if (wait > settings.MaxRetryAfter)
                {
                    break;
                }

                gate.Pause(new Uri(url), wait);
            }
            else
            {
                await Task.Delay(settings.Backoff * Math.Pow(2, attempt), settings.Clock, cancellationToken);
            }
        }

        return result;
    }

    private static bool IsTransient(ExternalResult result) =>
        result.Status is ExternalStatus.TimedOut or ExternalStatus.Unreachable or ExternalStatus.RateLimited
        || result.HttpStatus is 502 or 503 or 504;

    private async Task<(ExternalResult Result, TimeSpan? RetryAfter)> FollowAsync(string url, CancellationToken cancellationToken)
    {
        var hops = new List<string>();
        var current = new Uri(url);
        var permanent = false;
        for (var hop = 0; hop <= settings.MaxRedirects; hop++)
        {
            var answer = await gate.RunAsync(current, () => AskAsync(current, cancellationToken), cancellationToken);
            if (answer.Error is { } error)
            {
                return (Failed(url, answer.TimedOut ? ExternalStatus.TimedOut : ExternalStatus.Unreachable, hops, error), null);
            }

            var status = answer.Status;
            if (status is >= 300 and < 400 && answer.Location is { } location)
            {
                current = new Uri(current, location);
                hops.Add($"{status} {current}");
                permanent |= status is 301 or 308;
                continue;
            }

            var now = settings.Clock.GetUtcNow();
            if (status == 429)
            {
                return (new ExternalResult(url, ExternalStatus.RateLimited, status, current.ToString(), hops, "429 Too Many Requests", now), answer.RetryAfter ?? settings.Backoff);
            }

            if (status >= 400)
            {
                return (new ExternalResult(url, ExternalStatus.Broken, status, current.ToString(), hops, $"HTTP {status}", now), null);
            }

            return (new ExternalResult(url, permanent ? ExternalStatus.Moved : ExternalStatus.Ok, status, current.ToString(), hops, null, now), null);
        }

        return (Failed(url, ExternalStatus.Broken, hops, $"more than {settings.MaxRedirects} redirects"), null);
    }

    private async Task<Answer> AskAsync(Uri url, CancellationToken cancellationToken)
    {
        var head = await SendAsync(HttpMethod.Head, url, cancellationToken);

        // Many servers answer HEAD wrongly (405, 501, or a dropped connection); GET is the real question.
        if (head.Error is not null && !head.TimedOut || head.Status is 405 or 501 or 403 or 400)
        {
            return await SendAsync(HttpMethod.Get, url, cancellationToken);
        }

        return head;
    }

    private async Task<Answer> SendAsync(HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new Answer((int)response.StatusCode, response.Headers.Location, RetryAfter(response), null, false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Answer(0, null, null, $"no answer within {settings.Timeout.TotalSeconds:0.#} s", true);
        }
        catch (HttpRequestException e)
        {
            return new Answer(0, null, null, e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}", false);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.RetryAfter is not { } retry)
        {
            return null;
        }

        if (retry.Delta is { } delta)
        {
            return delta;
        }

        return retry.Date is { } date ? (date - settings.Clock.GetUtcNow()) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }

    private ExternalResult Failed(string url, ExternalStatus status, IReadOnlyList<string>? hops, string error) =>
        new(url, status, null, null, hops ?? [], error, settings.Clock.GetUtcNow());

    private sealed record Answer(int Status, Uri? Location, TimeSpan? RetryAfter, string? Error, bool TimedOut);
}

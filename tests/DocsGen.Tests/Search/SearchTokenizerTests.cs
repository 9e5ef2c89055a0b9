using DocsGen.Search;

namespace DocsGen.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void Splits_on_anything_that_is_not_a_letter_or_digit_and_lower_cases()
    {
        Assert.Equal(["get", "v1", "1", "payments", "id", "refunds"], SearchTokenizer.Terms("GET /v1/payments/{id}/refunds"));
    }

    [Fact]
    public void An_identifier_in_camel_case_is_kept_whole_and_in_parts()
    {
        Assert.Equal(["createpaymentintent", "create", "payment", "intent"], SearchTokenizer.Terms("createPaymentIntent"));
        Assert.Equal(["httpserver", "http", "server"], SearchTokenizer.Terms("HTTPServer"));
        Assert.Equal(["getoauthtoken", "get", "oauth", "token"], SearchTokenizer.Terms("getOAuthToken"));
    }

    [Fact]
    public void Letters_and_digits_split_into_parts_and_single_letters_are_dropped()
    {
        Assert.Equal(["oauth2", "oauth", "2"], SearchTokenizer.Terms("OAuth2"));
        Assert.Equal(["x509", "509"], SearchTokenizer.Terms("x509"));
        Assert.Empty(SearchTokenizer.Terms("a b c"));
    }

    [Fact]
    public void Stop_words_are_dropped_only_when_asked()
    {
        Assert.Equal(["keys", "never", "expire"], SearchTokenizer.Terms("The keys never expire", dropStopWords: true));
        Assert.Equal(["the", "keys"], SearchTokenizer.Terms("The keys"));
    }

    [Fact]
    public void Letters_outside_ascii_are_words_too()
    {
        Assert.Equal(["zahlungsempfänger", "überweisung"], SearchTokenizer.Terms("Zahlungsempfänger: Überweisung"));
    }
}

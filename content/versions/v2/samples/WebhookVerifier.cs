// Verifies the AcmePay-Signature header in ASP.NET Core.
using System.Security.Cryptography;
using System.Text;

public static class WebhookVerifier
{
    // #region verify
    public static bool IsValid(string header, byte[] body, string secret, DateTimeOffset now)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1))
            return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - long.Parse(t)) > 300)
            return false; // too old: possible replay

        var signed = Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(v1));
    }
    // #endregion
}

public static class Example
{
    public static void Main()
    {
        #region create
        var payment = client.Payments.Create(new() { Amount = 100, Currency = "EUR" });
        #endregion
        Console.WriteLine(payment.Id);
    }
}

async function main() {
  // #region create
  const payment = await client.payments.create({ amount: 100, currency: "EUR" });
  // #endregion
  console.log(payment.id);
}

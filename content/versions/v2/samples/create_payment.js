// Create a card payment in the Acme Pay sandbox (Node.js 18 or later, no dependencies).
// Run: ACME_API_KEY=sk_test_... node create_payment.js

// #region create
const API = "https://sandbox.acmepay.example/v2";

export async function createPayment(orderId, amount, token) {
  const response = await fetch(`${API}/payments`, {
    method: "POST",
    headers: {
      "X-Api-Key": process.env.ACME_API_KEY,
      "Idempotency-Key": `order-${orderId}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      amount,
      currency: "EUR",
      payment_method: { type: "card", token },
      description: `Order ${orderId}`,
      metadata: { order_id: orderId },
    }),
  });
  if (!response.ok) {
    const problem = await response.json(); // application/problem+json
    throw new Error(`${problem.code}: ${problem.detail ?? problem.title}`);
  }
  return response.json();
}
// #endregion

const payment = await createPayment("1042", 2500, "tok_visa_4242DEMO");
console.log(payment.id, payment.status);

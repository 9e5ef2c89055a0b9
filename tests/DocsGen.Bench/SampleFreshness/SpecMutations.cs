namespace DocsGen.Bench.SampleFreshness;

/// <summary>
/// The spec changes of the benchmark, written against fixture/versions/v1/api/acme.yaml: breaking
/// ones name the operations whose samples (as generated from the unchanged spec) no longer work;
/// harmless ones change the spec without making any sample wrong.
/// </summary>
internal static class SpecMutations
{
    private const string All = SpecMutation.Every;

    public static IReadOnlyList<SpecMutation> Breaking { get; } =
    [
        // Where the API lives.
        B("server base path /v1 -> /v2", [All], ("url: https://api.acme.test/v1", "url: https://api.acme.test/v2")),
        B("server host changed", [All], ("url: https://api.acme.test/v1", "url: https://api.acme.example/v1")),
        B("path /payments renamed /charges", ["listPayments", "createPayment"], ("  /payments:\n", "  /charges:\n")),
        B("path /payments/{paymentId} gets a suffix", ["getPayment", "updatePayment"], ("  /payments/{paymentId}:\n", "  /payments/{paymentId}/details:\n")),
        B("path /customers/{customerId} renamed /clients/{customerId}", ["deleteCustomer"], ("  /customers/{customerId}:\n", "  /clients/{customerId}:\n")),
        B("path /customers/{customerId}/documents renamed /files", ["uploadDocument"], ("  /customers/{customerId}/documents:\n", "  /customers/{customerId}/files:\n")),

        // Methods.
        B("listPayments GET -> POST", ["listPayments"], ("    get:\n      operationId: listPayments", "    put:\n      operationId: listPayments")),
        B("createPayment POST -> PUT", ["createPayment"], ("    post:\n      operationId: createPayment", "    put:\n      operationId: createPayment")),
        B("updatePayment PATCH -> PUT", ["updatePayment"], ("    patch:\n      operationId: updatePayment", "    put:\n      operationId: updatePayment")),
        B("createCustomer POST -> PUT", ["createCustomer"], ("    post:\n      operationId: createCustomer", "    put:\n      operationId: createCustomer")),
        B("deleteCustomer DELETE -> POST", ["deleteCustomer"], ("    delete:\n      operationId: deleteCustomer", "    post:\n      operationId: deleteCustomer")),

        // Bindings.
        B("getPayment operationId renamed", ["getPayment"], ("operationId: getPayment", "operationId: retrievePayment")),
        B("uploadDocument operationId renamed", ["uploadDocument"], ("operationId: uploadDocument", "operationId: createDocument")),
        B("listPayments removed", ["listPayments"], ("    get:\n      operationId: listPayments", "    x-removed:\n      operationId: listPayments")),

        // Query parameters.
        B("query limit renamed page_size", ["listPayments"], ("        - name: limit\n", "        - name: page_size\n")),
        B("query limit maximum 100 -> 5", ["listPayments"], ("            maximum: 100\n", "            maximum: 5\n")),
        B("query limit minimum 1 -> 20", ["listPayments"], ("            minimum: 1\n            maximum: 100\n", "            minimum: 20\n            maximum: 100\n")),
        B("query limit integer -> boolean", ["listPayments"], ("            type: integer\n            minimum: 1\n            maximum: 100\n", "            type: boolean\n")),
        B("query limit gets a multipleOf 25", ["listPayments"], ("            maximum: 100\n", "            maximum: 100\n            multipleOf: 25\n")),
        B("query status enum drops succeeded", ["listPayments"], ("enum: [pending, succeeded, failed]", "enum: [pending, failed]")),
        B("query status integer", ["listPayments"], ("            type: string\n            enum: [pending, succeeded, failed]\n", "            type: integer\n")),
        B("query status maxLength 4", ["listPayments"], ("            enum: [pending, succeeded, failed]\n", "            maxLength: 4\n")),
        B("new required query parameter", ["listPayments"], ("          example: succeeded\n", "          example: succeeded\n        - name: currency\n          in: query\n          required: true\n          schema:\n            type: string\n")),
        B("query api_key renamed key", ["createCustomer"], ("      in: query\n      name: api_key", "      in: query\n      name: key")),

        // Header parameters.
        B("header Acme-Version renamed Api-Version", ["listPayments"], ("        - name: Acme-Version\n", "        - name: Api-Version\n")),
        B("header Acme-Version pattern v1", ["listPayments"], ("pattern: \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"", "pattern: \"^v[0-9]+$\"")),
        B("header Acme-Version maxLength 4", ["listPayments"], ("            pattern: \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"\n", "            maxLength: 4\n")),
        B("header Acme-Version enum", ["listPayments"], ("            pattern: \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"\n", "            enum: [\"2025-01-01\"]\n")),
        B("new required header X-Tenant", ["listPayments"], ("          example: \"2024-06-01\"\n", "          example: \"2024-06-01\"\n        - name: X-Tenant\n          in: header\n          required: true\n          schema:\n            type: string\n")),
        B("header Idempotency-Key renamed Idempotency-Token", ["createPayment"], ("        - name: Idempotency-Key\n", "        - name: Idempotency-Token\n")),
        B("header Idempotency-Key maxLength 5", ["createPayment"], ("            maxLength: 64\n", "            maxLength: 5\n")),
        B("header Idempotency-Key must be a uuid", ["createPayment"], ("            maxLength: 64\n", "            format: uuid\n")),

        // Path parameters.
        B("paymentId pattern pay_ -> py_", ["getPayment", "updatePayment"], ("pattern: \"^pay_[a-z0-9]+$\"", "pattern: \"^py_[a-z0-9]+$\"")),
        B("paymentId maxLength 20 -> 6", ["getPayment", "updatePayment"], ("          maxLength: 20\n", "          maxLength: 6\n")),
        B("paymentId integer", ["getPayment", "updatePayment"], ("          type: string\n          pattern: \"^pay_[a-z0-9]+$\"\n", "          type: integer\n")),
        B("paymentId enum", ["getPayment", "updatePayment"], ("          maxLength: 20\n", "          maxLength: 20\n          enum: [pay_1]\n")),
        B("customerId (delete) string cus_", ["deleteCustomer"], ("            type: integer\n            minimum: 1\n          example: 42\n      responses:\n        \"204\"", "            type: string\n            pattern: \"^cus_\"\n          example: 42\n      responses:\n        \"204\"")),
        B("customerId (delete) maximum 10", ["deleteCustomer"], ("            minimum: 1\n          example: 42\n      responses:\n        \"204\"", "            minimum: 1\n            maximum: 10\n          example: 42\n      responses:\n        \"204\"")),
        B("customerId (documents) minimum 100", ["uploadDocument"], ("            minimum: 1\n          example: 42\n      requestBody:", "            minimum: 100\n          example: 42\n      requestBody:")),

        // Security.
        B("API key header renamed X-Acme-Key", ["listPayments", "createPayment"], ("      in: header\n      name: X-API-Key", "      in: header\n      name: X-Acme-Key")),
        B("API key moved to the query", ["listPayments", "createPayment"], ("      in: header\n      name: X-API-Key", "      in: query\n      name: X-API-Key")),
        B("API key moved to a cookie", ["listPayments", "createPayment"], ("      in: header\n      name: X-API-Key", "      in: cookie\n      name: X-API-Key")),
        B("global security bearer instead of the key", ["listPayments", "createPayment"], ("security:\n  - ApiKeyHeader: []\npaths:", "security:\n  - BearerAuth: []\npaths:")),
        B("global security query key instead of header key", ["listPayments", "createPayment"], ("security:\n  - ApiKeyHeader: []\npaths:", "security:\n  - ApiKeyQuery: []\npaths:")),
        B("getPayment basic instead of bearer", ["getPayment"], ("      summary: Get a payment\n      security:\n        - BearerAuth: []", "      summary: Get a payment\n      security:\n        - BasicAuth: []")),
        B("getPayment API key instead of bearer", ["getPayment"], ("      summary: Get a payment\n      security:\n        - BearerAuth: []", "      summary: Get a payment\n      security:\n        - ApiKeyHeader: []")),
        B("updatePayment bearer instead of basic", ["updatePayment"], ("        - BasicAuth: []", "        - BearerAuth: []")),
        B("createCustomer header key instead of query key", ["createCustomer"], ("        - ApiKeyQuery: []", "        - ApiKeyHeader: []")),
        B("session cookie renamed sid", ["deleteCustomer"], ("      in: cookie\n      name: session", "      in: cookie\n      name: sid")),
        B("deleteCustomer bearer instead of the cookie", ["deleteCustomer"], ("        - SessionCookie: []", "        - BearerAuth: []")),
        B("uploadDocument API key instead of bearer", ["uploadDocument"], ("      summary: Upload a document\n      security:\n        - BearerAuth: []", "      summary: Upload a document\n      security:\n        - ApiKeyHeader: []")),
        B("bearer scheme becomes digest", ["getPayment", "uploadDocument"], ("      type: http\n      scheme: bearer", "      type: http\n      scheme: digest")),

        // JSON body (createPayment).
        B("createPayment body gets a required customer", ["createPayment"], ("      required: [amount, currency]\n      properties:\n", "      required: [amount, currency, customer]\n      properties:\n        customer:\n          type: string\n")),
        B("createPayment amount renamed value", ["createPayment"], ("      required: [amount, currency]\n      properties:\n        amount:\n", "      required: [value, currency]\n      properties:\n        value:\n")),
        B("createPayment currency enum drops usd", ["createPayment"], ("enum: [usd, eur]", "enum: [eur, gbp]")),
        B("createPayment amount maximum 1000", ["createPayment"], ("          maximum: 100000\n", "          maximum: 1000\n")),
        B("createPayment amount becomes a string", ["createPayment"], ("        amount:\n          type: integer\n", "        amount:\n          type: string\n")),
        B("createPayment description maxLength 5", ["createPayment"], ("          type: string\n          maxLength: 100\n", "          type: string\n          maxLength: 5\n")),
        B("createPayment currency pattern upper case", ["createPayment"], ("          enum: [usd, eur]\n", "          pattern: \"^[A-Z]{3}$\"\n")),
        B("createPayment closed schema without description", ["createPayment"], ("        description:\n          type: string\n          maxLength: 100\n", "      additionalProperties: false\n")),
        B("createPayment takes a form instead of JSON", ["createPayment"], ("          application/json:\n            schema:\n              $ref:", "          application/x-www-form-urlencoded:\n            schema:\n              $ref:")),
        B("createPayment takes merge-patch instead of JSON", ["createPayment"], ("          application/json:\n            schema:\n              $ref:", "          application/merge-patch+json:\n            schema:\n              $ref:")),

        // Merge-patch body (updatePayment).
        B("updatePayment takes JSON instead of merge-patch", ["updatePayment"], ("          application/merge-patch+json:", "          application/json:")),
        B("updatePayment description maxLength 3", ["updatePayment"], ("                  maxLength: 200\n", "                  maxLength: 3\n")),
        B("updatePayment metadata values integers", ["updatePayment"], ("                  additionalProperties:\n                    type: string\n", "                  additionalProperties:\n                    type: integer\n")),
        B("updatePayment body gets a required status", ["updatePayment"], ("              type: object\n              properties:\n                description:\n                  type: string\n                  maxLength: 200\n", "              type: object\n              required: [status]\n              properties:\n                status:\n                  type: string\n                description:\n                  type: string\n                  maxLength: 200\n")),
        B("updatePayment closed schema without metadata", ["updatePayment"], ("                metadata:\n                  type: object\n                  additionalProperties:\n                    type: string\n", "              additionalProperties: false\n")),

        // Form body (createCustomer).
        B("createCustomer takes JSON instead of a form", ["createCustomer"], ("          application/x-www-form-urlencoded:", "          application/json:")),
        B("createCustomer takes multipart instead of a form", ["createCustomer"], ("          application/x-www-form-urlencoded:", "          multipart/form-data:")),
        B("createCustomer email renamed email_address", ["createCustomer"], ("              required: [email, plan]\n              properties:\n                email:\n", "              required: [email_address, plan]\n              properties:\n                email_address:\n")),
        B("createCustomer plan enum drops pro", ["createCustomer"], ("enum: [free, pro]", "enum: [free, team]")),
        B("createCustomer gets a required country", ["createCustomer"], ("              required: [email, plan]\n", "              required: [email, plan, country]\n")),
        B("createCustomer seats maximum 2", ["createCustomer"], ("                  maximum: 50\n", "                  maximum: 2\n")),
        B("createCustomer seats boolean", ["createCustomer"], ("                seats:\n                  type: integer\n", "                seats:\n                  type: boolean\n")),
        B("createCustomer name maxLength 2", ["createCustomer"], ("                  maxLength: 50\n", "                  maxLength: 2\n")),
        B("createCustomer email must be a uuid", ["createCustomer"], ("                  format: email\n", "                  format: uuid\n")),

        // Multipart body (uploadDocument).
        B("uploadDocument takes JSON instead of multipart", ["uploadDocument"], ("          multipart/form-data:", "          application/json:")),
        B("uploadDocument purpose enum drops identity", ["uploadDocument"], ("enum: [identity, address]", "enum: [tax, address]")),
        B("uploadDocument gets a required file", ["uploadDocument"], ("              required: [purpose]\n", "              required: [purpose, file]\n")),
        B("uploadDocument note maxLength 4", ["uploadDocument"], ("                  maxLength: 100\n            example:\n              purpose", "                  maxLength: 4\n            example:\n              purpose")),
    ];

    public static IReadOnlyList<SpecMutation> Harmless { get; } =
    [
        H("optional query parameter added", ("          example: succeeded\n", "          example: succeeded\n        - name: cursor\n          in: query\n          schema:\n            type: string\n")),
        H("optional header added", ("          example: order-1234\n", "          example: order-1234\n        - name: X-Trace\n          in: header\n          schema:\n            type: string\n")),
        H("optional cookie parameter added", ("          example: 42\n      responses:\n        \"204\"", "          example: 42\n        - name: locale\n          in: cookie\n          schema:\n            type: string\n      responses:\n        \"204\"")),
        H("new operation", ("  /customers:\n", "  /refunds:\n    get:\n      operationId: listRefunds\n      responses:\n        \"200\":\n          description: Refunds.\n  /customers:\n")),
        H("new path below a payment", ("  /customers:\n", "  /payments/{paymentId}/refunds:\n    get:\n      operationId: listPaymentRefunds\n      parameters:\n        - name: paymentId\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        \"200\":\n          description: Refunds.\n  /customers:\n")),
        H("response added", ("          description: The payment.\n    patch:", "          description: The payment.\n        \"404\":\n          description: Not found.\n    patch:")),
        H("summary changed", ("summary: List payments", "summary: List the payments of the account")),
        H("description added to a parameter", ("        - name: limit\n          in: query\n", "        - name: limit\n          description: Page size.\n          in: query\n")),
        H("status enum gains canceled", ("enum: [pending, succeeded, failed]", "enum: [pending, succeeded, failed, canceled]")),
        H("limit maximum raised", ("            maximum: 100\n", "            maximum: 1000\n")),
        H("limit becomes a number", ("            type: integer\n            minimum: 1\n            maximum: 100\n", "            type: number\n            minimum: 1\n            maximum: 100\n")),
        H("optional body property added", ("        description:\n          type: string\n          maxLength: 100\n", "        description:\n          type: string\n          maxLength: 100\n        metadata:\n          type: object\n")),
        H("Idempotency-Key optional", ("        - name: Idempotency-Key\n          in: header\n          required: true\n", "        - name: Idempotency-Key\n          in: header\n          required: false\n")),
        H("currency no longer required", ("      required: [amount, currency]\n", "      required: [amount]\n")),
        H("paymentId pattern relaxed", ("pattern: \"^pay_[a-z0-9]+$\"", "pattern: \"^[a-z]+_[a-z0-9]+$\"")),
        H("description maxLength raised", ("          type: string\n          maxLength: 100\n", "          type: string\n          maxLength: 500\n")),
        H("second server added", ("  - url: https://api.acme.test/v1\n", "  - url: https://api.acme.test/v1\n  - url: https://sandbox.acme.test/v1\n")),
        H("bearer accepted as an alternative to the key", ("security:\n  - ApiKeyHeader: []\npaths:", "security:\n  - ApiKeyHeader: []\n  - BearerAuth: []\npaths:")),
        H("getPayment needs no credentials", ("      summary: Get a payment\n      security:\n        - BearerAuth: []", "      summary: Get a payment\n      security: []")),
        H("createCustomer also takes JSON", ("          application/x-www-form-urlencoded:\n            schema:\n              type: object\n              required: [email, plan]", "          application/json:\n            schema:\n              type: object\n          application/x-www-form-urlencoded:\n            schema:\n              type: object\n              required: [email, plan]")),
        H("unused schema added", ("  schemas:\n", "  schemas:\n    Refund:\n      type: object\n      properties:\n        id:\n          type: string\n")),
        H("tags added", ("      operationId: createPayment\n", "      operationId: createPayment\n      tags: [Payments]\n")),
        H("info version changed", ("  version: 1.0.0", "  version: 1.1.0")),
        H("amount gets format int64", ("        amount:\n          type: integer\n", "        amount:\n          type: integer\n          format: int64\n")),
        H("explicit deprecated: false", ("      operationId: getPayment\n", "      operationId: getPayment\n      deprecated: false\n")),
        H("vendor extension added", ("      operationId: deleteCustomer\n", "      operationId: deleteCustomer\n      x-internal-team: billing\n")),
        H("note maxLength raised", ("                  maxLength: 100\n            example:\n              purpose", "                  maxLength: 1000\n            example:\n              purpose")),
        H("plan enum gains enterprise", ("enum: [free, pro]", "enum: [free, pro, enterprise]")),
        H("seats maximum raised", ("                  maximum: 50\n", "                  maximum: 500\n")),
        H("customerId gets a generous maximum", ("            minimum: 1\n          example: 42\n      responses:\n        \"204\"", "            minimum: 1\n            maximum: 1000000\n          example: 42\n      responses:\n        \"204\"")),
        H("uploadDocument body optional", ("      requestBody:\n        required: true\n        content:\n          multipart/form-data:", "      requestBody:\n        required: false\n        content:\n          multipart/form-data:")),
        H("metadata values may be numbers too", ("                  additionalProperties:\n                    type: string\n", "                  additionalProperties:\n                    type: [string, number]\n")),
        H("response description changed", ("description: A page of payments.", "description: One page of payments, newest first.")),
        H("Acme-Version pattern relaxed", ("pattern: \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"", "pattern: \"^[0-9-]+$\"")),
    ];

    public static IReadOnlyList<SpecMutation> Catalogue => [.. Breaking, .. Harmless];

    private static SpecMutation B(string name, string[] breaks, params (string, string)[] edits) => new(name, breaks, edits);

    private static SpecMutation H(string name, params (string, string)[] edits) => new(name, [], edits);
}
